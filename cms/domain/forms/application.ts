import { isCalendarDate } from '../workingDays'
import { readEmail, readName, readNik, readPhone, readServiceKey } from './citizen'
import { asText, type FieldError, type Validated } from './result'

/**
 * An online application: the applicant (name, NIK, phone; e-mail optional for notifications),
 * the answers to the service's own questions, and one document per requirement. Documents are
 * named `dokumen-1`, `dokumen-2`… after the requirement's place in the published list.
 */
export interface OnlineQuestion {
  name: string
  label: string
  type: 'text' | 'textarea' | 'date' | 'number' | 'select'
  required?: boolean | null
  choices?: string[] | null
}

export interface Requirement {
  document: string
  mandatory?: boolean | null
}

export interface ApplicationInput {
  service: string
  name: string
  nik: string
  phone: string
  email?: string
  answers: Record<string, string>
}

export const documentField = (index: number) => `dokumen-${index + 1}`

export function validateApplication(input: Record<string, unknown>, questions: OnlineQuestion[], now = new Date()): Validated<ApplicationInput> {
  const errors: FieldError[] = []
  const service = readServiceKey(input.service, errors)
  const name = readName(input.name, errors)
  const nik = readNik(input.nik, errors, now)
  const phone = readPhone(input.phone, errors)
  const email = readEmail(input.email, errors)
  const answers: Record<string, string> = {}
  for (const question of questions) {
    const raw = input[question.name]
    const value = typeof raw === 'string' || typeof raw === 'number' ? asText(raw) ?? '' : ''
    if (raw !== undefined && raw !== null && typeof raw !== 'string' && typeof raw !== 'number') {
      errors.push({ field: question.name, message: `${question.label}: isian tidak dapat dibaca.` })
      continue
    }
    if (!value) {
      if (question.required) errors.push({ field: question.name, message: `${question.label} wajib diisi.` })
      continue
    }
    const problem = checkAnswer(question, value)
    if (problem) errors.push({ field: question.name, message: `${question.label}: ${problem}` })
    else answers[question.name] = value
  }
  if (errors.length) return { ok: false, errors }
  return { ok: true, value: { service, name, nik, phone, email, answers } }
}

function checkAnswer(question: OnlineQuestion, value: string): string | null {
  switch (question.type) {
    case 'text':
      return value.length > 200 ? 'paling banyak 200 karakter.' : null
    case 'textarea':
      return value.length > 2000 ? 'paling banyak 2000 karakter.' : null
    case 'date':
      return isCalendarDate(value) ? null : 'tulis tanggal sebagai TTTT-BB-HH.'
    case 'number':
      return /^-?\d+([.,]\d+)?$/.test(value) && value.length <= 15 ? null : 'isi dengan angka.'
    case 'select':
      return (question.choices ?? []).includes(value) ? null : 'pilih salah satu pilihan yang tersedia.'
  }
}

/** Mandatory documents not given, as field errors; `given` holds the document fields that came with a file. */
export function missingDocuments(requirements: Requirement[], given: Set<string>): FieldError[] {
  return requirements.flatMap((requirement, index) =>
    requirement.mandatory !== false && !given.has(documentField(index)) ? [{ field: documentField(index), message: `Unggah ${requirement.document}.` }] : [],
  )
}
