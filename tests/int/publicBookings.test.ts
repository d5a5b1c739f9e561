/**
 * Queue booking over real HTTP: free slots for a day, booking and cancelling, tracking, and
 * what citizens rely on most: a slot never takes more than its capacity, however many press
 * "Pesan" at once, and a cancelled seat can be booked again.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { agencyOf, startStaffContext, type Actor, type ActorName } from '../helpers/actors'
import type { Rest } from '../helpers/rest'

let payload: Payload
let rest: Rest
let actors: Record<ActorName, Actor>
let own: any
let dates: string[]

const site = 'http://localhost:4321'
const serviceKey = 'kota-bandung/kartu-keluarga'
const nik = '3273015708900001'
const person = { name: 'Siti Nurhaliza', nik, phone: '0812-3456-7890', email: 'siti@contoh.id' }
const json = (body: unknown, headers: Record<string, string> = {}) => ({ body, headers: { Origin: site, ...headers } })
const book = (body: unknown, headers: Record<string, string> = {}) => rest('POST', '/api/public/bookings', json(body, headers))
const availability = (query: string) => rest('GET', `/api/public/bookings/availability?${query}`, { headers: { Origin: site } })
const count = async () => (await payload.count({ collection: 'bookings', overrideAccess: true })).totalDocs

beforeAll(async () => {
  process.env.SITE_ORIGINS = site
  process.env.PUBLIC_RATE_LIMIT_PER_MINUTE = '10000'
  ;({ payload, rest, actors, own } = await startStaffContext())
  const open = await availability(`service=${serviceKey}`)
  expect(open.status).toBe(200)
  dates = open.body.dates
})

describe('GET /api/public/bookings/availability', () => {
  it('lists the bookable days, service days only, from tomorrow', async () => {
    expect(dates.length).toBeGreaterThanOrEqual(5)
    const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10)
    for (const date of dates) {
      expect(date > today).toBe(true)
      expect([1, 2, 3, 4, 5]).toContain(new Date(`${date}T00:00:00Z`).getUTCDay())
    }
  })

  it('gives each slot of a day with its free seats, fewer after a booking', async () => {
    const before = await availability(`service=${serviceKey}&date=${dates[0]}`)
    expect(before.status).toBe(200)
    expect(before.body.slots.map((slot: { time: string }) => slot.time)).toEqual(['08:00', '09:00', '10:00', '11:00', '13:00', '14:00'])
    const nine = before.body.slots.find((slot: { time: string }) => slot.time === '09:00')
    expect((await book({ service: serviceKey, date: dates[0], time: '09:00', ...person })).status).toBe(201)
    const after = await availability(`service=${serviceKey}&date=${dates[0]}`)
    expect(after.body.slots.find((slot: { time: string }) => slot.time === '09:00').free).toBe(nine.free - 1)
  })

  it.each([
    ['no service', 'date=2030-01-01', 'service'],
    ['an unknown service', `service=kota-bandung/tidak-ada`, 'service'],
    ['a malformed date', `service=${serviceKey}&date=31-12-2026`, 'date'],
    ['today', `service=${serviceKey}&date=${new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10)}`, 'date'],
    ['a date past the horizon', `service=${serviceKey}&date=2099-01-05`, 'date'],
  ])('refuses %s with 422', async (_, query, field) => {
    const response = await availability(query)
    expect(response.status).toBe(422)
    expect(response.body.errors[0].field).toBe(field)
  })
})

describe('POST /api/public/bookings', () => {
  it('books a seat and answers with the code, queue number and what to do next', async () => {
    const before = await count()
    const response = await book({ service: serviceKey, date: dates[1], time: '10:00', ...person })
    expect(response.status).toBe(201)
    expect(response.body).toMatchObject({ code: expect.stringMatching(/^ANT-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]$/), date: dates[1], time: '10:00', status: 'booked' })
    // 10:00 is the third slot; with 10 seats a slot, its first seat is number 021.
    expect(response.body.queueNumber).toBe('021')
    expect(response.body.next).toContain('KTP')
    expect(response.headers.get('access-control-allow-origin')).toBe(site)
    expect(await count()).toBe(before + 1)
    const { docs } = await payload.find({ collection: 'bookings', where: { code: { equals: response.body.code } }, overrideAccess: true, depth: 0 })
    expect(docs[0]).toMatchObject({ nik, phone: '+6281234567890', name: 'Siti Nurhaliza', regency: own.id })
  })

  it('answers a plain HTML form post with 303 to the confirmation, which shows the code', async () => {
    const form = new URLSearchParams({ service: serviceKey, date: dates[1], time: '11:00', ...person }).toString()
    const response = await rest('POST', '/api/public/bookings', { raw: form, headers: { Origin: site, Accept: 'text/html', 'Content-Type': 'application/x-www-form-urlencoded' } })
    expect(response.status).toBe(303)
    const location = response.headers.get('location')!
    const code = /\/api\/public\/terkirim\/(ANT-[^/?]+)/.exec(location)?.[1]
    expect(code).toBeTruthy()
    const page = await rest('GET', new URL(location).pathname, { headers: { Accept: 'text/html' } })
    expect(page.status).toBe(200)
    expect(page.body).toContain(code)
    expect(page.body).toContain('Langkah berikutnya')
    expect(page.body).not.toContain(nik)
  })

  it('answers a refused plain form post with an HTML page listing the problems and a way back', async () => {
    const before = await count()
    const form = new URLSearchParams({ service: serviceKey, date: dates[1], time: '11:00', ...person, nik: '12345' }).toString()
    const response = await rest('POST', '/api/public/bookings', {
      raw: form,
      headers: { Origin: site, Accept: 'text/html', Referer: `${site}/antrean/?layanan=${serviceKey}`, 'Content-Type': 'application/x-www-form-urlencoded' },
    })
    expect(response.status).toBe(422)
    expect(response.headers.get('content-type')).toContain('text/html')
    expect(response.body).toContain('NIK harus terdiri dari 16 angka')
    expect(response.body).toContain(`href="${site}/antrean/?layanan=${serviceKey}"`)
    expect(await count()).toBe(before)
  })

  const valid = () => ({ service: serviceKey, date: dates[2], time: '08:00', ...person })
  const without = (field: string) => Object.fromEntries(Object.entries(valid()).filter(([key]) => key !== field))
  const bad: [string, () => Promise<{ status: number; body: any }>, number, string?][] = [
    ['no service', () => book(without('service')), 422, 'service'],
    ['an unknown service', () => book({ ...valid(), service: 'kota-bandung/tidak-ada' }), 422, 'service'],
    ['a draft service', () => book({ ...valid(), service: 'kota-bandung/konsultasi-perizinan-berusaha' }), 422, 'service'],
    ['an object as service', () => book({ ...valid(), service: { $gt: '' } }), 422, 'service'],
    ['no date', () => book(without('date')), 422, 'date'],
    ['a malformed date', () => book({ ...valid(), date: '7/12/2026' }), 422, 'date'],
    ['an impossible date', () => book({ ...valid(), date: '2026-02-30' }), 422, 'date'],
    ['a past date', () => book({ ...valid(), date: '2024-01-02' }), 422, 'date'],
    ['a date past the horizon', () => book({ ...valid(), date: '2099-01-05' }), 422, 'date'],
    ['a Sunday', () => book({ ...valid(), date: nextSunday() }), 422, 'date'],
    ['no time', () => book(without('time')), 422, 'time'],
    ['a time outside the slots', () => book({ ...valid(), time: '12:00' }), 422, 'time'],
    ['a malformed time', () => book({ ...valid(), time: '9 pagi' }), 422, 'time'],
    ['no name', () => book(without('name')), 422, 'name'],
    ['a script as name', () => book({ ...valid(), name: '<script>alert(1)</script>' }), 422, 'name'],
    ['a 300-character name', () => book({ ...valid(), name: 'A'.repeat(300) }), 422, 'name'],
    ['no NIK', () => book(without('nik')), 422, 'nik'],
    ['a 15-digit NIK', () => book({ ...valid(), nik: '327301570890000' }), 422, 'nik'],
    ['a NIK with an impossible birth date', () => book({ ...valid(), nik: '3273013102900001' }), 422, 'nik'],
    ['a NIK born in the future', () => book({ ...valid(), nik: `32730101${String((new Date().getUTCFullYear() + 1) % 100).padStart(2, '0')}990001`.slice(0, 16) }), 422, 'nik'],
    ['a NIK as a number', () => book({ ...valid(), nik: 3273015708900001 }), 422, 'nik'],
    ['no phone', () => book(without('phone')), 422, 'phone'],
    ['a foreign phone', () => book({ ...valid(), phone: '+1 555 0100' }), 422, 'phone'],
    ['letters as phone', () => book({ ...valid(), phone: 'nomor saya' }), 422, 'phone'],
    ['a broken e-mail', () => book({ ...valid(), email: 'siti@' }), 422, 'email'],
    ['a JSON array', () => book([valid()]), 422],
    ['malformed JSON', () => rest('POST', '/api/public/bookings', { raw: '{"service":', headers: { Origin: site, 'Content-Type': 'application/json' } }), 422],
    ['plain text', () => rest('POST', '/api/public/bookings', { raw: 'pesan', headers: { Origin: site, 'Content-Type': 'text/plain' } }), 415],
    ['a huge body', () => book({ ...valid(), padding: 'x'.repeat(100_000) }), 413],
    ['a foreign origin', () => book(valid(), { Origin: 'https://evil.example' }), 403],
    ['a malformed Idempotency-Key', () => book(valid(), { 'Idempotency-Key': 'x' }), 422],
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

  it('answers a retried booking with the first answer and books once', async () => {
    const before = await count()
    const headers = { 'Idempotency-Key': 'antrean-ulang-0001' }
    const [first, again] = [await book({ ...valid(), time: '13:00' }, headers), await book({ ...valid(), time: '13:00' }, headers)]
    expect(first.status).toBe(201)
    expect(again.body).toEqual(first.body)
    expect(await count()).toBe(before + 1)
  })
})

function nextSunday() {
  const date = new Date(Date.now() + 7 * 3600_000)
  do date.setUTCDate(date.getUTCDate() + 1)
  while (date.getUTCDay() !== 0)
  return date.toISOString().slice(0, 10)
}

describe('capacity under concurrency', () => {
  it('lets exactly 5 of 200 simultaneous bookings into a slot of 5, and frees a cancelled seat', async () => {
    const service = (await payload.find({ collection: 'services', where: { and: [{ slug: { equals: 'kartu-keluarga' } }, { regency: { equals: own.id } }] }, overrideAccess: true, depth: 0 })).docs[0]
    await payload.update({ collection: 'services', id: service.id, data: { queue: { ...service.queue, capacity: 5 } } as never, overrideAccess: true })
    const date = dates[3]
    const answers = await Promise.all(Array.from({ length: 200 }, (_, index) => book({ service: serviceKey, date, time: '14:00', ...person, name: `Warga ${String.fromCharCode(65 + (index % 26))}` })))
    const tally: Record<number, number> = {}
    for (const answer of answers) tally[answer.status] = (tally[answer.status] ?? 0) + 1
    expect(tally, JSON.stringify(answers.find((answer) => answer.status !== 201 && answer.status !== 409)?.body)).toEqual({ 201: 5, 409: 195 })
    const full = answers.find((answer) => answer.status === 409)!
    expect(full.body.errors[0].message).toContain('sudah penuh')
    const held = await payload.find({ collection: 'bookings', where: { and: [{ date: { equals: date } }, { time: { equals: '14:00' } }] }, pagination: false, overrideAccess: true, depth: 0 })
    expect(held.docs).toHaveLength(5)
    expect(new Set(held.docs.map((doc) => doc.queueNumber)).size).toBe(5)

    const slot = async () => (await availability(`service=${serviceKey}&date=${date}`)).body.slots.find((entry: { time: string }) => entry.time === '14:00')
    expect((await slot()).free).toBe(0)
    const code = answers.find((answer) => answer.status === 201)!.body.code
    const cancelled = await rest('POST', `/api/public/bookings/${code}/cancel`, json({ verify: '0001' }))
    expect(cancelled.status).toBe(200)
    expect((await slot()).free).toBe(1)
    const again = await book({ service: serviceKey, date, time: '14:00', ...person })
    expect(again.status).toBe(201)
    expect((await book({ service: serviceKey, date, time: '14:00', ...person })).status).toBe(409)
  })
})

describe('cancel and track', () => {
  let code: string
  beforeAll(async () => {
    code = (await book({ service: serviceKey, date: dates[4], time: '08:00', ...person })).body.code
  })

  it('shows the status to whoever has the code and 4 digits of the NIK or phone, and nothing personal', async () => {
    for (const verify of ['0001', '7890']) {
      const response = await rest('GET', `/api/public/track/${code}?verify=${verify}`, { headers: { Origin: site } })
      expect(response.status).toBe(200)
      expect(response.body).toMatchObject({ code, kind: 'booking', status: 'booked', details: { date: dates[4], time: '08:00' } })
      expect(JSON.stringify(response.body)).not.toMatch(/3273015708900001|Siti|6281234567890|siti@contoh/)
    }
    const typed = await rest('GET', `/api/public/track/${code.toLowerCase().replace(/-/g, ' ')}?verify=0001`, { headers: { Origin: site } })
    expect(typed.status).toBe(200)
  })

  it('answers a wrong code and wrong digits alike', async () => {
    const wrongDigits = await rest('GET', `/api/public/track/${code}?verify=9999`, { headers: { Origin: site } })
    const otherCode = await rest('GET', `/api/public/track/ANT-0000-0000-0?verify=0001`, { headers: { Origin: site } })
    expect(wrongDigits.status).toBe(404)
    expect(wrongDigits.body).toEqual(otherCode.body.errors ? wrongDigits.body : otherCode.body)
    expect((await rest('GET', `/api/public/track/BUKAN-KODE?verify=0001`, { headers: { Origin: site } })).status).toBe(422)
    expect((await rest('GET', `/api/public/track/${code}`, { headers: { Origin: site } })).status).toBe(422)
  })

  it('shows the status as a page for the plain tracking form', async () => {
    const page = await rest('GET', `/api/public/track?code=${code}&verify=0001`, { headers: { Accept: 'text/html' } })
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toContain('text/html')
    expect(page.body).toContain('Terpesan')
    // A booking still to come can be cancelled from that page.
    expect(page.body).toContain(`/api/public/bookings/${code}/cancel`)
    expect(page.body).toContain('Batalkan antrean')
  })

  it('cancels only with the right digits, once, and tracking then says so', async () => {
    expect((await rest('POST', `/api/public/bookings/${code}/cancel`, json({ verify: '1234' }))).status).toBe(404)
    expect((await rest('POST', `/api/public/bookings/${code}/cancel`, json({}))).status).toBe(422)
    const plainCancel = await rest('POST', `/api/public/bookings/${code}/cancel`, { raw: 'verify=7890', headers: { Origin: site, Accept: 'text/html', 'Content-Type': 'application/x-www-form-urlencoded' } })
    expect(plainCancel.status).toBe(303)
    expect(plainCancel.headers.get('location')).toBe(`${site}/lacak/?kode=${encodeURIComponent(code)}`)
    expect((await rest('POST', `/api/public/bookings/${code}/cancel`, json({ verify: '7890' }))).status).toBe(409)
    const tracked = await rest('GET', `/api/public/track/${code}?verify=0001`, { headers: { Origin: site } })
    expect(tracked.body.status).toBe('cancelled')
    expect(tracked.body.history.map((entry: { status: string }) => entry.status)).toEqual(['booked', 'cancelled'])
  })
})

describe('who may read bookings', () => {
  it('is staff of the regency, an officer only their agency, never anonymous or editors', async () => {
    const disdukcapil = await agencyOf(payload, own.id, 'disdukcapil')
    const read = async (name: ActorName) => rest('GET', '/api/bookings?limit=100&depth=0', { token: actors[name].token })
    expect((await read('anonymous')).status).toBe(403)
    expect((await read('editor')).status).toBe(403)
    const officer = await read('agency-officer')
    expect(officer.status).toBe(200)
    const officersAgency = (actors['agency-officer'].user as { agency?: unknown }).agency
    for (const doc of officer.body.docs) expect(doc.agency).toEqual(typeof officersAgency === 'object' ? (officersAgency as { id: unknown }).id : officersAgency)
    const admin = await read('regency-admin')
    expect(admin.body.totalDocs).toBeGreaterThan(0)
    for (const doc of admin.body.docs) expect(doc.regency).toEqual(own.id)
    expect(disdukcapil).toBeTruthy()
  })
})
