import type { Endpoint, PayloadHandler, PayloadRequest } from 'payload'

import type { FieldError } from '../../../domain/forms/result'
import { refuseForeignOrigin, withCors } from './cors'
import { errorPage, seeOther, siteURL } from './htmlAnswer'
import { idempotencyKeyOf, withIdempotency } from './idempotency'
import { rateLimited } from './rateLimit'
import { readForm } from './readForm'

/**
 * Every citizen submission goes through the same gate, in this order: the site's origin only,
 * the per-client rate limit, a readable body, the Idempotency-Key, then the endpoint's own
 * work. A JSON caller (the site's islands, other clients) gets the JSON answer; a plain HTML
 * form post gets `303` to the confirmation page named by `confirmation`, or an HTML page listing
 * the problems.
 */
export interface Submission {
  /** Separates rate limits and idempotency keys of different endpoints. */
  scope: string
  handle: (req: PayloadRequest, form: Record<string, unknown>, files: Record<string, File>) => Promise<Response>
  /** Where a plain form post goes after success (2xx), from the JSON answer. */
  confirmation: (answer: Record<string, unknown>, form: Record<string, unknown>) => string
}

const langOf = (form: Record<string, unknown>) => (form.lang === 'en' ? 'en' : 'id')

export const localisedSitePath = (form: Record<string, unknown>, path: string) => `${siteURL()}${langOf(form) === 'en' ? '/en' : ''}${path}`

export function submissionHandler({ scope, handle, confirmation }: Submission): PayloadHandler {
  return async (req) => {
    const foreign = refuseForeignOrigin(req)
    if (foreign) return foreign
    const limited = await rateLimited(req, scope)
    if (limited) return withCors(req, limited)
    const body = await readForm(req)
    if (!body.ok) return withCors(req, body.response)
    const { key, error } = idempotencyKeyOf(req, body.data)
    if (error) return withCors(req, error)

    const response = await withIdempotency(req, scope, key, () => handle(req, body.data, body.files))
    if (!body.htmlForm || prefersJson(req)) return withCors(req, response)
    return toHtml(req, response, body.data, confirmation)
  }
}

/** The islands post forms too, but ask for JSON; a browser's own form post asks for HTML. */
const prefersJson = (req: PayloadRequest) => (req.headers.get('accept') ?? '').includes('application/json')

async function toHtml(req: PayloadRequest, response: Response, form: Record<string, unknown>, confirmation: Submission['confirmation']) {
  const answer = (await response.json().catch(() => ({}))) as Record<string, unknown>
  if (response.status >= 200 && response.status < 300) return seeOther(confirmation(answer, form))
  const errors = Array.isArray(answer.errors) ? (answer.errors as FieldError[]) : [{ field: '', message: 'Permintaan tidak dapat diproses.' }]
  return errorPage(response.status, errors, req.headers.get('referer'), langOf(form))
}

/** Browsers ask before a cross-origin JSON post with an Idempotency-Key header. */
export const publicPreflight: Endpoint = {
  path: '/public/:rest*',
  method: 'options',
  handler: async (req) => {
    const foreign = refuseForeignOrigin(req)
    if (foreign) return foreign
    return withCors(
      req,
      new Response(null, {
        status: 204,
        headers: {
          'Access-Control-Allow-Methods': 'GET, POST',
          'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key',
          'Access-Control-Max-Age': '600',
        },
      }),
    )
  },
}
