import { readFileSync } from 'node:fs'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'

import { beforeAll, describe, expect, inject, it } from 'vitest'

import { internalReferences, listSiteFiles, readSiteFile, siteFileExists } from '../helpers/siteFiles'

const dist = inject('siteDir')
const facts = inject('siteFacts')
let files: string[]

beforeAll(() => {
  files = listSiteFiles(dist)
})

const servicePage = /^\/(en\/)?[a-z0-9-]+\/layanan\/[a-z0-9-]+\/index\.html$/

describe('the built site', () => {
  it('has a page in both languages for every published service, and no others', () => {
    expect(facts.expectedServicePaths.length).toBeGreaterThan(800)
    const missing = facts.expectedServicePaths.flatMap((page) => [page, `/en${page}`]).filter((page) => !siteFileExists(dist, page))
    expect(missing).toEqual([])
    const built = files.filter((file) => servicePage.test(file) && !file.startsWith('/layanan/') && !file.startsWith('/en/layanan/'))
    expect(built.length).toBe(facts.expectedServicePaths.length * 2)
  })

  it('leaves out drafts and everything of an unpublished agency', () => {
    expect(facts.hiddenServicePaths.length).toBeGreaterThan(1)
    for (const page of [...facts.hiddenServicePaths, facts.hiddenAgencyPath]) {
      expect(siteFileExists(dist, page), page).toBe(false)
      expect(siteFileExists(dist, `/en${page}`), page).toBe(false)
    }
  })

  it('contains no draft text in any file, the search index and open data included', () => {
    const leaks: string[] = []
    for (const file of files) {
      const full = path.join(dist, file)
      let content: string
      if (/\/pagefind\/(fragment|index|filter)\//.test(file)) content = gunzipSync(readFileSync(full)).toString('latin1')
      else if (file.endsWith('.wasm') || /\.pf_meta$|\.pagefind$/.test(file)) continue
      else content = readFileSync(full, 'latin1')
      for (const marker of facts.draftMarkers) if (content.includes(Buffer.from(marker).toString('latin1'))) leaks.push(`${file}: ${marker}`)
    }
    expect(leaks).toEqual([])
  })

  it('has no broken internal links', () => {
    const broken: string[] = []
    const checked = new Set<string>()
    for (const file of files.filter((name) => name.endsWith('.html'))) {
      const page = file.replace(/index\.html$/, '')
      for (const reference of internalReferences(readSiteFile(dist, file), page)) {
        if (checked.has(reference)) continue
        checked.add(reference)
        if (!siteFileExists(dist, reference)) broken.push(`${reference} (from ${page})`)
      }
    }
    expect(checked.size).toBeGreaterThan(2000)
    expect(broken).toEqual([])
  })

  it('renders rich text as safe HTML with working links', () => {
    const html = readSiteFile(dist, facts.richText.path)
    expect(html).toContain(`href="${facts.richText.internalHref}"`)
    expect(html).toContain(`href="${facts.richText.externalUrl}" rel="noopener noreferrer" target="_blank"`)
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).not.toContain('<script>alert(1)')
  })

  it('shows untranslated English text in Indonesian, marked with its language', () => {
    const html = readSiteFile(dist, `/en${facts.untranslated.path}`)
    expect(html).toMatch(/<html lang="en"/)
    expect(html).toContain(`<p lang="id">${facts.untranslated.summary}</p>`)
  })

  it('publishes the catalog as open data in JSON and CSV', () => {
    const records = JSON.parse(readSiteFile(dist, '/data/layanan.json'))
    expect(records).toHaveLength(facts.expectedServicePaths.length)
    expect(records[0]).toMatchObject({ regencyCode: expect.stringMatching(/^32\.\d\d$/), title: { id: expect.any(String) }, url: expect.stringContaining('/layanan/') })
    const csv = readSiteFile(dist, '/data/layanan.csv')
    expect(csv.startsWith('\uFEFFkode_wilayah,kabupaten_kota,')).toBe(true)
    expect(csv.trimEnd().split('\r\n')).toHaveLength(facts.expectedServicePaths.length + 1)
    // Only catalog fields: nothing about accounts, editors or citizens.
    expect(Object.keys(records[0]).sort()).toEqual([
      'agency', 'agencyName', 'category', 'channels', 'complaintChannels', 'descriptionHtml', 'duration', 'featured', 'fee', 'id', 'internal',
      'legalBasis', 'lifeEvents', 'onlineForm', 'procedure', 'product', 'queue', 'regency', 'regencyCode', 'regencyName', 'requirements', 'slug', 'summary', 'template',
      'title', 'updatedAt', 'url',
    ].filter((key) => key in records[0]))
    expect(JSON.stringify(records)).not.toMatch(/@mpp-jabar\.test|"_status"|"createdBy"/)
  })

  it('has a sitemap with both languages, robots.txt and a 404 page', () => {
    const sitemap = readSiteFile(dist, '/sitemap-0.xml')
    const page = facts.expectedServicePaths[0]
    expect(sitemap).toContain(`<loc>${inject('siteURL')}${page}</loc>`)
    expect(sitemap).toContain(`hreflang="en-US" href="${inject('siteURL')}/en${page}"`)
    expect(readSiteFile(dist, '/robots.txt')).toContain(`Sitemap: ${inject('siteURL')}/sitemap-index.xml`)
    expect(readSiteFile(dist, '/404.html')).toContain('Halaman tidak ditemukan')
  })

  it('gives every page its own title, description and canonical address', () => {
    for (const page of ['/', '/en/', '/kota-bandung/', facts.expectedServicePaths[0], `/en${facts.expectedServicePaths[0]}`, '/layanan/paspor-baru/']) {
      const html = readSiteFile(dist, page)
      expect(html, page).toMatch(/<title>[^<]{5,}<\/title>/)
      expect(html, page).toMatch(/<meta name="description" content="[^"]{10,}"/)
      expect(html, page).toContain(`<link rel="canonical" href="${inject('siteURL')}${page}"`)
    }
  })

  it('builds a search index for each language', () => {
    const entry = JSON.parse(readSiteFile(dist, '/pagefind/pagefind-entry.json'))
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'id'])
    expect(entry.languages.id.page_count).toBe(facts.expectedServicePaths.length)
  })
})
