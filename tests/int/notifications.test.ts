/**
 * Citizens' e-mail through a real SMTP receiver: a message on submission (booking, complaint,
 * application) and on each status change, with the code and the officer's note and without the
 * NIK; no message when the citizen gave no address.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startStaffContext, type Actor, type ActorName } from '../helpers/actors'
import type { Rest } from '../helpers/rest'
import { decoded, startSmtpReceiver } from '../helpers/smtpReceiver'

let payload: Payload
let rest: Rest
let actors: Record<ActorName, Actor>
let smtp: Awaited<ReturnType<typeof startSmtpReceiver>>

const site = 'http://localhost:4321'
const post = (path: string, body: unknown) => rest('POST', path, { body, headers: { Origin: site } })

beforeAll(async () => {
  smtp = await startSmtpReceiver()
  // The adapter is chosen when the config is imported, so the receiver comes first.
  process.env.SMTP_HOST = '127.0.0.1'
  process.env.SMTP_PORT = String(smtp.port)
  process.env.MAIL_FROM = 'MPP Digital Jawa Barat <noreply@mpp.test>'
  process.env.SITE_ORIGINS = site
  process.env.PUBLIC_RATE_LIMIT_PER_MINUTE = '10000'
  ;({ payload, rest, actors } = await startStaffContext())
})

afterAll(async () => {
  await smtp?.close()
})

describe('notification e-mail', () => {
  it('confirms a booking with its code, date and queue number', async () => {
    const dates = (await rest('GET', '/api/public/bookings/availability?service=kota-bandung/kartu-keluarga', { headers: { Origin: site } })).body.dates
    const { body } = await post('/api/public/bookings', { service: 'kota-bandung/kartu-keluarga', date: dates[0], time: '08:00', name: 'Rina Marlina', nik: '3273014506950003', phone: '081299998888', email: 'rina@contoh.id' })
    expect(body.code).toMatch(/^ANT-/)
    const mail = await smtp.waitFor('rina@contoh.id', [body.code, dates[0], `Nomor antrean: ${body.queueNumber}`])
    expect(decoded(mail.raw)).toContain('From: MPP Digital Jawa Barat <noreply@mpp.test>')
    expect(decoded(mail.raw)).not.toContain('3273014506950003')
  })

  it('tells a complainant of each reply, with the officer’s note', async () => {
    const { body } = await post('/api/public/complaints', {
      regency: 'kota-bandung',
      agency: 'disdukcapil',
      kind: 'information',
      message: 'Berapa lama pembuatan akta kelahiran untuk anak yang lahir di luar kota?',
      name: 'Asep Sunandar',
      phone: '082212345678',
      email: 'asep@contoh.id',
    })
    await smtp.waitFor('asep@contoh.id', [body.code, 'diterima'])
    const id = (await payload.find({ collection: 'complaints', where: { code: { equals: body.code } }, overrideAccess: true })).docs[0].id
    const reply = await rest('PATCH', `/api/complaints/${id}`, { token: actors['agency-officer'].token, body: { status: 'answered', replyNote: 'Akta kelahiran selesai dalam 1 hari kerja.', internalNote: 'rahasia internal' } })
    expect(reply.status).toBe(200)
    const mail = await smtp.waitFor('asep@contoh.id', [body.code, 'Selesai dijawab', 'Akta kelahiran selesai dalam 1 hari kerja.'])
    expect(decoded(mail.raw)).not.toContain('rahasia internal')
  })

  it('sends nothing when the citizen gave no e-mail address', async () => {
    const before = smtp.received.length
    const { body } = await post('/api/public/complaints', { regency: 'kota-bandung', kind: 'suggestion', message: 'Mohon tambahkan papan petunjuk arah ke loket Disdukcapil.', anonymous: true })
    expect(body.code).toMatch(/^ADU-/)
    await new Promise((resolve) => setTimeout(resolve, 1500))
    expect(smtp.received.length).toBe(before)
  })
})
