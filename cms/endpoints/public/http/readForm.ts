import type { PayloadRequest } from 'payload'

import { maxDocumentBytes } from '../../../domain/documentType'
import { problem, unprocessable } from './problems'

export type FormBody =
  | { ok: true; data: Record<string, unknown>; files: Record<string, File>; htmlForm: boolean }
  | { ok: false; response: Response }

/** Larger bodies of fields are refused before they are read. */
export const maxFormBytes = 64 * 1024
/** Multipart bodies carry documents: at most this many, each within the per-document limit. */
export const maxDocuments = 10

/**
 * A citizen form's fields: JSON from other clients, a plain HTML form post when JavaScript is
 * off (urlencoded, or multipart when it carries documents), or the islands' FormData. Anything
 * else is refused with 411, 413 or 415, and unreadable JSON with 422, before validation runs.
 */
export async function readForm(req: PayloadRequest): Promise<FormBody> {
  const declared = Number(req.headers.get('content-length') ?? 0)
  const type = (req.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase()
  const tooLarge = { ok: false as const, response: problem(413, 'Data yang dikirim terlalu besar.') }

  if (type === 'multipart/form-data') {
    if (!req.headers.get('content-length')) return { ok: false, response: problem(411, 'Kirim formulir dengan panjang data (Content-Length).') }
    if (declared > maxDocuments * maxDocumentBytes() + maxFormBytes) return tooLarge
    let form: FormData
    try {
      form = (await req.formData!()) as FormData
    } catch {
      return { ok: false, response: unprocessable([{ field: '', message: 'Formulir tidak dapat dibaca.' }]) }
    }
    const data: Record<string, unknown> = {}
    const files: Record<string, File> = {}
    let textBytes = 0
    for (const [name, value] of form.entries()) {
      if (typeof value === 'string') {
        textBytes += Buffer.byteLength(value)
        data[name] = value
      } else if (value.size > 0) files[name] = value
    }
    if (textBytes > maxFormBytes) return tooLarge
    if (Object.keys(files).length > maxDocuments) return { ok: false, response: problem(413, `Paling banyak ${maxDocuments} dokumen sekali kirim.`) }
    return { ok: true, data, files, htmlForm: true }
  }

  if (declared > maxFormBytes) return tooLarge
  const json = type === 'application/json'
  const htmlForm = type === 'application/x-www-form-urlencoded'
  if (!json && !htmlForm) return { ok: false, response: problem(415, 'Kirim data sebagai JSON atau formulir (application/x-www-form-urlencoded atau multipart/form-data).') }

  const text = (await req.text?.()) ?? ''
  if (Buffer.byteLength(text) > maxFormBytes) return tooLarge
  if (htmlForm) return { ok: true, data: Object.fromEntries(new URLSearchParams(text)), files: {}, htmlForm }
  try {
    const data: unknown = JSON.parse(text)
    if (data && typeof data === 'object' && !Array.isArray(data)) return { ok: true, data: data as Record<string, unknown>, files: {}, htmlForm }
  } catch {
    // answered below
  }
  return { ok: false, response: unprocessable([{ field: '', message: 'Data tidak dapat dibaca: kirim satu objek JSON.' }]) }
}
