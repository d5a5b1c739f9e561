import { existsSync, readFileSync, realpathSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import path from 'node:path'
import { constants as zlibConstants } from 'node:zlib'

import compression from 'compression'
import sirv, { type RequestHandler } from 'sirv'

import { cacheControl, cspFromHtml, setSecurityHeaders } from './headers'

interface Release {
  dir: string
  files: RequestHandler
  csp: string | undefined
  notFound: Buffer | undefined
}

/**
 * Serves the live release of the static site. `root` may be a symlink that the publisher
 * swaps atomically; each request resolves it once, so a request is answered entirely from
 * one release. Text is compressed per response (brotli when accepted, else gzip) by
 * `compression`, the Express project's middleware.
 */
export function createSiteServer(root: string) {
  const releases = new Map<string, Release>()

  const release = (): Release | undefined => {
    let dir: string
    try {
      dir = realpathSync(root)
    } catch {
      return undefined
    }
    let found = releases.get(dir)
    if (!found) {
      const indexFile = path.join(dir, 'index.html')
      found = {
        dir,
        files: sirv(dir, {
          dev: false,
          etag: true,
          extensions: ['html'],
          setHeaders: (res, pathname) => res.setHeader('Cache-Control', cacheControl(pathname)),
        }),
        csp: existsSync(indexFile) ? cspFromHtml(readFileSync(indexFile, 'utf8')) : undefined,
        notFound: existsSync(path.join(dir, '404.html')) ? readFileSync(path.join(dir, '404.html')) : undefined,
      }
      releases.clear()
      releases.set(dir, found)
    }
    return found
  }

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const live = release()
    if (!live) {
      res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '10' })
      res.end('Situs sedang disiapkan. Coba lagi sebentar. (The site is being built.)')
      return
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end()
      return
    }
    setSecurityHeaders(res, live.csp)
    const url = new URL(req.url ?? '/', 'http://site')
    // One address per page: /kota-bandung → /kota-bandung/ (as Astro's trailingSlash: 'always').
    if (!url.pathname.endsWith('/') && !path.extname(url.pathname) && existsSync(path.join(live.dir, url.pathname, 'index.html'))) {
      res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end()
      return
    }
    live.files(req, res, () => {
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' })
      res.end(live.notFound ?? 'Halaman tidak ditemukan (Page not found)')
    })
  }

  // Brotli 5 costs about a millisecond for a service page and shrinks it to a fifth.
  const compress = compression({ threshold: 512, brotli: { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 5 } } })
  return createServer((req, res) => compress(req as never, res as never, () => handle(req, res)))
}
