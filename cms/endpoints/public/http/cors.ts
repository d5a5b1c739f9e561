import type { PayloadRequest } from 'payload'

import { problem } from './problems'

/**
 * The public endpoints answer only the configured site origins (SITE_ORIGINS, comma-separated;
 * default the site's own address). A browser request from any other origin is refused with
 * 403 before it does anything; requests without an Origin (server-side, curl) are allowed.
 */
export const siteOrigins = () =>
  (process.env.SITE_ORIGINS ?? process.env.SITE_URL ?? 'http://localhost:4321')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean)
    .map((origin) => new URL(origin).origin)

export function refuseForeignOrigin(req: PayloadRequest): Response | null {
  const origin = req.headers.get('origin')
  if (!origin || siteOrigins().includes(origin)) return null
  return problem(403, 'Permintaan dari situs ini tidak diizinkan.')
}

/** Lets the site's scripts read the answer. */
export function withCors(req: PayloadRequest, response: Response): Response {
  const origin = req.headers.get('origin')
  if (origin && siteOrigins().includes(origin)) {
    response.headers.set('Access-Control-Allow-Origin', origin)
    response.headers.append('Vary', 'Origin')
  }
  return response
}
