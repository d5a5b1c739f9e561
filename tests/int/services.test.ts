/**
 * What editors rely on when they write services: slugs per regency, the completeness gate,
 * one-step creation from a province template, and drafts that citizens never see.
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
let n = 0

const template = async (slug: string) =>
  (await payload.find({ collection: 'service-templates', where: { slug: { equals: slug } }, depth: 0 })).docs[0] as any

/** A complete, publishable service body for a regency. */
const completeService = async (regencyId: number | string, slug: string) => ({
  title: `Layanan Uji ${n++}`,
  slug,
  category: 'kependudukan',
  regency: regencyId,
  agency: (await agencyOf(payload, regencyId, 'disdukcapil')).id,
  requirements: [{ document: 'KTP-el', form: 'original', count: 1, mandatory: true }],
  procedure: [{ title: 'Pemohon datang ke loket', actor: 'citizen' }],
  duration: { value: 1, unit: 'hours' },
  fee: { kind: 'free' },
  product: 'Dokumen uji',
  complaintChannels: [{ kind: 'lapor', contact: 'https://www.lapor.go.id' }],
  _status: 'published',
})

beforeAll(async () => {
  ;({ payload, rest, actors, own, other } = await startStaffContext())
})

describe('slugs', () => {
  it('are unique within a regency, not across regencies', async () => {
    const province = actors['province-admin'].token
    const first = await rest('POST', '/api/services', { token: province, body: await completeService(own.id, 'layanan-kembar') })
    expect(first.status, JSON.stringify(first.body)).toBe(201)
    const elsewhere = await rest('POST', '/api/services', { token: province, body: await completeService(other.id, 'layanan-kembar') })
    expect(elsewhere.status).toBe(201)

    const before = (await payload.count({ collection: 'services' })).totalDocs
    const duplicate = await rest('POST', '/api/services', { token: province, body: await completeService(own.id, 'layanan-kembar') })
    expect(duplicate.status).toBe(400)
    expect(JSON.stringify(duplicate.body)).toMatch(/Slug \\"layanan-kembar\\" sudah dipakai di kabupaten\/kota ini/)
    expect((await payload.count({ collection: 'services' })).totalDocs).toBe(before)
  })

  it('are also unique per regency in the database itself, for writes that bypass the hooks', async () => {
    const existing = (await payload.find({ collection: 'services', where: { regency: { equals: own.id } }, limit: 1, depth: 0 })).docs[0] as any
    await expect(
      payload.db.create({ collection: 'services', data: { ...(await completeService(own.id, existing.slug)) }, req: {} as never }),
    ).rejects.toThrow()
  })

  it('are made from the title when left empty', async () => {
    const body = { ...(await completeService(own.id, '')), title: 'Surat Keterangan Usaha (SKU) Baru' }
    delete (body as any).slug
    const response = await rest('POST', '/api/services', { token: actors.editor.token, body })
    expect(response.status, JSON.stringify(response.body)).toBe(201)
    expect(response.body.doc.slug).toBe('surat-keterangan-usaha-sku-baru')
  })
})

describe('the completeness gate', () => {
  it('refuses to publish a service with an empty citizen-facing component, naming it in Indonesian', async () => {
    const body: any = await completeService(own.id, `tanpa-produk-${n++}`)
    delete body.product
    body.complaintChannels = []
    const before = (await payload.count({ collection: 'services' })).totalDocs
    const response = await rest('POST', '/api/services', { token: actors.editor.token, body })
    expect(response.status).toBe(400)
    const messages = JSON.stringify(response.body)
    expect(messages).toMatch(/Produk pelayanan belum diisi/)
    expect(messages).toMatch(/Penanganan pengaduan belum diisi/)
    expect((await payload.count({ collection: 'services' })).totalDocs).toBe(before)
  })

  it('lets the same service be saved as a draft, then published once complete', async () => {
    const body: any = await completeService(own.id, `draf-dulu-${n++}`)
    delete body.product
    body._status = 'draft'
    const draft = await rest('POST', '/api/services?draft=true', { token: actors.editor.token, body })
    expect(draft.status, JSON.stringify(draft.body)).toBe(201)
    const id = draft.body.doc.id

    expect((await rest('PATCH', `/api/services/${id}`, { token: actors.editor.token, body: { _status: 'published' } })).status).toBe(400)
    const published = await rest('PATCH', `/api/services/${id}`, { token: actors.editor.token, body: { product: 'Surat keterangan', _status: 'published' } })
    expect(published.status, JSON.stringify(published.body)).toBe(200)
    expect(published.body.doc._status).toBe('published')
  })

  it('accepts an English edit whose untranslated texts fall back to Indonesian', async () => {
    const service = (await payload.find({ collection: 'services', where: { slug: { equals: 'akta-kelahiran' }, regency: { equals: own.id } }, depth: 0 })).docs[0]
    const response = await rest('PATCH', `/api/services/${service.id}?locale=en`, {
      token: actors.editor.token,
      body: { summary: 'Birth certificates for every child born in Kota Bandung.', _status: 'published' },
    })
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    const english = await payload.findByID({ collection: 'services', id: service.id, locale: 'en', depth: 0 })
    expect(english.summary).toBe('Birth certificates for every child born in Kota Bandung.')
  })
})

describe('creating a service from a province template', () => {
  it('copies every component in both languages into a draft of the user’s regency, with its agency', async () => {
    const source = await template('paspor-baru')
    const before = (await payload.count({ collection: 'services', where: { regency: { equals: own.id } } })).totalDocs
    const hasImmigration = Boolean(await agencyOf(payload, own.id, source.agencyKey))
    const response = await rest('POST', '/api/services/from-template', { token: actors['regency-admin'].token, body: { template: source.id } })
    if (!hasImmigration) {
      expect(response.status).toBe(422)
      return
    }
    expect(response.status, JSON.stringify(response.body)).toBe(201)
    const id = response.body.doc.id
    const [copyId, copyEn, sourceId, sourceEn] = (await Promise.all([
      payload.findByID({ collection: 'services', id, locale: 'id', draft: true, depth: 0 }),
      payload.findByID({ collection: 'services', id, locale: 'en', draft: true, depth: 0 }),
      payload.findByID({ collection: 'service-templates', id: source.id, locale: 'id', depth: 0 }),
      payload.findByID({ collection: 'service-templates', id: source.id, locale: 'en', depth: 0 }),
    ])) as any[]
    expect(copyId._status).toBe('draft')
    expect(copyId.regency).toBe(own.id)
    expect(copyId.agency).toBe((await agencyOf(payload, own.id, source.agencyKey)).id)
    expect(copyId.template).toBe(source.id)
    expect(copyId.slug).toMatch(/^paspor-baru(-\d+)?$/)
    expect([copyId.title, copyEn.title]).toEqual([sourceId.title, sourceEn.title])
    expect(copyId.requirements.map((row: any) => row.document)).toEqual(sourceId.requirements.map((row: any) => row.document))
    expect(copyEn.requirements.map((row: any) => row.document)).toEqual(sourceEn.requirements.map((row: any) => row.document))
    expect(copyEn.procedure.map((row: any) => row.title)).toEqual(sourceEn.procedure.map((row: any) => row.title))
    expect(copyId.fee).toMatchObject({ kind: sourceId.fee.kind, amount: sourceId.fee.amount, basis: sourceId.fee.basis })
    expect((await payload.count({ collection: 'services', where: { regency: { equals: own.id } } })).totalDocs).toBe(before + 1)

    const published = await rest('PATCH', `/api/services/${id}`, { token: actors['regency-admin'].token, body: { _status: 'published' } })
    expect(published.status, JSON.stringify(published.body)).toBe(200)
    expect((await rest('GET', `/api/services/${id}`)).status).toBe(200)
  })

  it('gives a second copy in the same regency its own slug', async () => {
    const source = await template('akta-kelahiran')
    const response = await rest('POST', '/api/services/from-template', { token: actors.editor.token, body: { template: source.id } })
    expect(response.status, JSON.stringify(response.body)).toBe(201)
    expect(response.body.doc.slug).toMatch(/^akta-kelahiran-\d+$/)
  })

  it('refuses, and creates nothing, for another regency, an unknown template, or a visitor', async () => {
    const source = await template('akta-kelahiran')
    const before = (await payload.count({ collection: 'services' })).totalDocs
    const foreign = await rest('POST', '/api/services/from-template', { token: actors.editor.token, body: { template: source.id, regency: other.id } })
    expect(foreign.status).toBeGreaterThanOrEqual(400)
    expect(foreign.status).toBeLessThan(500)
    const unknown = await rest('POST', '/api/services/from-template', { token: actors.editor.token, body: { template: 999999 } })
    expect(unknown.status).toBe(422)
    expect(unknown.body.errors[0].message).toBe('Templat layanan tidak ditemukan.')
    expect((await rest('POST', '/api/services/from-template', { body: { template: source.id } })).status).toBe(401)
    expect((await rest('POST', '/api/services/from-template', { token: actors['agency-officer'].token, body: { template: source.id } })).status).toBe(403)
    expect((await payload.count({ collection: 'services' })).totalDocs).toBe(before)
  })

  it('says which agency is missing when the regency has none for the template', async () => {
    const { docs } = await payload.find({ collection: 'agencies', where: { regency: { equals: own.id } }, pagination: false, depth: 0 })
    const present = new Set(docs.map((doc: any) => doc.catalogKey))
    const { docs: templates } = await payload.find({ collection: 'service-templates', pagination: false, depth: 0 })
    const orphan = templates.find((doc: any) => !present.has(doc.agencyKey)) as any
    if (!orphan) return // this regency hosts every catalog agency
    const response = await rest('POST', '/api/services/from-template', { token: actors.editor.token, body: { template: orphan.id } })
    expect(response.status).toBe(422)
    expect(response.body.errors[0].message).toContain(orphan.agencyKey)
  })
})

describe('drafts', () => {
  it('never reach anonymous visitors, whether new or a newer version of a published service', async () => {
    const draft = (await payload.find({ collection: 'services', draft: true, where: { slug: { equals: 'konsultasi-perizinan-berusaha' } }, depth: 0 })).docs[0]
    for (const query of ['', '?draft=true']) {
      expect((await rest('GET', `/api/services/${draft.id}${query}`)).status).toBe(404)
    }
    expect((await rest('GET', `/api/services?where[slug][equals]=konsultasi-perizinan-berusaha&draft=true`)).body.docs).toEqual([])

    const published = (await payload.find({ collection: 'services', where: { slug: { equals: 'kartu-keluarga' }, regency: { equals: own.id } }, depth: 0 })).docs[0] as any
    const secret = `RAHASIA DRAF ${n++}`
    const saved = await rest('PATCH', `/api/services/${published.id}?draft=true`, { token: actors.editor.token, body: { summary: secret } })
    expect(saved.status, JSON.stringify(saved.body)).toBe(200)
    for (const query of ['', '?draft=true']) {
      const seen = await rest('GET', `/api/services/${published.id}${query}`)
      expect(seen.status).toBe(200)
      expect(seen.body.summary).toBe(published.summary)
    }
    const list = await rest('GET', `/api/services?draft=true&limit=1000&where[regency][equals]=${own.id}`)
    expect(JSON.stringify(list.body)).not.toContain(secret)
    expect((await rest('GET', `/api/services/${published.id}?draft=true`, { token: actors.editor.token })).body.summary).toBe(secret)
  })
})
