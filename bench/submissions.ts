/**
 * `npm run bench:submissions`: citizens' submissions against the design's bar ("hundreds of
 * submissions per second on 2 cores with p99 under 100 ms"), over real HTTP to the real Payload
 * on the seeded SQLite database (or BENCH_DATABASE_URI, e.g. a MongoDB), in one run:
 *
 * - `preflight`  CORS preflight: the HTTP and REST-handler floor, no database;
 * - `track`      a tracking lookup of an unknown code: one read;
 * - `survey`     a satisfaction survey: service lookup and one write;
 * - `complaint`  a complaint with an Idempotency-Key: key claim, write, stored answer;
 * - `booking`    a queue booking, spread over the service's open slots: seat lookup, unique seat;
 * - `application` an application with its PDF documents: as above plus private files.
 *
 * Each workload sends BENCH_REQUESTS requests (default 400) from BENCH_CONCURRENCY clients at
 * once (default 16), every request from its own address (citizens, not one client hammering the
 * rate limit). It prints throughput and latency percentiles, and each workload's p99 as a ratio
 * of the preflight's measured in the same run. Figures are recorded in docs/performance.md.
 */
import { spawn, spawnSync } from 'node:child_process'
import { mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { createInterface } from 'node:readline'

const root = path.resolve('.')
const work = path.join(root, 'bench', '.work-submissions')
const requests = Number(process.env.BENCH_REQUESTS ?? 400)
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 16)
const site = 'http://localhost:4321'
const service = 'kota-bandung/kartu-keluarga'

rmSync(work, { recursive: true, force: true })
mkdirSync(work, { recursive: true })
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_OPTIONS: '--conditions=production --no-deprecation',
  DATA_DIR: work,
  DATABASE_URI: process.env.BENCH_DATABASE_URI ?? `file:${path.join(work, 'bench.db')}`,
  PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? 'bench-only-secret',
  SITE_ORIGINS: site,
  LOG_LEVEL: 'error',
}

console.log('Seeding the catalog (the real seed)…')
const seed = spawnSync(path.join(root, 'node_modules/.bin/tsx'), ['cms/scripts/seed.ts'], { env: { ...env, SEED_PASSWORD: '' }, encoding: 'utf8' })
if (seed.status !== 0) throw new Error(`seed failed:\n${seed.stderr}`)

const server = spawn(path.join(root, 'node_modules/.bin/tsx'), ['bench/submissionsServer.ts'], { env, stdio: ['ignore', 'pipe', 'inherit'] })
const url = await new Promise<string>((resolve, reject) => {
  server.once('exit', (code) => reject(new Error(`the server exited (${code})`)))
  createInterface({ input: server.stdout! }).on('line', (line) => {
    if (line.startsWith('READY ')) resolve(line.slice(6))
  })
})

let sequence = 0
/** A distinct client address per request, as many citizens would be. */
const nextClient = () => {
  sequence += 1
  return `10.${(sequence >> 16) & 255}.${(sequence >> 8) & 255}.${sequence & 255}`
}
const pdf = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\nxref\n0 2\ntrailer<</Root 1 0 R>>\nstartxref\n9\n%%EOF\n')
const documents = await (async () => {
  const body = await (await fetch(`${url}/api/services?where[slug][equals]=kartu-keluarga&depth=0&limit=1`)).json()
  return ((body.docs[0]?.requirements ?? []) as { mandatory?: boolean }[]).filter((row) => row.mandatory !== false).length
})()

const availability = await (await fetch(`${url}/api/public/bookings/availability?service=${service}`, { headers: { Origin: site } })).json()
const slots: { date: string; time: string }[] = availability.dates.flatMap((date: string) => availability.times.map((time: string) => ({ date, time })))

interface Workload {
  name: string
  expect: number
  send: (client: string) => Promise<Response>
}
const headers = (client: string, extra: Record<string, string> = {}) => ({ Origin: site, Accept: 'application/json', 'X-Forwarded-For': client, ...extra })
const json = (client: string, body: unknown) => ({ method: 'POST', headers: headers(client, { 'Content-Type': 'application/json', 'Idempotency-Key': `bench-${client.replaceAll('.', '-')}` }), body: JSON.stringify(body) })
const nik = (n: number) => `320401${String(1 + (n % 28)).padStart(2, '0')}0385${String(1 + (n % 9000)).padStart(4, '0')}`

const workloads: Workload[] = [
  {
    name: 'preflight',
    expect: 204,
    send: (client) => fetch(`${url}/api/public/complaints`, { method: 'OPTIONS', headers: headers(client, { 'Access-Control-Request-Method': 'POST' }) }),
  },
  { name: 'track', expect: 404, send: (client) => fetch(`${url}/api/public/track/ADU-0000-0000-0?verify=1234`, { headers: headers(client) }) },
  {
    name: 'survey',
    expect: 201,
    send: (client) => fetch(`${url}/api/public/surveys`, json(client, { service, u1: 4, u2: 3, u3: 3, u4: 4, u5: 3, u6: 4, u7: 4, u8: 2, u9: 3 })),
  },
  {
    name: 'complaint',
    expect: 201,
    send: (client) =>
      fetch(`${url}/api/public/complaints`, json(client, { regency: 'kota-bandung', kind: 'complaint', message: 'Antrean di loket tiga tidak bergerak selama satu jam.', name: 'Warga Uji', phone: '081234567890' })),
  },
  {
    name: 'booking',
    expect: 201,
    send: (client) => {
      const slot = slots[sequence % slots.length]!
      return fetch(`${url}/api/public/bookings`, json(client, { service, ...slot, name: 'Warga Uji', nik: nik(sequence), phone: '081234567890' }))
    },
  },
  {
    name: 'application',
    expect: 201,
    send: (client) => {
      const form = new FormData()
      for (const [name, value] of Object.entries({ service, name: 'Warga Uji', nik: nik(sequence), phone: '081234567890', idempotencyKey: `bench-${client.replaceAll('.', '-')}` })) form.append(name, value)
      for (let index = 1; index <= documents; index += 1) form.append(`dokumen-${index}`, new Blob([new Uint8Array(pdf)], { type: 'application/pdf' }), 'scan.pdf')
      return fetch(`${url}/api/public/applications`, { method: 'POST', headers: headers(client), body: form })
    },
  },
]

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!

async function run(workload: Workload, count: number) {
  const latencies: number[] = []
  const unexpected = new Map<number, number>()
  let next = 0
  const started = performance.now()
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        next += 1
        const sentAt = performance.now()
        const response = await workload.send(nextClient())
        await response.arrayBuffer()
        latencies.push(performance.now() - sentAt)
        if (response.status !== workload.expect) unexpected.set(response.status, (unexpected.get(response.status) ?? 0) + 1)
      }
    }),
  )
  const seconds = (performance.now() - started) / 1000
  latencies.sort((a, b) => a - b)
  return { perSecond: count / seconds, p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99), max: latencies.at(-1)!, unexpected }
}

try {
  for (const workload of workloads) await run(workload, Math.min(50, requests)) // warm-up: JIT, caches, first files
  const results = []
  for (const workload of workloads) results.push({ workload, ...(await run(workload, requests)) })
  const floor = results[0]!.p99
  const adapter = env.DATABASE_URI!.startsWith('file:') ? 'SQLite' : 'MongoDB protocol'
  console.log(`\nSubmissions over HTTP (${adapter}, ${requests} requests per workload, ${concurrency} at once, 2 cores, Node ${process.versions.node}; ${documents} PDF documents per application; bookings over ${slots.length} slots of ${availability.capacity})`)
  console.log(`  ${'workload'.padEnd(12)} ${'req/s'.padStart(7)} ${'p50 ms'.padStart(7)} ${'p95 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'max ms'.padStart(7)} ${'p99/preflight'.padStart(14)}  unexpected`)
  for (const { workload, perSecond, p50, p95, p99, max, unexpected } of results) {
    const odd = [...unexpected].map(([status, n]) => `${n}×${status}`).join(', ') || '-'
    console.log(`  ${workload.name.padEnd(12)} ${perSecond.toFixed(0).padStart(7)} ${p50.toFixed(1).padStart(7)} ${p95.toFixed(1).padStart(7)} ${p99.toFixed(1).padStart(7)} ${max.toFixed(1).padStart(7)} ${`${(p99 / floor).toFixed(1)}×`.padStart(14)}  ${odd}`)
  }
} finally {
  server.kill('SIGTERM')
}
process.exit(0)
