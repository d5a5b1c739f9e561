import type { PayloadRequest } from 'payload'

import { complaintStatusLabel } from '../../../domain/caseStatus'
import { titleOf, trackedCaseReads, type TrackedCase } from './publicCase'

/** A complaint as its citizen may see it: the replies, never the internal notes or who wrote them. */
export async function complaintCase(req: PayloadRequest, code: string): Promise<TrackedCase | null> {
  const { docs } = await req.payload.find({ collection: 'complaints', where: { code: { equals: code } }, ...trackedCaseReads, showHiddenFields: true })
  const complaint = docs[0] as (typeof docs)[number] & { pin?: string | null }
  if (!complaint) return null
  return {
    code,
    kind: 'complaint',
    status: complaint.status,
    statusLabel: complaintStatusLabel(complaint.status),
    service: titleOf(complaint.service),
    agency: titleOf(complaint.agency),
    details: { firstReplyDue: complaint.firstReplyDue ?? '', dueDate: complaint.dueDate ?? '' },
    history: (complaint.history ?? []).map((entry) => ({ status: entry.status ?? '', label: complaintStatusLabel(entry.status ?? ''), at: entry.at ?? '', note: entry.note ?? '' })),
    secrets: [complaint.nik, complaint.phone, complaint.pin],
  }
}
