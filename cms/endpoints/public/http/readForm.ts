import type { PayloadRequest } from 'payload'

import { problem, unprocessable } from './problems'

export type FormBody = { ok: true; data: Record<string, unknown>; htmlForm: boolean } | { ok: false; response: Response }

/** Larger bodies are refused before they are read (documents come through multipart, elsewhere). */
export const maxFormBytes = 64 * 1024

/**
 * A citizen form's fields, sent as JSON by the site's islands or as a plain HTML form post
 * (application/x-www-form-urlencoded) when JavaScript is off. Anything else is refused with
 * 413 or 415, and unreadable JSON with 422, before any validation runs.
 */
export async function readForm(req: PayloadRequest): Promise<FormBody> {
  const declared = Number(req.headers.get('content-length') ?? 0)
  if (declared > maxFormBytes) return { ok: false, response: problem(413, 'Data yang dikirim terlalu besar.') }
  const type = (req.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase()
  const json = type === 'application/json'
  const htmlForm = type === 'application/x-www-form-urlencoded'
  if (!json && !htmlForm) return { ok: false, response: problem(415, 'Kirim data sebagai JSON atau formulir (application/x-www-form-urlencoded).') }

  const text = (await req.text?.()) ?? ''
  if (Buffer.byteLength(text) > maxFormBytes) return { ok: false, response: problem(413, 'Data yang dikirim terlalu besar.') }
  if (htmlForm) return { ok: true, data: Object.fromEntries(new URLSearchParams(text)), htmlForm }
  try {
    const data: unknown = JSON.parse(text)
    if (data && typeof data === 'object' && !Array.isArray(data)) return { ok: true, data: data as Record<string, unknown>, htmlForm }
  } catch {
    // answered below
  }
  return { ok: false, response: unprocessable([{ field: '', message: 'Data tidak dapat dibaca: kirim satu objek JSON.' }]) }
}
