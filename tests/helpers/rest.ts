import { handleEndpoints, type SanitizedConfig } from 'payload'

export interface RestResponse<T = any> {
  status: number
  body: T
  headers: Headers
}

export interface RestOptions {
  /** Session token, sent as the browser does: the `payload-token` cookie. */
  token?: string
  body?: unknown
  /** A body sent exactly as given (form posts, malformed JSON, multipart), with its own Content-Type header when a string. */
  raw?: string | FormData
  headers?: Record<string, string>
}

/**
 * Calls Payload's REST handlers exactly as the Next.js route does, with a real `Request`:
 * over real HTTP when `baseURL` names a server (tests/helpers/httpServer), else in-process.
 * Redirects are not followed, so a test sees the 303 a plain form post gets.
 */
export function restClient(config: SanitizedConfig, baseURL?: string) {
  return async function rest<T = any>(method: string, pathname: string, options: RestOptions = {}): Promise<RestResponse<T>> {
    const headers: Record<string, string> = { Accept: 'application/json', ...options.headers }
    if (options.token) headers.Cookie = `payload-token=${options.token}`
    let body: string | FormData | undefined = options.raw
    if (options.body !== undefined) {
      headers['Content-Type'] = 'application/json'
      body = JSON.stringify(options.body)
    }
    const response = baseURL
      ? await fetch(`${baseURL}${pathname}`, { method, headers, body, redirect: 'manual' })
      : await handleEndpoints({ config, request: new Request(`http://localhost:3000${pathname}`, { method, headers, body }) })
    const text = await response.text()
    let parsed: unknown = text
    try {
      parsed = text ? JSON.parse(text) : null
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, body: parsed as T, headers: response.headers }
  }
}

export type Rest = ReturnType<typeof restClient>

/** Logs in through POST /api/users/login and returns the session token. */
export async function login(rest: Rest, email: string, password: string): Promise<string> {
  const response = await rest<{ token?: string }>('POST', '/api/users/login', { body: { email, password } })
  if (response.status !== 200 || !response.body?.token) {
    throw new Error(`Login failed for ${email}: ${response.status} ${JSON.stringify(response.body)}`)
  }
  return response.body.token
}
