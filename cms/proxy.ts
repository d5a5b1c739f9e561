import { NextResponse, type NextRequest } from 'next/server'

const languageCookie = 'payload-lng'

/**
 * The admin speaks Bahasa Indonesia unless the user chose otherwise. Payload would otherwise
 * follow the browser's Accept-Language, and many staff browsers are set to English. A choice
 * made in the account settings sets the cookie, which this leaves alone.
 */
export function proxy(request: NextRequest) {
  if (request.cookies.has(languageCookie)) return NextResponse.next()
  request.cookies.set(languageCookie, 'id')
  const response = NextResponse.next({ request: { headers: request.headers } })
  response.cookies.set(languageCookie, 'id', { path: '/', sameSite: 'lax', maxAge: 60 * 60 * 24 * 365 })
  return response
}

export const config = { matcher: ['/admin/:path*'] }
