/**
 * The steps of a complaint as the citizen sees them on the tracking page. `closed` statuses end
 * the case: its due date no longer runs and the retention clock starts.
 */
export const complaintStatuses = [
  { value: 'received', id: 'Diterima', en: 'Received', closed: false },
  { value: 'in-progress', id: 'Sedang ditindaklanjuti', en: 'Being handled', closed: false },
  { value: 'answered', id: 'Selesai dijawab', en: 'Answered', closed: true },
  { value: 'rejected', id: 'Tidak dapat ditindaklanjuti', en: 'Cannot be handled', closed: true },
] as const

export type ComplaintStatus = (typeof complaintStatuses)[number]['value']

export const complaintStatusLabel = (status: string, lang: 'id' | 'en' = 'id') => complaintStatuses.find((entry) => entry.value === status)?.[lang] ?? status

export const isClosedComplaint = (status: string) => complaintStatuses.some((entry) => entry.value === status && entry.closed)

/**
 * An online application's steps. Officers move it along these transitions only, so the
 * citizen's history reads as the process it is; a closed application is not reopened.
 */
export const applicationStatuses = [
  { value: 'received', id: 'Diterima', en: 'Received', closed: false, next: ['verifying', 'rejected'] },
  { value: 'verifying', id: 'Sedang diverifikasi', en: 'Being verified', closed: false, next: ['needs-revision', 'in-process', 'rejected'] },
  { value: 'needs-revision', id: 'Perlu perbaikan', en: 'Needs revision', closed: false, next: ['verifying', 'rejected'] },
  { value: 'in-process', id: 'Sedang diproses', en: 'In process', closed: false, next: ['completed', 'rejected'] },
  { value: 'completed', id: 'Selesai', en: 'Completed', closed: true, next: [] },
  { value: 'rejected', id: 'Ditolak', en: 'Rejected', closed: true, next: [] },
] as const

export type ApplicationStatus = (typeof applicationStatuses)[number]['value']

export const applicationStatusLabel = (status: string, lang: 'id' | 'en' = 'id') => applicationStatuses.find((entry) => entry.value === status)?.[lang] ?? status

export const isClosedApplication = (status: string) => applicationStatuses.some((entry) => entry.value === status && entry.closed)

export const canMoveApplication = (from: string, to: string) =>
  from === to || (applicationStatuses.find((entry) => entry.value === from)?.next as readonly string[] | undefined)?.includes(to) === true
