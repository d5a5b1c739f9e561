/**
 * The retention job (Payload jobs): personal data of cases closed longer than RETENTION_DAYS is
 * erased, documents included, while the anonymous record stays and still counts; open and
 * recently closed cases keep everything.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { startStaffContext, type Actor, type ActorName } from '../helpers/actors'
import type { Rest } from '../helpers/rest'

let payload: Payload
let rest: Rest
let actors: Record<ActorName, Actor>

const site = 'http://localhost:4321'
const pdf = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\nxref\n0 2\ntrailer<</Root 1 0 R>>\nstartxref\n9\n%%EOF\n')
const person = { name: 'Yayan Ruhian', nik: '3204011203800005', phone: '081377776666', email: 'yayan@contoh.id' }

async function submitApplication() {
  const service = (await payload.find({ collection: 'services', where: { slug: { equals: 'kartu-keluarga' } }, overrideAccess: true, depth: 0, limit: 1 })).docs[0] as any
  const form = new FormData()
  for (const [name, value] of Object.entries({ service: 'kota-bandung/kartu-keluarga', ...person })) form.append(name, value)
  ;(service.requirements ?? []).forEach((row: { mandatory?: boolean }, index: number) => {
    if (row.mandatory !== false) form.append(`dokumen-${index + 1}`, new Blob([new Uint8Array(pdf)], { type: 'application/pdf' }), 'scan.pdf')
  })
  const response = await rest('POST', '/api/public/applications', { raw: form, headers: { Origin: site } })
  expect(response.status).toBe(201)
  return (await payload.find({ collection: 'applications', where: { code: { equals: response.body.code } }, overrideAccess: true, depth: 1 })).docs[0] as any
}

const close = async (id: number | string, daysAgo: number) => {
  const officer = actors['agency-officer'].token
  for (const status of ['verifying', 'in-process', 'completed']) await rest('PATCH', `/api/applications/${id}`, { token: officer, body: { status, replyNote: `Langkah ${status} untuk Yayan` } })
  await payload.update({ collection: 'applications', id, overrideAccess: true, data: { closedAt: new Date(Date.now() - daysAgo * 86_400_000).toISOString() } as never })
}

beforeAll(async () => {
  process.env.SITE_ORIGINS = site
  process.env.PUBLIC_RATE_LIMIT_PER_MINUTE = '10000'
  process.env.RETENTION_DAYS = '30'
  ;({ payload, rest, actors } = await startStaffContext())
})

describe('erasing personal data after the retention period', () => {
  it('erases an expired closed case through the scheduled task, keeps the anonymous record and leaves others alone', async () => {
    const expired = await submitApplication()
    const recent = await submitApplication()
    const open = await submitApplication()
    await close(expired.id, 31)
    await close(recent.id, 5)
    const files = expired.documents.map((row: any) => path.join(process.env.DATA_DIR!, 'private', 'application-documents', row.file.filename))
    for (const file of files) expect(existsSync(file)).toBe(true)

    await payload.jobs.queue({ task: 'erasePersonalData', input: {}, queue: 'retention' })
    await payload.jobs.run({ queue: 'retention' })

    const after = (id: number | string) => payload.findByID({ collection: 'applications', id, overrideAccess: true, depth: 0 }) as Promise<any>
    const gone = await after(expired.id)
    expect(gone).toMatchObject({ name: null, nik: null, phone: null, email: null, answers: null, documents: [], status: 'completed', erasedAt: expect.any(String) })
    expect(gone.service).toEqual(expired.service.id ?? expired.service)
    expect(JSON.stringify(gone)).not.toMatch(/Yayan|3204011203800005/)
    for (const file of files) expect(existsSync(file)).toBe(false)
    expect(await payload.count({ collection: 'application-documents', where: { caseCode: { equals: expired.code } }, overrideAccess: true })).toMatchObject({ totalDocs: 0 })

    const kept = await after(recent.id)
    expect(kept.nik).toBe(person.nik)
    // Never erased: null on SQLite, absent on MongoDB.
    expect(kept.erasedAt ?? null).toBeNull()
    expect(await after(open.id)).toMatchObject({ nik: person.nik, status: 'received' })
    // The erased case still counts: it is a completed application of its service.
    expect((await payload.count({ collection: 'applications', where: { status: { equals: 'completed' } }, overrideAccess: true })).totalDocs).toBeGreaterThanOrEqual(2)
  })

  it('erases bookings whose day is past the period, and expired closed complaints', async () => {
    const service = (await payload.find({ collection: 'services', limit: 1, overrideAccess: true, depth: 0 })).docs[0] as any
    const booking = await payload.create({
      collection: 'bookings',
      overrideAccess: true,
      data: { code: 'ANT-0000-0001-X', service: service.id, agency: service.agency, regency: service.regency, date: '2020-01-06', time: '08:00', queueNumber: '001', seatKey: 'lama|1', status: 'served', ...person } as never,
    })
    const complaint = await rest('POST', '/api/public/complaints', { body: { regency: 'kota-bandung', kind: 'complaint', message: 'Petugas meminta uang tambahan di luar tarif resmi.', ...person }, headers: { Origin: site } })
    const saved = (await payload.find({ collection: 'complaints', where: { code: { equals: complaint.body.code } }, overrideAccess: true })).docs[0]
    await payload.update({ collection: 'complaints', id: saved.id, overrideAccess: true, data: { status: 'answered', closedAt: '2020-02-01T00:00:00.000Z' } as never })

    await payload.jobs.queue({ task: 'erasePersonalData', input: {}, queue: 'retention' })
    await payload.jobs.run({ queue: 'retention' })

    expect(await payload.findByID({ collection: 'bookings', id: booking.id, overrideAccess: true })).toMatchObject({ nik: null, phone: null, name: null, status: 'served', date: '2020-01-06' })
    const erasedComplaint = (await payload.findByID({ collection: 'complaints', id: saved.id, overrideAccess: true, showHiddenFields: true })) as any
    expect(erasedComplaint).toMatchObject({ nik: null, phone: null, kind: 'complaint', status: 'answered' })
    expect(erasedComplaint.message).not.toContain('uang tambahan')
  })
})
