/**
 * Online applications over real HTTP, documents included: what is stored (and where), what bad
 * uploads get, who may open a document, and the officer's workflow the citizen then tracks.
 * Every refused submission must leave the applications, the document records and the private
 * folder exactly as they were.
 */
import { readdirSync } from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { startStaffContext, type Actor, type ActorName } from '../helpers/actors'
import { tinyPng } from '../helpers/png'
import type { Rest } from '../helpers/rest'

let payload: Payload
let rest: Rest
let actors: Record<ActorName, Actor>
let own: any
let service: any
let mandatory: number[]
let png: Buffer

const site = 'http://localhost:4321'
const serviceKey = 'kota-bandung/kartu-keluarga'
const pdf = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\nxref\n0 2\ntrailer<</Root 1 0 R>>\nstartxref\n9\n%%EOF\n')
const person = { name: 'Dewi Lestari', nik: '3273016203850002', phone: '+62 857-1111-2222', email: 'dewi@contoh.id' }
const answers = { alamat: 'Jl. Merdeka No. 10, Bandung', alasan: 'Perubahan data' }

const privateFiles = () => {
  try {
    return readdirSync(path.join(process.env.DATA_DIR!, 'private', 'application-documents')).length
  } catch {
    return 0
  }
}
const state = async () => ({
  applications: (await payload.count({ collection: 'applications', overrideAccess: true })).totalDocs,
  documents: (await payload.count({ collection: 'application-documents', overrideAccess: true })).totalDocs,
  files: privateFiles(),
})

type Files = Record<string, { data: Buffer; type: string; name: string }>
const allDocuments = (): Files => Object.fromEntries(mandatory.map((index, n) => [`dokumen-${index + 1}`, n % 2 ? { data: png, type: 'image/png', name: 'foto.png' } : { data: pdf, type: 'application/pdf', name: 'scan.pdf' }]))

function multipart(fields: Record<string, string>, files: Files) {
  const form = new FormData()
  for (const [name, value] of Object.entries(fields)) form.append(name, value)
  for (const [name, file] of Object.entries(files)) form.append(name, new Blob([new Uint8Array(file.data)], { type: file.type }), file.name)
  return form
}
const apply = (fields: Record<string, string> = {}, files: Files = allDocuments(), headers: Record<string, string> = {}) =>
  rest('POST', '/api/public/applications', { raw: multipart({ service: serviceKey, ...person, ...answers, ...fields }, files), headers: { Origin: site, ...headers } })

beforeAll(async () => {
  process.env.SITE_ORIGINS = site
  process.env.PUBLIC_RATE_LIMIT_PER_MINUTE = '10000'
  process.env.APPLICATION_UPLOAD_MAX_BYTES = String(1024 * 1024)
  ;({ payload, rest, actors, own } = await startStaffContext())
  png = await tinyPng()
  service = (await payload.find({ collection: 'services', where: { and: [{ slug: { equals: 'kartu-keluarga' } }, { regency: { equals: own.id } }] }, overrideAccess: true, depth: 0 })).docs[0]
  await payload.update({
    collection: 'services',
    id: service.id,
    overrideAccess: true,
    data: {
      onlineForm: [
        { name: 'alamat', label: 'Alamat sekarang', type: 'textarea', required: true },
        { name: 'alasan', label: 'Alasan permohonan', type: 'select', choices: ['KK baru', 'Perubahan data', 'Hilang atau rusak'], required: true },
        { name: 'tanggal_nikah', label: 'Tanggal pernikahan', type: 'date', required: false },
      ],
    } as never,
  })
  mandatory = (service.requirements ?? []).flatMap((row: { mandatory?: boolean }, index: number) => (row.mandatory === false ? [] : [index]))
  expect(mandatory.length).toBeGreaterThan(0)
})

describe('POST /api/public/applications', () => {
  it('stores the application and its documents privately, named by the case', async () => {
    const before = await state()
    const response = await apply()
    expect(response.status, JSON.stringify(response.body)).toBe(201)
    expect(response.body).toMatchObject({ code: expect.stringMatching(/^PMH-/), status: 'received', documents: mandatory.length })
    const after = await state()
    expect(after).toEqual({ applications: before.applications + 1, documents: before.documents + mandatory.length, files: before.files + mandatory.length })
    const saved = (await payload.find({ collection: 'applications', where: { code: { equals: response.body.code } }, overrideAccess: true, depth: 1 })).docs[0]
    expect(saved).toMatchObject({ nik: person.nik, phone: '+6285711112222', answers, regency: expect.anything() })
    for (const row of saved.documents ?? []) expect((row.file as { filename: string }).filename).toMatch(new RegExp(`^${response.body.code}-\\d+\\.(pdf|png)$`))
  })

  it('takes a plain form post with files and answers 303 to the confirmation', async () => {
    const response = await apply({}, allDocuments(), { Accept: 'text/html' })
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toMatch(/\/api\/public\/terkirim\/PMH-/)
  })

  it('answers a retried application with the first answer and stores it once', async () => {
    const before = await state()
    const first = await apply({}, allDocuments(), { 'Idempotency-Key': 'permohonan-ulang-01' })
    const again = await apply({}, allDocuments(), { 'Idempotency-Key': 'permohonan-ulang-01' })
    expect(again.body).toEqual(first.body)
    expect((await state()).applications).toBe(before.applications + 1)
  })

  const firstDocument = () => `dokumen-${mandatory[0] + 1}`
  const withDocument = (file: Files[string]) => ({ ...allDocuments(), [firstDocument()]: file })
  const exe = Buffer.concat([Buffer.from('MZ\x90\x00'), Buffer.alloc(200)])
  const bad: [string, () => Promise<{ status: number; body: any }>, number, string?][] = [
    ['no service', () => apply({ service: '' }), 422, 'service'],
    ['an unknown service', () => apply({ service: 'kota-bandung/tidak-ada' }), 422, 'service'],
    ['a service without online applications', () => apply({ service: 'kota-bandung/perekaman-ktp-el' }), 422, 'service'],
    ['a draft service', () => apply({ service: 'kota-bandung/konsultasi-perizinan-berusaha' }), 422, 'service'],
    ['no name', () => apply({ name: '' }), 422, 'name'],
    ['a script as name', () => apply({ name: '<script>alert(1)</script>' }), 422, 'name'],
    ['no NIK', () => apply({ nik: '' }), 422, 'nik'],
    ['a NIK with letters', () => apply({ nik: '32730162O3850002' }), 422, 'nik'],
    ['a NIK born on 32 March', () => apply({ nik: '3273017203850002' }), 422, 'nik'],
    ['a NIK of an unknown province', () => apply({ nik: '9973016203850002' }), 422, 'nik'],
    ['no phone', () => apply({ phone: '' }), 422, 'phone'],
    ['a too short phone', () => apply({ phone: '0812' }), 422, 'phone'],
    ['a broken e-mail', () => apply({ email: 'dewi@@contoh' }), 422, 'email'],
    ['a missing required answer', () => apply({ alamat: '' }), 422, 'alamat'],
    ['a choice not offered', () => apply({ alasan: 'Iseng' }), 422, 'alasan'],
    ['a malformed date answer', () => apply({ tanggal_nikah: '17 Agustus' }), 422, 'tanggal_nikah'],
    ['a too long answer', () => apply({ alamat: 'x'.repeat(3000) }), 422, 'alamat'],
    ['a missing mandatory document', () => apply({}, Object.fromEntries(Object.entries(allDocuments()).slice(1))), 422],
    ['a document the service does not ask for', () => apply({}, { ...allDocuments(), 'dokumen-99': { data: pdf, type: 'application/pdf', name: 'x.pdf' } }), 422, 'dokumen-99'],
    ['an executable named .pdf', () => apply({}, withDocument({ data: exe, type: 'application/pdf', name: 'ktp.pdf' })), 415],
    ['text claiming to be a PNG', () => apply({}, withDocument({ data: Buffer.from('bukan gambar'), type: 'image/png', name: 'kk.png' })), 415],
    ['a PDF cut off mid-upload', () => apply({}, withDocument({ data: pdf.subarray(0, 30), type: 'application/pdf', name: 'potong.pdf' })), 415],
    ['an SVG with script', () => apply({}, withDocument({ data: Buffer.from('<svg onload="alert(1)"/>'), type: 'image/svg+xml', name: 'kk.svg' })), 415],
    ['a document over the size limit', () => apply({}, withDocument({ data: Buffer.concat([pdf, Buffer.alloc(1024 * 1024 + 10)]), type: 'application/pdf', name: 'besar.pdf' })), 413],
    ['eleven documents', () => apply({}, Object.fromEntries(Array.from({ length: 11 }, (_, index) => [`dokumen-${index + 1}`, { data: pdf, type: 'application/pdf', name: 'a.pdf' }]))), 413],
    ['JSON without the mandatory documents', () => rest('POST', '/api/public/applications', { body: { service: serviceKey, ...person, ...answers }, headers: { Origin: site } }), 422],
    ['plain text', () => rest('POST', '/api/public/applications', { raw: 'mohon', headers: { Origin: site, 'Content-Type': 'text/plain' } }), 415],
    ['a huge JSON body', () => rest('POST', '/api/public/applications', { body: { service: serviceKey, padding: 'x'.repeat(100_000) }, headers: { Origin: site } }), 413],
    ['a foreign origin', () => apply({}, allDocuments(), { Origin: 'https://evil.example' }), 403],
  ]

  it.each(bad)('refuses %s and stores nothing', async (_, send, status, field) => {
    const before = await state()
    const response = await send()
    expect(response.status).toBe(status)
    expect(response.body.errors?.length).toBeGreaterThan(0)
    if (field) expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field)
    expect(await state()).toEqual(before)
  })
})

describe('documents and personal data in the CMS', () => {
  let application: any
  beforeAll(async () => {
    const { body } = await apply()
    application = (await payload.find({ collection: 'applications', where: { code: { equals: body.code } }, overrideAccess: true, depth: 1 })).docs[0]
  })
  const fileURL = () => (application.documents[0].file as { url: string }).url
  const auditEntries = async () => (await payload.count({ collection: 'audit-log', where: { caseCode: { equals: application.code } }, overrideAccess: true })).totalDocs

  it('serves a document to the agency officer only, and records each opening', async () => {
    const before = await auditEntries()
    const opened = await rest('GET', new URL(fileURL(), 'http://x').pathname, { token: actors['agency-officer'].token })
    expect(opened.status).toBe(200)
    expect(await auditEntries()).toBe(before + 1)
    for (const name of ['anonymous', 'editor'] as ActorName[]) {
      const refused = await rest('GET', new URL(fileURL(), 'http://x').pathname, { token: actors[name].token })
      expect(refused.status).toBeGreaterThanOrEqual(400)
      expect(refused.status).toBeLessThan(500)
    }
  })

  it('masks NIK and phone in lists, shows them in full on the detail view and records that view', async () => {
    const officer = actors['agency-officer'].token
    const list = await rest('GET', `/api/applications?where[code][equals]=${application.code}&depth=0`, { token: officer })
    expect(list.body.docs[0].nik).toBe('3273********0002')
    expect(list.body.docs[0].phone).toMatch(/^\+62857\*+22$/)
    const before = await auditEntries()
    const detail = await rest('GET', `/api/applications/${application.id}?depth=0`, { token: officer })
    expect(detail.body.nik).toBe(person.nik)
    expect(await auditEntries()).toBe(before + 1)
    const log = await rest('GET', `/api/audit-log?where[caseCode][equals]=${application.code}&depth=0`, { token: actors['regency-admin'].token })
    expect(log.status).toBe(200)
    expect(log.body.docs.some((entry: any) => String(entry.user) === String(actors['agency-officer'].user.id) && entry.action === 'view-personal-data')).toBe(true)
  })

  it('keeps the audit log from officers, editors and anonymous visitors', async () => {
    for (const name of ['anonymous', 'editor', 'agency-officer'] as ActorName[]) {
      expect((await rest('GET', '/api/audit-log', { token: actors[name].token })).status).toBe(403)
    }
  })

  it('moves the application along its process; the citizen tracks each note but no internal one', async () => {
    const officer = actors['agency-officer'].token
    const step = (body: Record<string, unknown>) => rest('PATCH', `/api/applications/${application.id}`, { token: officer, body })
    expect((await step({ status: 'completed' })).status).toBe(400)
    expect((await step({ status: 'verifying', replyNote: 'Berkas sedang diperiksa.' })).status).toBe(200)
    expect((await step({ status: 'needs-revision', replyNote: 'Foto KK kurang jelas; unggah ulang di loket.', internalNote: 'Scan buram' })).status).toBe(200)
    expect((await step({ status: 'verifying' })).status).toBe(200)
    expect((await step({ status: 'in-process', replyNote: 'Berkas lengkap, KK sedang dicetak.' })).status).toBe(200)
    expect((await step({ status: 'completed', replyNote: 'KK dapat diambil di loket 3.' })).status).toBe(200)
    expect((await step({ status: 'verifying' })).status).toBe(400)

    const tracked = await rest('GET', `/api/public/track/${application.code}?verify=0002`, { headers: { Origin: site } })
    expect(tracked.status).toBe(200)
    expect(tracked.body.history.map((entry: { status: string }) => entry.status)).toEqual(['received', 'verifying', 'needs-revision', 'verifying', 'in-process', 'completed'])
    expect(tracked.body.history.at(-1).note).toBe('KK dapat diambil di loket 3.')
    expect(JSON.stringify(tracked.body)).not.toMatch(/Scan buram|Dewi|3273016203850002|dokumen/)
  })
})
