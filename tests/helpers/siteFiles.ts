import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

/** Every file of a built site, as paths relative to its root with a leading slash. */
export function listSiteFiles(root: string) {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `/${path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')}`)
}

/** The file a site URL path is served from (directory URLs serve their index.html). */
export function fileFor(root: string, urlPath: string) {
  const clean = decodeURIComponent(urlPath.split(/[?#]/)[0])
  return path.join(root, clean.endsWith('/') ? `${clean}index.html` : clean)
}

export const siteFileExists = (root: string, urlPath: string) => existsSync(fileFor(root, urlPath))
export const readSiteFile = (root: string, urlPath: string) => readFileSync(fileFor(root, urlPath), 'utf8')

/** Internal links and resources of an HTML page: href/src values that stay on the site. */
export function internalReferences(html: string, pagePath: string) {
  const references: string[] = []
  for (const match of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
    const value = match[1].replaceAll('&amp;', '&')
    if (/^(https?:|mailto:|tel:|data:|#|\/\/)/.test(value) || value === '') continue
    references.push(new URL(value, `http://site${pagePath}`).pathname)
  }
  return references
}
