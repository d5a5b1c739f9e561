import type { ServerResponse } from 'node:http'

/**
 * Response headers for the static site. Caching: hashed assets are immutable; pages, the
 * search entry point and open data are revalidated, so a publish shows at once.
 * Security: the page's own CSP (hashes of Astro's inline scripts, made at build time) is sent
 * as a header too, with what a meta tag cannot say (frame-ancestors).
 */
const immutable = /^\/(_astro\/|pagefind\/(fragment|index|filter)\/|pagefind\/wasm\.)/

export function cacheControl(pathname: string) {
  if (immutable.test(pathname)) return 'public, max-age=31536000, immutable'
  if (pathname.startsWith('/data/')) return 'public, max-age=300, must-revalidate'
  return 'public, max-age=0, must-revalidate'
}

export function setSecurityHeaders(res: ServerResponse, pageCsp: string | undefined) {
  const policy = [pageCsp?.replace(/;\s*$/, ''), "frame-ancestors 'none'"].filter(Boolean).join('; ')
  res.setHeader('Content-Security-Policy', policy)
  res.setHeader('X-Content-Type-Options', 'nosniff')
  res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin')
  res.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=()')
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin')
  res.setHeader('X-Frame-Options', 'DENY')
}

/** The CSP Astro wrote into a release's pages (identical on every page of one build). */
export function cspFromHtml(html: string) {
  return /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1]
}
