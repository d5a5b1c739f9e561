import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { get } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'

import { describe, expect, inject, it } from 'vitest'

import { createSiteServer } from '../../site/server/serve'

const site = inject('siteURL')
const facts = inject('siteFacts')

/** The bytes on the wire (fetch would decompress them). */
function rawGet(url: string, acceptEncoding = 'br, gzip') {
  return new Promise<{ encoding?: string; body: Buffer }>((resolve, reject) => {
    get(url, { headers: { 'accept-encoding': acceptEncoding } }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => resolve({ encoding: response.headers['content-encoding'], body: Buffer.concat(chunks) }))
    }).on('error', reject)
  })
}

describe('the site server', () => {
  it('sends a strict Content-Security-Policy and the other security headers', async () => {
    const response = await fetch(`${site}/kota-bandung/`)
    const csp = response.headers.get('content-security-policy') ?? ''
    const scriptSrc = /script-src ([^;]+)/.exec(csp)?.[1] ?? ''
    expect(scriptSrc).toContain("'self'")
    expect(scriptSrc).not.toContain('unsafe-inline')
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).toContain("object-src 'none'")
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
  })

  it('revalidates pages and caches hashed assets for a year', async () => {
    const page = await fetch(`${site}/`)
    expect(page.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate')
    expect(page.headers.get('etag')).toBeTruthy()
    const stylesheet = /href="(\/_astro\/[^"]+\.css)"/.exec(await page.text())![1]
    const asset = await fetch(`${site}${stylesheet}`)
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
  })

  it('answers unknown pages with the 404 page, bare paths with a redirect, and refuses writes', async () => {
    const missing = await fetch(`${site}/tidak-ada/`)
    expect(missing.status).toBe(404)
    expect(await missing.text()).toContain('Halaman tidak ditemukan')
    const bare = await fetch(`${site}/kota-bandung`, { redirect: 'manual' })
    expect(bare.status).toBe(301)
    expect(bare.headers.get('location')).toBe('/kota-bandung/')
    expect((await fetch(`${site}/`, { method: 'POST' })).status).toBe(405)
  })

  it('serves a service page with no JavaScript in under 30 KB transferred', async () => {
    for (const page of [facts.expectedServicePaths[0], facts.richText.path, `/en${facts.richText.path}`]) {
      const document = await rawGet(`${site}${page}`)
      expect(document.encoding).toBe('br')
      const html = brotliDecompressSync(document.body).toString()
      expect(html).not.toMatch(/<script|type="module"/)
      let total = document.body.length
      for (const [, href] of html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)) total += (await rawGet(`${site}${href}`)).body.length
      expect(total, page).toBeLessThan(30 * 1024)
    }
  })

  it('compresses text with gzip for clients without brotli', async () => {
    const document = await rawGet(`${site}/`, 'gzip')
    expect(document.encoding).toBe('gzip')
    expect(gunzipSync(document.body).toString()).toContain('<html lang="id"')
  })
})

describe('swapping releases', () => {
  it('answers every request wholly from the old release or the new one, never a mix or an error', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mpp-swap-'))
    const release = (name: string) => {
      const root = path.join(dir, name)
      mkdirSync(root)
      // Big enough that a torn read would show.
      writeFileSync(path.join(root, 'index.html'), `<!doctype html><title>${name}</title>${name.repeat(20_000)}`)
      return root
    }
    const releases = [release('A'), release('B')]
    // The publisher's own swap, pointed at this folder (DATA_DIR is read when it loads).
    process.env.DATA_DIR = dir
    const { activateRelease } = await import('../../cms/publishing/release')
    const { currentSiteLink } = await import('../../cms/publishing/paths')
    const link = currentSiteLink()
    expect(link.startsWith(dir)).toBe(true)
    mkdirSync(path.dirname(link), { recursive: true })
    const swap = (index: number) => activateRelease(releases[index])
    await swap(0)
    const server = createSiteServer(link).listen(0, '127.0.0.1')
    await new Promise((resolve) => server.once('listening', resolve))
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
    try {
      const bodies = new Set<string>()
      let swapping = true
      const swaps = (async () => {
        for (let flip = 1; flip <= 30; flip++) {
          await swap(flip % 2)
          await new Promise((resolve) => setTimeout(resolve, 5))
        }
        swapping = false
      })()
      let requests = 0
      while (swapping) {
        await Promise.all(
          Array.from({ length: 10 }, async () => {
            const response = await fetch(url)
            expect(response.status).toBe(200)
            bodies.add(await response.text())
            requests++
          }),
        )
      }
      await swaps
      expect(requests).toBeGreaterThan(10)
      for (const body of bodies) expect([`<!doctype html><title>A</title>${'A'.repeat(20_000)}`, `<!doctype html><title>B</title>${'B'.repeat(20_000)}`]).toContain(body)
      expect(bodies.size).toBe(2)
    } finally {
      server.close()
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
