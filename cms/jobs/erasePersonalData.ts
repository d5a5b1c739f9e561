import type { Payload, TaskConfig, Where } from 'payload'

/**
 * UU 27/2022: personal data is kept only as long as it is needed. Once a case has been closed
 * for RETENTION_DAYS (default 365), its name, NIK, phone, e-mail, free text and documents are
 * erased; what remains (service, agency, regency, kind, status, dates) is an anonymous record
 * that still counts in the statistics. Bookings count from their date. Documents left behind by
 * an interrupted submission (no application carries their code) go after a day.
 */
export const retentionDays = () => Number(process.env.RETENTION_DAYS ?? 365)

const erased = '[dihapus sesuai masa retensi]'

async function each(payload: Payload, collection: 'applications' | 'complaints' | 'bookings', where: Where, erase: (doc: any) => Promise<void>) {
  const { docs } = await payload.find({ collection, where, pagination: false, depth: 0, overrideAccess: true, showHiddenFields: true })
  for (const doc of docs) await erase(doc)
  return docs.length
}

export async function erasePersonalData(payload: Payload, now = new Date()) {
  const cutoff = new Date(now.getTime() - retentionDays() * 86_400_000)
  const closedBefore: Where = { and: [{ closedAt: { less_than: cutoff.toISOString() } }, { erasedAt: { exists: false } }] }
  const person = { name: null, nik: null, phone: null, email: null, erasedAt: now.toISOString() }
  const withoutNotes = (history: any[] | null | undefined) => (history ?? []).map((step) => ({ ...step, note: step.note ? erased : step.note, internalNote: step.internalNote ? erased : step.internalNote }))

  const applications = await each(payload, 'applications', closedBefore, async (doc) => {
    for (const row of doc.documents ?? []) if (row.file) await payload.delete({ collection: 'application-documents', id: row.file, overrideAccess: true })
    await payload.update({ collection: 'applications', id: doc.id, overrideAccess: true, data: { ...person, answers: null, documents: [], history: withoutNotes(doc.history) } as never })
  })
  const complaints = await each(payload, 'complaints', closedBefore, async (doc) => {
    await payload.update({ collection: 'complaints', id: doc.id, overrideAccess: true, data: { ...person, pin: null, message: erased, history: withoutNotes(doc.history) } as never })
  })
  const bookingCutoff = cutoff.toISOString().slice(0, 10)
  const bookings = await each(payload, 'bookings', { and: [{ date: { less_than: bookingCutoff } }, { erasedAt: { exists: false } }] }, async (doc) => {
    await payload.update({ collection: 'bookings', id: doc.id, overrideAccess: true, data: person as never })
  })

  const dayAgo = new Date(now.getTime() - 86_400_000).toISOString()
  const documents = await payload.find({ collection: 'application-documents', where: { createdAt: { less_than: dayAgo } }, pagination: false, depth: 0, overrideAccess: true, select: { caseCode: true } })
  const codes = [...new Set(documents.docs.map((document) => document.caseCode))]
  const owned = codes.length
    ? new Set((await payload.find({ collection: 'applications', where: { code: { in: codes } }, pagination: false, depth: 0, overrideAccess: true, select: { code: true } })).docs.map((doc) => doc.code))
    : new Set<string>()
  const orphaned = documents.docs.filter((document) => !owned.has(document.caseCode))
  for (const document of orphaned) await payload.delete({ collection: 'application-documents', id: document.id, overrideAccess: true })
  const orphans = orphaned.length
  return { applications, complaints, bookings, orphans }
}

/** Runs nightly (02.00 WIB) on the `retention` queue; `npm start` keeps the queue running. */
export const erasePersonalDataTask: TaskConfig<{ input: Record<string, never>; output: { applications: number; complaints: number; bookings: number; orphans: number } }> = {
  slug: 'erasePersonalData',
  label: 'Hapus data pribadi kasus yang melewati masa retensi',
  schedule: [{ cron: '0 0 19 * * *', queue: 'retention' }],
  outputSchema: [
    { name: 'applications', type: 'number', required: true },
    { name: 'complaints', type: 'number', required: true },
    { name: 'bookings', type: 'number', required: true },
    { name: 'orphans', type: 'number', required: true },
  ],
  handler: async ({ req }) => {
    const output = await erasePersonalData(req.payload)
    req.payload.logger.info(`Retention: erased personal data of ${output.applications} applications, ${output.complaints} complaints, ${output.bookings} bookings; removed ${output.orphans} orphaned documents.`)
    return { output }
  },
}
