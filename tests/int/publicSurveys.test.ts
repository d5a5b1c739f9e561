/**
 * The satisfaction survey and the published IKM through Payload's REST handler: what a
 * citizen's browser sends, what bad input gets back (4xx, nothing written), who may read the
 * responses, and the index computed from them.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { agencyOf, startStaffContext, type Actor, type ActorName } from '../helpers/actors'
import type { Rest } from '../helpers/rest'

let payload: Payload
let rest: Rest
let actors: Record<ActorName, Actor>
let own: any
let other: any

const site = 'http://localhost:4321'
const scores = { u1: 4, u2: 3, u3: 3, u4: 4, u5: 3, u6: 4, u7: 4, u8: 2, u9: 3 }
const valid = { service: 'kota-bandung/kartu-keluarga', ...scores, age: 41, gender: 'P', education: 'sma', occupation: 'wirausaha' }
const post = (body: unknown, headers: Record<string, string> = { Origin: site }) => rest('POST', '/api/public/surveys', { body, headers })
const count = async () => (await payload.count({ collection: 'survey-responses', overrideAccess: true })).totalDocs

beforeAll(async () => {
  process.env.SITE_ORIGINS = site
  // Dozens of refusals come from one test client; the limit itself is tested on its own below.
  process.env.PUBLIC_RATE_LIMIT_PER_MINUTE = '1000'
  ;({ payload, rest, actors, own, other } = await startStaffContext())
})

describe('POST /api/public/surveys', () => {
  it('records a response for a published service and lets the site read the answer', async () => {
    const before = await count()
    const response = await post(valid)
    expect(response.body).toMatchObject({ message: expect.any(String) })
    expect(response.status).toBe(201)
    expect(response.body.message).toContain('Terima kasih')
    expect(response.headers.get('access-control-allow-origin')).toBe(site)
    expect(await count()).toBe(before + 1)
    const { docs } = await payload.find({ collection: 'survey-responses', sort: '-createdAt', limit: 1, depth: 1, overrideAccess: true })
    expect(docs[0]).toMatchObject({ scores: { u1: 4, u8: 2 }, age: 41, gender: 'P', service: { slug: 'kartu-keluarga' } })
    expect((docs[0].regency as any).slug ?? docs[0].regency).toBeTruthy()
  })

  it('accepts the same fields as a plain HTML form post', async () => {
    const before = await count()
    const form = new URLSearchParams(Object.entries(valid).map(([key, value]) => [key, String(value)])).toString()
    const response = await rest('POST', '/api/public/surveys', { raw: form, headers: { Origin: site, 'Content-Type': 'application/x-www-form-urlencoded' } })
    expect(response.status).toBe(201)
    expect(await count()).toBe(before + 1)
  })

  const without = (field: string) => Object.fromEntries(Object.entries(valid).filter(([key]) => key !== field))
  const bad: [string, () => Promise<{ status: number; body: any }>, number, string?][] = [
    ['no service', () => post(without('service')), 422, 'service'],
    ['unknown service', () => post({ ...valid, service: 'kota-bandung/tidak-ada' }), 422, 'service'],
    ['a draft service', () => post({ ...valid, service: 'kota-bandung/konsultasi-perizinan-berusaha' }), 422, 'service'],
    ['a service key with a path', () => post({ ...valid, service: '../../etc/passwd' }), 422, 'service'],
    ['an object as service', () => post({ ...valid, service: { $ne: null } }), 422, 'service'],
    ['a missing score', () => post(without('u5')), 422, 'u5'],
    ['score 0', () => post({ ...valid, u1: 0 }), 422, 'u1'],
    ['score 5', () => post({ ...valid, u9: 5 }), 422, 'u9'],
    ['a fractional score', () => post({ ...valid, u2: 2.5 }), 422, 'u2'],
    ['a text score', () => post({ ...valid, u3: 'baik' }), 422, 'u3'],
    ['a boolean score', () => post({ ...valid, u4: true }), 422, 'u4'],
    ['an array score', () => post({ ...valid, u6: [4] }), 422, 'u6'],
    ['a negative age', () => post({ ...valid, age: -3 }), 422, 'age'],
    ['an age of 200', () => post({ ...valid, age: 200 }), 422, 'age'],
    ['an unknown gender', () => post({ ...valid, gender: 'X' }), 422, 'gender'],
    ['an unknown education', () => post({ ...valid, education: 'phd' }), 422, 'education'],
    ['an unknown occupation', () => post({ ...valid, occupation: '<script>alert(1)</script>' }), 422, 'occupation'],
    ['a 2,000-character comment', () => post({ ...valid, comment: 'a'.repeat(2000) }), 422, 'comment'],
    ['a JSON array', () => post([valid]), 422],
    ['a JSON string', () => post('halo'), 422],
    ['malformed JSON', () => rest('POST', '/api/public/surveys', { raw: '{"service":', headers: { Origin: site, 'Content-Type': 'application/json' } }), 422],
    ['plain text', () => rest('POST', '/api/public/surveys', { raw: 'nilai 4', headers: { Origin: site, 'Content-Type': 'text/plain' } }), 415],
    ['no content type', () => rest('POST', '/api/public/surveys', { raw: JSON.stringify(valid), headers: { Origin: site } }), 415],
    ['a huge body', () => post({ ...valid, padding: 'x'.repeat(100_000) }), 413],
    ['a foreign origin', () => post(valid, { Origin: 'https://evil.example' }), 403],
    ['an empty object', () => post({}), 422, 'service'],
  ]

  it.each(bad)('refuses %s and writes nothing', async (_, send, status, field) => {
    const before = await count()
    const response = await send()
    expect(response.status).toBe(status)
    expect(response.body.errors?.length).toBeGreaterThan(0)
    for (const error of response.body.errors) expect(error.message).toMatch(/[a-z]{3,}/)
    if (field) expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field)
    expect(await count()).toBe(before)
  })
})

describe('retries and floods', () => {
  const keyed = (key: string, body: unknown = valid) => post(body, { Origin: site, 'Idempotency-Key': key })

  it('answers a retried submission with the first answer and records it once', async () => {
    const before = await count()
    const first = await keyed('survei-ulang-0001')
    const again = await keyed('survei-ulang-0001')
    expect(first.status).toBe(201)
    expect(again.status).toBe(201)
    expect(again.body).toEqual(first.body)
    expect(again.headers.get('idempotent-replayed')).toBe('true')
    expect(await count()).toBe(before + 1)
  })

  it('records one response when copies with the same key arrive together', async () => {
    const before = await count()
    const answers = await Promise.all(Array.from({ length: 5 }, () => keyed('survei-serentak-0001')))
    expect(answers.map((answer) => answer.status)).toEqual([201, 201, 201, 201, 201])
    expect(await count()).toBe(before + 1)
  })

  it('releases the key of a refused submission so the corrected one goes through', async () => {
    const before = await count()
    expect((await keyed('survei-perbaiki-01', { ...valid, u1: 9 })).status).toBe(422)
    expect((await keyed('survei-perbaiki-01')).status).toBe(201)
    expect(await count()).toBe(before + 1)
  })

  it('refuses a malformed key', async () => {
    expect((await keyed('pendek')).status).toBe(422)
    expect((await keyed('spasi tidak boleh')).status).toBe(422)
  })

  it('limits each client per minute with 429 and Retry-After, without touching other clients', async () => {
    process.env.PUBLIC_RATE_LIMIT_PER_MINUTE = '3'
    try {
      const from = (address: string) => post(valid, { Origin: site, 'X-Forwarded-For': address })
      for (let attempt = 0; attempt < 3; attempt++) expect((await from('203.0.113.7')).status).toBe(201)
      const before = await count()
      const limited = await from('203.0.113.7')
      expect(limited.status).toBe(429)
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
      expect(Number(limited.headers.get('retry-after'))).toBeLessThanOrEqual(60)
      expect(limited.body.errors[0].message).toContain('Terlalu banyak pengiriman')
      expect(await count()).toBe(before)
      expect((await from('198.51.100.20')).status).toBe(201)
    } finally {
      process.env.PUBLIC_RATE_LIMIT_PER_MINUTE = '1000'
    }
  })
})

describe('who may read survey responses', () => {
  it('is staff of the regency only, and an officer only their agency', async () => {
    const agency = await agencyOf(payload, own.id, 'disdukcapil')
    const imigrasi = await agencyOf(payload, own.id, 'imigrasi')
    const service = (await payload.find({ collection: 'services', where: { and: [{ slug: { equals: 'paspor-baru' } }, { regency: { equals: own.id } }] }, depth: 0 })).docs[0]
    await payload.create({ collection: 'survey-responses', overrideAccess: true, data: { service: service.id, agency: imigrasi.id, regency: own.id, scores } as never })
    const list = async (actor: ActorName) => rest('GET', '/api/survey-responses?depth=0&limit=100', { token: actors[actor].token })

    expect((await list('anonymous')).status).toBe(403)
    expect((await list('editor')).status).toBe(403)
    const admin = await list('regency-admin')
    expect(admin.status).toBe(200)
    expect(admin.body.docs.every((doc: any) => String(doc.regency) === String(own.id))).toBe(true)
    expect(admin.body.docs.some((doc: any) => String(doc.agency) === String(imigrasi.id))).toBe(true)
    const officer = await list('agency-officer')
    expect(officer.body.docs.length).toBeGreaterThan(0)
    expect(officer.body.docs.every((doc: any) => String(doc.agency) === String(agency.id))).toBe(true)
    // Nobody edits an answer, not even the province.
    const id = admin.body.docs[0].id
    expect((await rest('PATCH', `/api/survey-responses/${id}`, { token: actors['province-admin'].token, body: { comment: 'ubah' } })).status).toBe(403)
    expect((await rest('POST', '/api/survey-responses', { token: actors['province-admin'].token, body: { service: service.id, agency: imigrasi.id, scores } })).status).toBe(403)
  })
})

describe('GET /api/public/ikm', () => {
  it('computes the index of a service from its responses, exactly as PermenPAN-RB 14/2017', async () => {
    const service = (await payload.find({ collection: 'services', where: { and: [{ slug: { equals: 'akta-kematian' } }, { regency: { equals: other.id } }] }, depth: 0 })).docs[0]
    // Three respondents: element totals 9,9,9,9,9,9,9,9,6 → NRR 3 ×8 and 2 → IKM 26/9 = 2.89, unit 72.22 (C).
    for (const answers of [[3, 3, 3, 3, 3, 3, 3, 3, 2], [4, 4, 4, 4, 4, 4, 4, 4, 2], [2, 2, 2, 2, 2, 2, 2, 2, 2]]) {
      const row = Object.fromEntries(answers.map((score, index) => [`u${index + 1}`, score]))
      await payload.create({ collection: 'survey-responses', overrideAccess: true, data: { service: service.id, agency: service.agency, regency: other.id, scores: row } as never })
    }
    const response = await rest('GET', '/api/public/ikm?service=kabupaten-sumedang/akta-kematian', { headers: { Origin: site } })
    expect(response.status).toBe(200)
    expect(response.body).toMatchObject({ respondents: 3, ikm: 2.89, score: 72.22, grade: 'C', gradeLabel: { id: 'Kurang Baik', en: 'Fair' } })
    expect(response.body.elements.map((element: { nrr: number }) => element.nrr)).toEqual([3, 3, 3, 3, 3, 3, 3, 3, 2])
    expect(response.headers.get('access-control-allow-origin')).toBe(site)

    const regency = await rest('GET', '/api/public/ikm?regency=kabupaten-sumedang&from=2020-01-01&to=2099-12-31')
    expect(regency.body.respondents).toBeGreaterThanOrEqual(3)
    const past = await rest('GET', '/api/public/ikm?regency=kabupaten-sumedang&from=2020-01-01&to=2020-12-31')
    expect(past.body).toMatchObject({ respondents: 0, score: null, grade: null })
  })

  it.each([
    ['', 'regency'],
    ['?agency=disdukcapil', 'agency'],
    ['?regency=atlantis', 'regency'],
    ['?regency=kota-bandung&agency=tidak-ada', 'agency'],
    ['?service=kota-bandung/tidak-ada', 'service'],
    ['?regency=kota-bandung&from=2026-13-01', 'from'],
    ['?regency=kota-bandung&to=kemarin', 'to'],
    ['?regency=kota-bandung&from=2026-12-31&to=2026-01-01', 'to'],
  ])('refuses %s with 422 naming %s', async (query, field) => {
    const response = await rest('GET', `/api/public/ikm${query}`)
    expect(response.status).toBe(422)
    expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field)
  })
})
