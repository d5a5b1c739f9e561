import type { Endpoint, PayloadHandler } from 'payload'

import { verifies } from '../../../domain/forms/verify'
import { normaliseTrackingCode } from '../../../domain/trackingCode'
import { cmsURL } from '../http/cmsURL'
import { refuseForeignOrigin, withCors } from '../http/cors'
import { errorPage, siteURL } from '../http/htmlAnswer'
import { problem, unprocessable } from '../http/problems'
import { rateLimited } from '../http/rateLimit'
import { casePage } from './casePage'
import { findCase } from './findCase'

/**
 * GET /api/public/track/{code}?verify=1234 (or ?code=&verify= from the site's plain form):
 * the status and history of a case, once the last four digits of the NIK or phone given with
 * it prove the asker is its citizen. Unknown code and wrong digits get the same 404; the rate
 * limit keeps the four digits from being guessed.
 */
const handler: PayloadHandler = async (req) => {
  const foreign = refuseForeignOrigin(req)
  if (foreign) return foreign
  const wantsHtml = !(req.headers.get('accept') ?? '').includes('application/json') && (req.headers.get('accept') ?? '').includes('text/html')
  const answer = (response: Response) => {
    if (!wantsHtml) return withCors(req, response)
    return response
      .clone()
      .json()
      .then((body: { errors: { field: string; message: string }[] }) => errorPage(response.status, body.errors, req.headers.get('referer')))
  }
  const limited = await rateLimited(req, 'track')
  if (limited) return answer(limited)

  const query = new URL(req.url ?? 'http://localhost/').searchParams
  const raw = req.routeParams?.code ?? query.get('code') ?? ''
  const verify = query.get('verify')?.trim() ?? ''
  const errors = []
  const code = normaliseTrackingCode(raw)
  if (!code) errors.push({ field: 'code', message: 'Kode pelacakan tidak valid; periksa kembali, mis. ANT-7K2Q-9XWD-M.' })
  if (!/^\d{4}$/.test(verify)) errors.push({ field: 'verify', message: 'Isi 4 angka terakhir NIK atau nomor telepon Anda.' })
  if (errors.length) return answer(unprocessable(errors))

  const found = await findCase(req, code!)
  if (!found || !verifies(verify, found.secrets)) return answer(problem(404, 'Kode pelacakan atau 4 angka verifikasi tidak cocok.'))
  const { secrets: _secrets, ...shown } = found
  if (wantsHtml) {
    // A booking still to come can be cancelled from here, by the same four digits.
    const cancel = shown.kind === 'booking' && shown.status === 'booked' ? { action: `${cmsURL(req)}/api/public/bookings/${shown.code}/cancel`, verify } : undefined
    return casePage(shown, `${siteURL()}/`, cancel)
  }
  return withCors(req, Response.json(shown, { headers: { 'Cache-Control': 'no-store' } }))
}

export const trackCase: Endpoint = { path: '/public/track/:code', method: 'get', handler }
export const trackCaseFromForm: Endpoint = { path: '/public/track', method: 'get', handler }
