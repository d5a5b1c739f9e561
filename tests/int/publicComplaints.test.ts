/**
 * Complaints over real HTTP: named and anonymous, due dates from the national practice, what the
 * citizen sees when tracking (replies, never internal notes), routing to the right agency, and
 * the overdue flag officers work from.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { complaintDeadlines } from '../../cms/domain/complaintDeadlines'
import { agencyOf, startStaffContext, type Actor, type ActorName } from '../helpers/actors'
import type { Rest } from '../helpers/rest'

let payload: Payload
let rest: Rest
let actors: Record<ActorName, Actor>
let own: any
let other: any

const site = 'http://localhost:4321'
const message = 'Antrean di loket Disdukcapil lantai 2 tidak bergerak selama dua jam pada Senin pagi.'
const named = { regency: 'kota-bandung', agency: 'disdukcapil', kind: 'complaint', message, name: 'Budi Santoso', phone: '0813 2222 3344', email: 'budi@contoh.id' }
const post = (body: unknown, headers: Record<string, string> = {}) => rest('POST', '/api/public/complaints', { body, headers: { Origin: site, ...headers } })
const track = (code: string, verify: string) => rest('GET', `/api/public/track/${code}?verify=${verify}`, { headers: { Origin: site } })
const count = async () => (await payload.count({ collection: 'complaints', overrideAccess: true })).totalDocs
const complaintByCode = async (code: string) => (await payload.find({ collection: 'complaints', where: { code: { equals: code } }, overrideAccess: true, depth: 0, showHiddenFields: true })).docs[0]

beforeAll(async () => {
  process.env.SITE_ORIGINS = site
  process.env.PUBLIC_RATE_LIMIT_PER_MINUTE = '10000'
  ;({ payload, rest, actors, own, other } = await startStaffContext())
})

describe('POST /api/public/complaints', () => {
  it('records a named complaint for an agency with its due dates', async () => {
    const before = await count()
    const response = await post(named)
    expect(response.status).toBe(201)
    const due = complaintDeadlines(new Date(), 'complaint')
    expect(response.body).toMatchObject({ code: expect.stringMatching(/^ADU-/), status: 'received', firstReplyDue: due.firstReply, dueDate: due.resolution })
    expect(response.body.pin).toBeUndefined()
    expect(await count()).toBe(before + 1)
    const saved = await complaintByCode(response.body.code)
    expect(saved).toMatchObject({ phone: '+6281322223344', name: 'Budi Santoso', regency: own.id, anonymous: false })
    expect(saved.agency).toEqual((await agencyOf(payload, own.id, 'disdukcapil')).id)
  })

  it('takes an anonymous complaint without identity and hands back a PIN to track it', async () => {
    const response = await post({ regency: 'kota-bandung', kind: 'suggestion', message: 'Mohon sediakan lebih banyak kursi di ruang tunggu lantai dasar.', anonymous: 'on' })
    expect(response.status).toBe(201)
    expect(response.body.pin).toMatch(/^\d{4}$/)
    const saved = await complaintByCode(response.body.code)
    expect(saved).toMatchObject({ anonymous: true })
    expect(saved.name ?? null).toBeNull()
    expect(saved.nik ?? null).toBeNull()
    expect((await track(response.body.code, response.body.pin)).status).toBe(200)
  })

  it('names the service when the complaint is about one, and takes its agency from it', async () => {
    const response = await post({ ...named, agency: undefined, service: 'kota-bandung/kartu-keluarga' })
    expect(response.status).toBe(201)
    const saved = await complaintByCode(response.body.code)
    expect(saved.service).toBeTruthy()
    expect(saved.agency).toEqual((await agencyOf(payload, own.id, 'disdukcapil')).id)
  })

  it('answers a plain form post with 303 to a confirmation that shows the code (and an anonymous PIN)', async () => {
    const form = new URLSearchParams({ regency: 'kota-bandung', kind: 'information', message: 'Apakah pembuatan KTP-el bisa dilakukan pada hari Sabtu?', anonymous: 'on' }).toString()
    const response = await rest('POST', '/api/public/complaints', { raw: form, headers: { Origin: site, Accept: 'text/html', 'Content-Type': 'application/x-www-form-urlencoded' } })
    expect(response.status).toBe(303)
    const location = new URL(response.headers.get('location')!)
    const page = await rest('GET', `${location.pathname}${location.search}`, { headers: { Accept: 'text/html' } })
    expect(page.body).toContain(location.pathname.split('/').pop())
    expect(page.body).toContain(location.searchParams.get('pin'))
  })

  const without = (field: string) => Object.fromEntries(Object.entries(named).filter(([key]) => key !== field))
  const bad: [string, () => Promise<{ status: number; body: any }>, number, string?][] = [
    ['no regency', () => post(without('regency')), 422, 'regency'],
    ['an unknown regency', () => post({ ...named, regency: 'kota-atlantis' }), 422, 'regency'],
    ['a regency as an object', () => post({ ...named, regency: { $ne: '' } }), 422, 'regency'],
    ['an agency of another regency', () => post({ ...named, agency: 'tidak-ada-di-sini' }), 422, 'agency'],
    ['an agency with a path', () => post({ ...named, agency: '../users' }), 422, 'agency'],
    ['a service of another regency', () => post({ ...named, service: 'kabupaten-sumedang/kartu-keluarga' }), 422, 'service'],
    ['an unknown service', () => post({ ...named, service: 'kota-bandung/tidak-ada' }), 422, 'service'],
    ['no kind', () => post(without('kind')), 422, 'kind'],
    ['an unknown kind', () => post({ ...named, kind: 'ancaman' }), 422, 'kind'],
    ['no message', () => post(without('message')), 422, 'message'],
    ['a too short message', () => post({ ...named, message: 'jelek' }), 422, 'message'],
    ['a 5,000-character message', () => post({ ...named, message: 'a'.repeat(5000) }), 422, 'message'],
    ['a message as a number', () => post({ ...named, message: 12345 }), 422, 'message'],
    ['no name when named', () => post(without('name')), 422, 'name'],
    ['markup as name', () => post({ ...named, name: '<img src=x onerror=alert(1)>' }), 422, 'name'],
    ['no phone when named', () => post(without('phone')), 422, 'phone'],
    ['a phone as a number', () => post({ ...named, phone: 81322223344 }), 422, 'phone'],
    ['a foreign phone', () => post({ ...named, phone: '+44 20 7946 0958' }), 422, 'phone'],
    ['an invalid NIK', () => post({ ...named, nik: '3273019999900001' }), 422, 'nik'],
    ['a NIK with serial 0000', () => post({ ...named, nik: '3273015708900000' }), 422, 'nik'],
    ['a broken e-mail', () => post({ ...named, email: 'budi at contoh' }), 422, 'email'],
    ['a JSON array', () => post([named]), 422],
    ['malformed JSON', () => rest('POST', '/api/public/complaints', { raw: '{', headers: { Origin: site, 'Content-Type': 'application/json' } }), 422],
    ['XML', () => rest('POST', '/api/public/complaints', { raw: '<complaint/>', headers: { Origin: site, 'Content-Type': 'application/xml' } }), 415],
    ['a huge body', () => post({ ...named, padding: 'x'.repeat(100_000) }), 413],
    ['a foreign origin', () => post(named, { Origin: 'https://evil.example' }), 403],
    ['an empty object', () => post({}), 422, 'regency'],
  ]

  it.each(bad)('refuses %s and writes nothing', async (_, send, status, field) => {
    const before = await count()
    const response = await send()
    expect(response.status).toBe(status)
    expect(response.body.errors?.length).toBeGreaterThan(0)
    if (field) expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field)
    expect(await count()).toBe(before)
  })

  it('answers a retried complaint with the first answer and records it once', async () => {
    const before = await count()
    const first = await post(named, { 'Idempotency-Key': 'aduan-ulang-00001' })
    const again = await post(named, { 'Idempotency-Key': 'aduan-ulang-00001' })
    expect(again.body).toEqual(first.body)
    expect(await count()).toBe(before + 1)
  })
})

describe('officers handle complaints', () => {
  it('replies, routes to the right agency and the citizen follows it, without internal notes', async () => {
    const { body } = await post(named)
    const saved = await complaintByCode(body.code)
    const officer = actors['agency-officer']
    const officerToken = officer.token
    const reply = await rest('PATCH', `/api/complaints/${saved.id}`, {
      token: officerToken,
      body: { status: 'in-progress', replyNote: 'Kami sedang memeriksa jadwal petugas loket.', internalNote: 'Cek absensi petugas Senin.' },
    })
    expect(reply.status).toBe(200)

    const dpmptsp = await agencyOf(payload, own.id, 'dpmptsp')
    const routed = await rest('PATCH', `/api/complaints/${saved.id}`, { token: actors['regency-admin'].token, body: { agency: dpmptsp.id } })
    expect(routed.status).toBe(200)
    // Routed away: the first agency's officer no longer sees it.
    const officersAgency = (officer.user as { agency?: any }).agency
    const officerAgencyId = typeof officersAgency === 'object' ? officersAgency.id : officersAgency
    if (String(officerAgencyId) !== String(dpmptsp.id)) expect((await rest('GET', `/api/complaints/${saved.id}`, { token: officerToken })).status).toBe(404)

    const tracked = await track(body.code, '3344')
    expect(tracked.status).toBe(200)
    expect(tracked.body.history.map((entry: { status: string }) => entry.status)).toEqual(['received', 'in-progress', 'in-progress'])
    expect(tracked.body.history[1].note).toBe('Kami sedang memeriksa jadwal petugas loket.')
    expect(tracked.body.history[2].note).toContain('diteruskan')
    expect(JSON.stringify(tracked.body)).not.toContain('absensi')
    expect(JSON.stringify(tracked.body)).not.toMatch(/Budi|6281322223344/)

    const staffView = await complaintByCode(body.code)
    expect(staffView.history?.at(1)?.internalNote).toBe('Cek absensi petugas Senin.')
    expect(staffView.replyNote ?? null).toBeNull()
  })

  it('refuses to route a complaint to an agency of another regency', async () => {
    const { body } = await post(named)
    const saved = await complaintByCode(body.code)
    const foreign = await agencyOf(payload, other.id, 'disdukcapil')
    const response = await rest('PATCH', `/api/complaints/${saved.id}`, { token: actors['province-admin'].token, body: { agency: foreign.id } })
    expect(response.status).toBe(400)
    expect((await complaintByCode(body.code)).agency).toEqual(saved.agency)
  })

  it('flags a complaint overdue once its due date has passed unanswered, and not once answered', async () => {
    const { body } = await post(named)
    const saved = await complaintByCode(body.code)
    await payload.update({ collection: 'complaints', id: saved.id, data: { dueDate: '2025-01-02' } as never, overrideAccess: true })
    const admin = actors['regency-admin'].token
    expect((await rest('GET', `/api/complaints/${saved.id}`, { token: admin })).body.overdue).toBe(true)
    await rest('PATCH', `/api/complaints/${saved.id}`, { token: admin, body: { status: 'answered', replyNote: 'Jadwal loket sudah diperbaiki.' } })
    const answered = await rest('GET', `/api/complaints/${saved.id}`, { token: admin })
    expect(answered.body.overdue).toBe(false)
    expect(answered.body.closedAt).toBeTruthy()
  })

  it('keeps complaints from anonymous visitors, editors and other regencies', async () => {
    expect((await rest('GET', '/api/complaints', { token: actors.anonymous.token })).status).toBe(403)
    expect((await rest('GET', '/api/complaints', { token: actors.editor.token })).status).toBe(403)
    const own = await rest('GET', '/api/complaints?limit=200&depth=0', { token: actors['regency-admin'].token })
    expect(own.body.totalDocs).toBeGreaterThan(0)
    for (const doc of own.body.docs) {
      expect(String(doc.regency)).not.toBe(String(other.id))
      expect(doc.pin).toBeUndefined()
    }
  })
})
