import type { PayloadRequest } from 'payload'

import { problem } from './problems'

/**
 * `Idempotency-Key` (header, or the hidden form field `idempotencyKey` of a plain HTML form):
 * the first request with a key is processed and its successful answer kept; a repeat gets that same
 * answer (with `Idempotent-Replayed: true`) and creates nothing. A key is claimed before
 * processing, so of two copies arriving together one waits for the other's answer. A refused
 * request releases its key, so the citizen can correct the form and send it again.
 */
const keyPattern = /^[A-Za-z0-9_-]{8,100}$/
const waitForFirstMs = 10_000
const abandonedAfterMs = 60_000

export function idempotencyKeyOf(req: PayloadRequest, form: Record<string, unknown>): { key?: string; error?: Response } {
  const raw = req.headers.get('idempotency-key') ?? (typeof form.idempotencyKey === 'string' ? form.idempotencyKey : undefined)
  if (raw === undefined || raw === '') return {}
  if (!keyPattern.test(raw)) return { error: problem(422, 'Idempotency-Key harus 8–100 karakter huruf, angka, - atau _.') }
  return { key: raw }
}

const replay = (status: number, body: unknown) => Response.json(body, { status, headers: { 'Idempotent-Replayed': 'true' } })

async function findRecord(req: PayloadRequest, key: string) {
  const { docs } = await req.payload.find({ collection: 'idempotency-records', where: { key: { equals: key } }, limit: 1, depth: 0, overrideAccess: true })
  return docs[0]
}

export async function withIdempotency(req: PayloadRequest, scope: string, key: string | undefined, run: () => Promise<Response>): Promise<Response> {
  if (!key) return run()
  const scoped = `${scope}:${key}`
  let claim: { id: number | string } | undefined
  try {
    claim = await req.payload.create({ collection: 'idempotency-records', data: { key: scoped, state: 'pending' }, overrideAccess: true, depth: 0 })
  } catch {
    // Taken: answered before, or being answered right now by a twin request.
    const deadline = Date.now() + waitForFirstMs
    for (;;) {
      const record = await findRecord(req, scoped)
      if (record?.state === 'done') return replay(record.status ?? 201, record.body)
      if (!record) return withIdempotency(req, scope, key, run)
      if (Date.now() - Date.parse(record.createdAt) > abandonedAfterMs) {
        // The first request's process died mid-way (its transaction rolled back): start afresh.
        await req.payload.delete({ collection: 'idempotency-records', id: record.id, overrideAccess: true })
        return withIdempotency(req, scope, key, run)
      }
      if (Date.now() > deadline) return problem(409, 'Pengiriman yang sama sedang diproses. Coba lagi sebentar.')
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
  let response: Response | undefined
  try {
    response = await run()
  } finally {
    if (response && response.status >= 200 && response.status < 300) {
      const body = await response.clone().json()
      await req.payload.update({ collection: 'idempotency-records', id: claim.id, data: { state: 'done', status: response.status, body }, overrideAccess: true, depth: 0 })
    } else {
      await req.payload.delete({ collection: 'idempotency-records', id: claim.id, overrideAccess: true })
    }
  }
  return response
}
