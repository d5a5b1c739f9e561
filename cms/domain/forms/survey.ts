import { ikmElements } from '../ikm'
import { readServiceKey } from './citizen'
import { asText, asWholeNumber, isFieldValue, type FieldError, type Validated } from './result'

/**
 * The satisfaction survey (SKM, PermenPAN-RB 14/2017): the nine elements scored 1–4 and the
 * optional respondent profile the regulation asks for. Anonymous: no name, NIK or contact.
 */
export const surveyEducation = ['sd', 'smp', 'sma', 'diploma', 's1', 's2', 's3'] as const
export const surveyOccupations = ['pns', 'tni-polri', 'swasta', 'wirausaha', 'pelajar', 'lainnya'] as const

export interface SurveyInput {
  /** The service's public key, `<regency>/<slug>`. */
  service: string
  scores: number[]
  age?: number
  gender?: 'L' | 'P'
  education?: (typeof surveyEducation)[number]
  occupation?: (typeof surveyOccupations)[number]
  comment?: string
}

export function validateSurvey(input: Record<string, unknown>): Validated<SurveyInput> {
  const errors: FieldError[] = []
  const service = readServiceKey(input.service, errors)

  const scores = ikmElements.map((element, index) => {
    const score = asWholeNumber(input[element.key], 1, 4)
    if (score === undefined) errors.push({ field: element.key, message: `Beri nilai 1–4 untuk unsur ${index + 1} (${element.id}).` })
    return score ?? 0
  })

  const optional = <T>(field: string, raw: unknown, parse: (text: string) => T | undefined, message: string): T | undefined => {
    if (!isFieldValue(raw)) {
      errors.push({ field, message })
      return undefined
    }
    const text = asText(raw)
    if (text === undefined || text === '') return undefined
    const value = parse(text)
    if (value === undefined) errors.push({ field, message })
    return value
  }
  const age = optional('age', input.age, (text) => asWholeNumber(text, 15, 120), 'Umur harus angka 15–120 tahun.')
  const gender = optional('gender', input.gender, (text) => (text === 'L' || text === 'P' ? text : undefined), 'Pilih jenis kelamin L atau P.')
  const education = optional('education', input.education, (text) => surveyEducation.find((option) => option === text), 'Pilih pendidikan dari daftar.')
  const occupation = optional('occupation', input.occupation, (text) => surveyOccupations.find((option) => option === text), 'Pilih pekerjaan dari daftar.')
  const comment = optional('comment', input.comment, (text) => (text.length <= 1000 ? text : undefined), 'Saran paling banyak 1000 karakter.')

  if (errors.length) return { ok: false, errors }
  return { ok: true, value: { service, scores, age, gender, education, occupation, comment } }
}
