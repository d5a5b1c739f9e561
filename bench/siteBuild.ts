/**
 * `npm run bench`: the public site at province scale (27 regencies × 35 agencies × 300
 * services), timed against a bare Astro build of as many pages from static data, in one run on
 * this machine; then publish-to-live on the seeded catalog, and page weights per page kind.
 * Figures are recorded in docs/performance.md.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { pageWeight } from './pageWeights'
import { scaleSnapshot } from './provinceSnapshot'

const root = path.resolve('.')
const work = path.join(root, 'bench', '.work')
const regencyAgencies = Number(process.env.BENCH_AGENCIES ?? 35)
const regencyServices = Number(process.env.BENCH_SERVICES ?? 300)
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`

rmSync(work, { recursive: true, force: true })
mkdirSync(work, { recursive: true })
process.env.DATA_DIR = work
process.env.DATABASE_URI = `file:${path.join(work, 'bench.db')}`
process.env.PAYLOAD_SECRET ??= 'bench-only-secret'
process.env.SITE_URL ??= 'http://localhost:4321'

console.log('Seeding the catalog (the real seed)…')
const seed = spawnSync(path.join(root, 'node_modules/.bin/tsx'), ['cms/scripts/seed.ts'], { env: { ...process.env, NODE_OPTIONS: '--conditions=production --no-deprecation', LOG_LEVEL: 'error' }, encoding: 'utf8' })
if (seed.status !== 0) throw new Error(`seed failed:\n${seed.stderr}`)

// Imported only now: the CMS modules read DATA_DIR and DATABASE_URI when they load.
const { buildSite } = await import('../cms/publishing/buildSite')
const { runProcess } = await import('../cms/publishing/runProcess')
const { publishLogFile } = await import('../cms/publishing/scheduler')
const { getPayload } = await import('payload')
const config = (await import('../payload.config')).default
const { readPublishedCatalog } = await import('../cms/snapshot/readCatalog')
const { writeSnapshot } = await import('../cms/snapshot/writeSnapshot')
const payload = await getPayload({ config })

// 1. Publish to live on the seeded catalog, through the real hook, debounce and swap.
process.env.SITE_REBUILD = 'local'
const { docs } = await payload.find({ collection: 'services', where: { slug: { equals: 'kartu-keluarga' } }, limit: 1, depth: 0 })
const publishedAt = Date.now()
await payload.update({ collection: 'services', id: docs[0].id, data: { summary: `${docs[0].summary} (bench ${publishedAt})` } })
const logFile = publishLogFile()
let publish: { publishToLiveMs: number; exportMs: number; astroMs: number; searchMs: number; pages: number } | undefined
while (!publish) {
  await new Promise((resolve) => setTimeout(resolve, 250))
  try {
    publish = JSON.parse(readFileSync(logFile, 'utf8').trim().split('\n').at(-1)!)
  } catch {
    if (Date.now() - publishedAt > 300_000) throw new Error('publish did not go live within 300 s')
  }
}
process.env.SITE_REBUILD = ''

// 2. The province-scale catalog, from the real export.
const started = Date.now()
const base = await readPublishedCatalog(payload)
const province = scaleSnapshot(base, regencyAgencies, regencyServices)
const snapshotDir = path.join(work, 'province-snapshot')
await writeSnapshot(province, snapshotDir)
const scaleExportMs = Date.now() - started
await payload.destroy()

// 3. The real site and a bare Astro site with as many pages, one after the other.
const siteDir = path.join(work, 'province-site')
const real = await buildSite({ snapshotDir, outDir: siteDir })
const htmlPages = readdirSync(siteDir, { recursive: true }).filter((file) => String(file).endsWith('.html')).map(String)
const barePagesFile = path.join(work, 'bare-pages.json')
writeFileSync(barePagesFile, JSON.stringify(htmlPages.map((file, index) => ({ path: file.replace(/(^|\/)index\.html$/, '') || undefined, title: `Halaman ${index}`, body: province.services[index % province.services.length].summary?.id ?? '' }))))
let bareStarted = Date.now()
await runProcess(process.execPath, [path.join(root, 'node_modules/astro/astro.js'), 'build', '--silent', '--root', path.join(root, 'bench/bare')], {
  cwd: path.join(root, 'bench/bare'),
  env: { ...process.env, NODE_OPTIONS: '', BARE_PAGES_FILE: barePagesFile, BARE_OUT_DIR: path.join(work, 'bare-site'), ASTRO_TELEMETRY_DISABLED: '1' },
})
const bareMs = Date.now() - bareStarted

// 4. Page weights per kind, as transferred (brotli) on a first visit.
const sample = province.services[0]
const kinds: [string, string][] = [
  ['home', '/'],
  ['regency (with virtual hall)', `/${sample.regency}/`],
  ['agency', `/${sample.regency}/instansi/${sample.agency}/`],
  ['service', `/${sample.regency}/layanan/${sample.slug}/`],
  ['service, English', `/en/${sample.regency}/layanan/${sample.slug}/`],
  ['service across regencies', `/layanan/${sample.template}/`],
  ['search (React island)', '/cari/'],
  ['open data', '/data-terbuka/'],
]

const totalRealMs = real.astroMs + real.searchMs
console.log(`\nProvince scale: ${province.regencies.length} regencies, ${province.agencies.length} agencies, ${province.services.length} services → ${htmlPages.length} HTML pages (2 cores, Node ${process.versions.node})`)
console.log(`  snapshot (read seeded catalog + scale + validate + write) ${seconds(scaleExportMs)}`)
console.log(`  real site: astro build ${seconds(real.astroMs)} + pagefind ${seconds(real.searchMs)} = ${seconds(totalRealMs)}`)
console.log(`  bare Astro, same page count: ${seconds(bareMs)}`)
console.log(`  ratio real/bare: astro build ${(real.astroMs / bareMs).toFixed(2)}×, with the search index ${(totalRealMs / bareMs).toFixed(2)}×`)
console.log(`\nPublish to live (seeded catalog, ${publish.pages} pages indexed): ${seconds(publish.publishToLiveMs)} from the editor's save to the swapped release`)
console.log(`  debounce ${process.env.SITE_REBUILD_DEBOUNCE_MS ?? 2000} ms, export ${seconds(publish.exportMs)}, astro ${seconds(publish.astroMs)}, pagefind ${seconds(publish.searchMs)}`)
console.log('\nPage weights (first visit, brotli, HTML + CSS + JS):')
for (const [kind, url] of kinds) {
  const weight = pageWeight(siteDir, url)
  console.log(`  ${kind.padEnd(28)} ${(weight.total / 1024).toFixed(1).padStart(6)} KB  (HTML ${(weight.html / 1024).toFixed(1)} KB, ${weight.scripts} scripts)`)
}
process.exit(0)
