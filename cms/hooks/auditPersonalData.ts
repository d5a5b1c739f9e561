import type { CollectionAfterReadHook, CollectionSlug, FieldHook, PayloadRequest } from 'payload'

import { idOf } from '../access/roles'

/** One audit entry: who (the signed-in staff member), what and when. Shares the request's transaction. */
export async function recordAccess(req: PayloadRequest, entry: { action: 'view-personal-data' | 'open-document'; collection: CollectionSlug; doc: Record<string, unknown> }) {
  if (!req.user || req.user.collection !== 'users') return
  await req.payload.create({
    collection: 'audit-log',
    overrideAccess: true,
    depth: 0,
    req,
    data: {
      user: req.user.id,
      action: entry.action,
      targetCollection: entry.collection,
      targetId: String(entry.doc.id),
      caseCode: [entry.doc.code, entry.doc.caseCode].find((code) => typeof code === 'string'),
      regency: idOf(entry.doc.regency),
    } as never,
  })
}

/**
 * A staff member opening one case (the admin's detail view, or GET /api/<collection>/<id>) sees
 * its personal data in full, and that view is recorded. Lists show it masked (maskInLists) and
 * are not recorded. Reads by the system itself (no signed-in user) are neither.
 */
export const auditPersonalDataRead =
  (collection: CollectionSlug, personalFields: string[]): CollectionAfterReadHook =>
  async ({ doc, findMany, req }) => {
    if (!findMany && req.user && personalFields.some((field) => doc[field])) await recordAccess(req, { action: 'view-personal-data', collection, doc })
    return doc
  }

/** NIK and phone in a list of cases: masked, full only on the recorded detail view. */
export const maskInLists =
  (mask: (value: string) => string): FieldHook =>
  ({ value, findMany, req }) =>
    findMany && req.user && typeof value === 'string' && value ? mask(value) : value
