/**
 * Bad input for the endpoints that look things up or change one case (availability, tracking,
 * cancelling, the published IKM, and more survey submissions): each gets a 4xx with a message
 * and leaves every citizen collection exactly as it was.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { startStaffContext } from '../helpers/actors'
import type { Rest } from '../helpers/rest'

let payload: Payload
let rest: Rest
let code: string
let dates: string[]

const site = 'http://localhost:4321'
const serviceKey = 'kota-bandung/kartu-keluarga'
const collections = ['applications', 'bookings', 'complaints', 'survey-responses', 'application-documents'] as const
const snapshot = async () => Object.fromEntries(await Promise.all(collections.map(async (slug) => [slug, (await payload.count({ collection: slug, overrideAccess: true })).totalDocs])))
const get = (path: string, headers: Record<string, string> = {}) => rest('GET', path, { headers: { Origin: site, ...headers } })
const post = (path: string, body: unknown, headers: Record<string, string> = {}) => rest('POST', path, { body, headers: { Origin: site, ...headers } })
const raw = (path: string, body: string, type: string) => rest('POST', path, { raw: body, headers: { Origin: site, 'Content-Type': type } })

const hostile = ['<script>alert(1)</script>', "' OR 1=1 --", '{"$ne":null}', '../../etc/passwd', '%00', 'x'.repeat(5000), '😀😀😀😀']

beforeAll(async () => {
  process.env.SITE_ORIGINS = site
  process.env.PUBLIC_RATE_LIMIT_PER_MINUTE = '100000'
  ;({ payload, rest } = await startStaffContext())
  dates = (await get(`/api/public/bookings/availability?service=${serviceKey}`)).body.dates
  code = (await post('/api/public/bookings', { service: serviceKey, date: dates[0], time: '08:00', name: 'Ujang Saepudin', nik: '3273011010880004', phone: '081311112222' })).body.code
  expect(code).toMatch(/^ANT-/)
})

type Case = [string, () => Promise<{ status: number; body: any }>]

const expectRefused = async (send: Case[1]) => {
  const before = await snapshot()
  const response = await send()
  expect(response.status).toBeGreaterThanOrEqual(400)
  expect(response.status).toBeLessThan(500)
  expect(response.body.errors?.[0]?.message).toMatch(/[a-z]{3,}/)
  expect(await snapshot()).toEqual(before)
}

describe('GET /api/public/bookings/availability refuses', () => {
  const cases: Case[] = [
    ['no parameters', () => get('/api/public/bookings/availability')],
    ['an empty service', () => get('/api/public/bookings/availability?service=')],
    ['a service without regency', () => get('/api/public/bookings/availability?service=kartu-keluarga')],
    ['an upper-case key', () => get('/api/public/bookings/availability?service=Kota-Bandung/Kartu-Keluarga')],
    ['an unknown regency', () => get('/api/public/bookings/availability?service=kota-atlantis/kartu-keluarga')],
    ['a draft service', () => get('/api/public/bookings/availability?service=kota-bandung/konsultasi-perizinan-berusaha')],
    ['a service without bookings', () => get('/api/public/bookings/availability?service=kota-bandung/perekaman-ktp-el-tidak-ada')],
    ['an array of services', () => get(`/api/public/bookings/availability?service[]=${serviceKey}`)],
    ...hostile.map((value): Case => [`service ${value.slice(0, 12)}`, () => get(`/api/public/bookings/availability?service=${encodeURIComponent(value)}`)]),
    ['a malformed date', () => get(`/api/public/bookings/availability?service=${serviceKey}&date=7-12-2026`)],
    ['an impossible date', () => get(`/api/public/bookings/availability?service=${serviceKey}&date=2026-02-31`)],
    ['a month 13', () => get(`/api/public/bookings/availability?service=${serviceKey}&date=2026-13-01`)],
    ['a past date', () => get(`/api/public/bookings/availability?service=${serviceKey}&date=2020-01-06`)],
    ['today', () => get(`/api/public/bookings/availability?service=${serviceKey}&date=${new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10)}`)],
    ['a date years ahead', () => get(`/api/public/bookings/availability?service=${serviceKey}&date=2099-06-01`)],
    ['a date with a time', () => get(`/api/public/bookings/availability?service=${serviceKey}&date=${dates[0]}T08:00`)],
    ['a script as date', () => get(`/api/public/bookings/availability?service=${serviceKey}&date=%3Cscript%3E`)],
    ['words as date', () => get(`/api/public/bookings/availability?service=${serviceKey}&date=besok`)],
    ['a foreign origin', () => get(`/api/public/bookings/availability?service=${serviceKey}`, { Origin: 'https://evil.example' })],
  ]
  it('at least 25 kinds of bad input', () => expect(cases.length).toBeGreaterThanOrEqual(25))
  it.each(cases)('%s', async (_, send) => expectRefused(send))
})

describe('GET /api/public/track refuses', () => {
  const cases: Case[] = [
    ['no digits', () => get(`/api/public/track/${code}`)],
    ['3 digits', () => get(`/api/public/track/${code}?verify=000`)],
    ['5 digits', () => get(`/api/public/track/${code}?verify=00044`)],
    ['letters as digits', () => get(`/api/public/track/${code}?verify=abcd`)],
    ['wrong digits', () => get(`/api/public/track/${code}?verify=9999`)],
    ['the first 4 NIK digits instead of the last', () => get(`/api/public/track/${code}?verify=3273`)],
    ['a code with a broken check symbol', () => get(`/api/public/track/${code.slice(0, -1)}${code.endsWith('0') ? '1' : '0'}?verify=0004`)],
    ['a code of unknown kind', () => get(`/api/public/track/XYZ-0000-0000-0?verify=0004`)],
    ['a well-formed unknown code', () => get(`/api/public/track/ANT-0000-0000-0?verify=0004`)],
    ['an application code that does not exist', () => get(`/api/public/track/PMH-0000-0000-0?verify=0004`)],
    ['a complaint code that does not exist', () => get(`/api/public/track/ADU-0000-0000-0?verify=0004`)],
    ['a truncated code', () => get(`/api/public/track/${code.slice(0, 8)}?verify=0004`)],
    ['the form without a code', () => get('/api/public/track?verify=0004')],
    ['the form without anything', () => get('/api/public/track')],
    ...hostile.map((value): Case => [`code ${value.slice(0, 12)}`, () => get(`/api/public/track/${encodeURIComponent(value)}?verify=0004`)]),
    ...hostile.slice(0, 3).map((value): Case => [`verify ${value.slice(0, 12)}`, () => get(`/api/public/track/${code}?verify=${encodeURIComponent(value)}`)]),
    ['a foreign origin', () => get(`/api/public/track/${code}?verify=0004`, { Origin: 'https://evil.example' })],
  ]
  it('at least 25 kinds of bad input', () => expect(cases.length).toBeGreaterThanOrEqual(25))
  it.each(cases)('%s', async (_, send) => expectRefused(send))
  it('still finds the case with the right digits', async () => expect((await get(`/api/public/track/${code}?verify=0004`)).status).toBe(200))
})

describe('POST /api/public/bookings/{code}/cancel refuses', () => {
  const cancel = (body: unknown, target = code) => post(`/api/public/bookings/${encodeURIComponent(target)}/cancel`, body)
  const cases: Case[] = [
    ['no body', () => cancel({})],
    ['wrong digits', () => cancel({ verify: '9999' })],
    ['3 digits', () => cancel({ verify: '004' })],
    ['5 digits', () => cancel({ verify: '10004' })],
    ['digits as a number', () => cancel({ verify: 4 })],
    ['digits as an array', () => cancel({ verify: ['0004'] })],
    ['digits as an object', () => cancel({ verify: { $ne: '' } })],
    ['a boolean', () => cancel({ verify: true })],
    ['null', () => cancel({ verify: null })],
    ['an unknown code', () => cancel({ verify: '0004' }, 'ANT-0000-0000-0')],
    ['an application code', () => cancel({ verify: '0004' }, 'PMH-0000-0000-0')],
    ['a complaint code', () => cancel({ verify: '0004' }, 'ADU-0000-0000-0')],
    ['a broken check symbol', () => cancel({ verify: '0004' }, `${code.slice(0, -1)}${code.endsWith('0') ? '1' : '0'}`)],
    ...hostile.map((value): Case => [`code ${value.slice(0, 12)}`, () => cancel({ verify: '0004' }, value)]),
    ['a JSON array', () => post(`/api/public/bookings/${code}/cancel`, [{ verify: '0004' }])],
    ['malformed JSON', () => raw(`/api/public/bookings/${code}/cancel`, '{"verify":', 'application/json')],
    ['plain text', () => raw(`/api/public/bookings/${code}/cancel`, '0004', 'text/plain')],
    ['a huge body', () => post(`/api/public/bookings/${code}/cancel`, { verify: '0004', padding: 'x'.repeat(100_000) })],
    ['a foreign origin', () => post(`/api/public/bookings/${code}/cancel`, { verify: '0004' }, { Origin: 'https://evil.example' })],
  ]
  it('at least 25 kinds of bad input', () => expect(cases.length).toBeGreaterThanOrEqual(25))
  it.each(cases)('%s', async (_, send) => expectRefused(send))
  it('leaves the booking booked', async () => expect((await get(`/api/public/track/${code}?verify=0004`)).body.status).toBe('booked'))
})

describe('GET /api/public/ikm and POST /api/public/surveys refuse more', () => {
  const ikm: Case[] = [
    ['no filter', () => get('/api/public/ikm')],
    ['an agency alone', () => get('/api/public/ikm?agency=disdukcapil')],
    ['an unknown regency', () => get('/api/public/ikm?regency=kota-atlantis')],
    ['an unknown agency', () => get('/api/public/ikm?regency=kota-bandung&agency=tidak-ada')],
    ['an unknown service', () => get('/api/public/ikm?service=kota-bandung/tidak-ada')],
    ['a malformed from', () => get('/api/public/ikm?regency=kota-bandung&from=01-01-2026')],
    ['a malformed to', () => get('/api/public/ikm?regency=kota-bandung&to=kemarin')],
    ['from after to', () => get('/api/public/ikm?regency=kota-bandung&from=2026-12-31&to=2026-01-01')],
    ['an impossible date', () => get('/api/public/ikm?regency=kota-bandung&from=2026-02-30')],
    ['a service key without regency', () => get('/api/public/ikm?service=kartu-keluarga')],
    ...hostile.map((value): Case => [`regency ${value.slice(0, 12)}`, () => get(`/api/public/ikm?regency=${encodeURIComponent(value)}`)]),
    ...hostile.map((value): Case => [`service ${value.slice(0, 12)}`, () => get(`/api/public/ikm?service=${encodeURIComponent(value)}`)]),
    ['a foreign origin', () => get('/api/public/ikm?regency=kota-bandung', { Origin: 'https://evil.example' })],
  ]
  it('at least 25 kinds of bad IKM queries', () => expect(ikm.length).toBeGreaterThanOrEqual(25))
  it.each(ikm)('ikm: %s', async (_, send) => expectRefused(send))

  const valid = { service: serviceKey, u1: 4, u2: 3, u3: 3, u4: 4, u5: 3, u6: 4, u7: 4, u8: 2, u9: 3 }
  const surveys: Case[] = [
    ['a null score', () => post('/api/public/surveys', { ...valid, u7: null })],
    ['a score as an object', () => post('/api/public/surveys', { ...valid, u7: { value: 4 } })],
    ['a score of 1e1', () => post('/api/public/surveys', { ...valid, u7: '1e1' })],
    ['an age as text', () => post('/api/public/surveys', { ...valid, age: 'tiga puluh' })],
    ['a comment as an array', () => post('/api/public/surveys', { ...valid, comment: ['a'] })],
    ['a gender as a boolean', () => post('/api/public/surveys', { ...valid, gender: true })],
  ]
  it.each(surveys)('survey: %s', async (_, send) => expectRefused(send))
})
