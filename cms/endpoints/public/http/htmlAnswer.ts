import type { FieldError } from '../../../domain/forms/result'

/**
 * Answers for plain HTML form posts (JavaScript off): the site cannot show a JSON body, so a
 * success becomes `303 See Other` to a confirmation page (a reload then repeats a GET, not the
 * submission), and a refusal becomes a small HTML page listing the problems with a way back.
 */
export const siteURL = () => (process.env.SITE_URL ?? 'http://localhost:4321').replace(/\/$/, '')

export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)

export const seeOther = (location: string) => new Response(null, { status: 303, headers: { Location: location } })

/** The page the refused form came from when it is on the site, else the site's home. */
function backLink(referer: string | null) {
  if (referer) {
    try {
      const url = new URL(referer)
      if (url.origin === new URL(siteURL()).origin) return url.href
    } catch {
      // not a URL: fall through
    }
  }
  return `${siteURL()}/`
}

export function page(title: string, body: string, status: number, lang: 'id' | 'en' = 'id') {
  const html = `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · MPP Digital Jawa Barat</title>
<style>body{font:1.0625rem/1.5 system-ui,sans-serif;margin:0 auto;max-width:40rem;padding:1rem;color:#0b0c0c}
a{color:#1d4ed8}.panel{border:4px solid #b91c1c;padding:1rem}.ok{border-color:#15803d}code{font-size:1.5rem;font-weight:700}</style>
</head><body><main>${body}</main></body></html>`
  return new Response(html, { status, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' } })
}

export function errorPage(status: number, errors: FieldError[], referer: string | null, lang: 'id' | 'en' = 'id') {
  const items = errors.map((error) => `<li>${escapeHtml(error.message)}</li>`).join('')
  const title = status === 429 ? 'Terlalu banyak pengiriman' : 'Ada yang perlu diperbaiki'
  return page(
    title,
    `<div class="panel" role="alert"><h1>${title}</h1><ul>${items}</ul></div>
<p><a href="${escapeHtml(backLink(referer))}">Kembali ke formulir</a> — isian Anda biasanya masih ada setelah kembali.</p>`,
    status,
    lang,
  )
}
