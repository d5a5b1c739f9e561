import type { PayloadRequest } from 'payload'

import { applicationStatusLabel } from '../../../domain/caseStatus'
import { titleOf, trackedCaseReads, type TrackedCase } from './publicCase'

/** An application as its citizen may see it: each step's note, never internal notes or documents. */
export async function applicationCase(req: PayloadRequest, code: string): Promise<TrackedCase | null> {
  const { docs } = await req.payload.find({ collection: 'applications', where: { code: { equals: code } }, ...trackedCaseReads })
  const application = docs[0]
  if (!application) return null
  return {
    code,
    kind: 'application',
    status: application.status,
    statusLabel: applicationStatusLabel(application.status),
    service: titleOf(application.service),
    agency: titleOf(application.agency),
    details: {},
    history: (application.history ?? []).map((entry) => ({ status: entry.status ?? '', label: applicationStatusLabel(entry.status ?? ''), at: entry.at ?? '', note: entry.note ?? '' })),
    secrets: [application.nik, application.phone],
  }
}
