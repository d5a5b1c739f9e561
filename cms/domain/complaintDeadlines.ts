import { addDays, addWorkingDays, wibDate } from './workingDays'

/**
 * When a complaint must be answered (SP4N-LAPOR! practice, domain.md): a first status reply
 * within 3 days for every complaint; then, by kind, information requests within 5 working
 * days, disputes without a field check within 14 days, disputes needing one within 60 days.
 */
export const complaintKinds = {
  information: { id: 'Permintaan informasi', en: 'Request for information' },
  complaint: { id: 'Pengaduan tanpa pemeriksaan lapangan', en: 'Complaint without a field check' },
  'field-check': { id: 'Pengaduan dengan pemeriksaan lapangan', en: 'Complaint needing a field check' },
  suggestion: { id: 'Saran atau masukan', en: 'Suggestion' },
} as const

export type ComplaintKind = keyof typeof complaintKinds

export interface ComplaintDeadlines {
  firstReply: string
  resolution: string
}

export function complaintDeadlines(receivedAt: Date, kind: ComplaintKind): ComplaintDeadlines {
  const received = wibDate(receivedAt)
  const resolution = {
    information: addWorkingDays(received, 5),
    complaint: addDays(received, 14),
    'field-check': addDays(received, 60),
    suggestion: addDays(received, 14),
  }[kind]
  return { firstReply: addDays(received, 3), resolution }
}

/** Overdue once the due date (a WIB calendar day) has passed without the case being closed. */
export const isOverdue = (dueDate: string, now: Date, closed: boolean) => !closed && wibDate(now) > dueDate
