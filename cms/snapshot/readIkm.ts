import type { Payload } from 'payload'

import { computeIkm, ikmElements } from '../domain/ikm'
import { addDays, wibDate } from '../domain/workingDays'
import type { SnapshotIkm } from './schema'

/**
 * Each regency's and agency's IKM over the last 12 months, by database id, for the site to
 * publish (PermenPAN-RB 14/2017 asks for the result per unit and period). Only the aggregate
 * leaves here.
 */
export async function readIkm(payload: Payload, now = new Date()) {
  const to = wibDate(now)
  const from = addDays(to, -364)
  const { docs } = await payload.find({
    collection: 'survey-responses',
    where: { createdAt: { greater_than_equal: new Date(`${from}T00:00:00+07:00`).toISOString() } },
    select: { scores: true, regency: true, agency: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const groups = new Map<string, number[][]>()
  for (const doc of docs) {
    const scores = ikmElements.map((element) => (doc.scores as Record<string, number>)[element.key])
    for (const key of [`regency:${doc.regency}`, `agency:${doc.agency}`]) groups.set(key, [...(groups.get(key) ?? []), scores])
  }
  const summary = (key: string): SnapshotIkm | undefined => {
    const result = computeIkm(groups.get(key) ?? [])
    return result ? { score: result.score, grade: result.grade, respondents: result.respondents, from, to } : undefined
  }
  return { regency: (id: unknown) => summary(`regency:${id}`), agency: (id: unknown) => summary(`agency:${id}`) }
}
