import { readFileSync } from 'node:fs'
import path from 'node:path'
import { brotliCompressSync, constants } from 'node:zlib'

/**
 * What a first visit to a page transfers: the HTML and every stylesheet, script and island
 * module it references, brotli-compressed at the site server's quality. Images are SVG
 * inline; Pagefind's index is fetched only when searching. `scripts` counts external modules
 * and inline scripts alike.
 */
const transferred = (file: string) => brotliCompressSync(readFileSync(file), { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }).length

export function pageWeight(siteDir: string, urlPath: string) {
  const htmlFile = path.join(siteDir, urlPath, 'index.html')
  const html = readFileSync(htmlFile, 'utf8')
  const assets = new Set<string>()
  for (const [, href] of html.matchAll(/(?:href|src|component-url|renderer-url)="(\/_astro\/[^"]+)"/g)) assets.add(href)
  // Island modules import their chunks; count those too.
  for (const asset of [...assets]) {
    if (!asset.endsWith('.js')) continue
    for (const [, chunk] of readFileSync(path.join(siteDir, asset), 'utf8').matchAll(/from"\.\/([^"]+\.js)"/g)) assets.add(`/_astro/${chunk}`)
  }
  const inlineScripts = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>/g)].length
  const scripts = [...assets].filter((asset) => asset.endsWith('.js')).length + inlineScripts
  const total = transferred(htmlFile) + [...assets].reduce((sum, asset) => sum + transferred(path.join(siteDir, asset)), 0)
  return { html: transferred(htmlFile), assets: assets.size, scripts, total }
}
