import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

import type { Payload, SanitizedConfig } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { missingCitizenComponents } from '../../cms/domain/completeness'
import { demoAccountEmails } from '../../cms/seed/accounts'
import regencyList from '../../cms/seed/data/jabar-regencies.json'
import { LOCAL_SEED_PASSWORD } from '../../cms/seed/password'
import { startPayload } from '../helpers/payload'
import { login, restClient, type Rest } from '../helpers/rest'

let payload: Payload
let config: SanitizedConfig
let rest: Rest

beforeAll(async () => {
  ;({ payload, config } = await startPayload())
  rest = restClient(config)
})

describe('the seeded province', () => {
  it('has the 27 kabupaten/kota with their official Kemendagri codes', async () => {
    const { docs } = await payload.find({ collection: 'regencies', pagination: false, depth: 0, sort: 'code' })
    expect(docs.map((doc) => [doc.code, doc.name, doc.type, doc.slug])).toEqual(
      regencyList.regencies.map((regency) => [regency.code, regency.name, regency.type, regency.slug]),
    )
    expect(docs.filter((doc) => doc.type === 'kabupaten')).toHaveLength(18)
    expect(docs.filter((doc) => doc.type === 'kota')).toHaveLength(9)
  })

  it('keeps its copy of the regency list identical to the shared one', () => {
    const shared = path.resolve('../shared/data/jabar-regencies.json')
    if (!existsSync(shared)) return // a clone without the shared folder beside it
    expect(JSON.parse(readFileSync(shared, 'utf8'))).toEqual(regencyList)
  })

  it('has a master catalog of the common MPP services, in Indonesian and English', async () => {
    const { docs } = await payload.find({ collection: 'service-templates', pagination: false, depth: 0, locale: 'all' as never })
    expect(docs.length).toBeGreaterThanOrEqual(30)
    const slugs = docs.map((doc) => doc.slug).join(' ')
    for (const expected of ['ktp-el', 'kartu-keluarga', 'akta-kelahiran', 'akta-kematian', 'pindah', 'skck', 'paspor', 'stnk', 'balik-nama', 'nib', 'pbg', 'npwp', 'bpjs-kesehatan', 'bpjs-ketenagakerjaan', 'legalisir', 'ak1', 'pbb', 'air-minum']) {
      expect(slugs, expected).toContain(expected)
    }
    for (const doc of docs as any[]) {
      expect(doc.title.id, doc.slug).toBeTruthy()
      expect(doc.title.en, doc.slug).toBeTruthy()
      expect(doc.legalBasis.length, `${doc.slug} legal basis`).toBeGreaterThan(0)
    }
  })

  it('publishes only services that meet the completeness rule, each with an agency of its own regency', async () => {
    const { docs } = await payload.find({ collection: 'services', pagination: false, depth: 1, where: { _status: { equals: 'published' } } })
    expect(docs.length).toBeGreaterThan(15 * (process.env.SEED_REGENCIES?.split(',').length ?? 27))
    for (const doc of docs as any[]) {
      expect(missingCitizenComponents(doc), doc.slug).toEqual([])
      expect(doc.agency.regency, doc.slug).toBe(doc.regency.id)
    }
  })

  it('copies each template into the services in the right language', async () => {
    const templates = new Map(
      (await payload.find({ collection: 'service-templates', pagination: false, depth: 0, locale: 'all' as never })).docs.map((doc: any) => [doc.id, doc]),
    )
    const { docs } = await payload.find({ collection: 'services', pagination: false, depth: 0, locale: 'all' as never, where: { template: { exists: true } } })
    expect(docs.length).toBeGreaterThan(15 * (process.env.SEED_REGENCIES?.split(',').length ?? 27))
    for (const service of docs as any[]) {
      const template = templates.get(service.template)
      for (const locale of ['id', 'en']) {
        expect(service.title[locale], `${service.slug} title (${locale})`).toBe(template.title[locale])
        expect(
          service.requirements.map((row: any) => row.document[locale]),
          `${service.slug} requirements (${locale})`,
        ).toEqual(template.requirements.map((row: any) => row.document[locale]))
      }
    }
  })

  it('gives every seeded regency agencies and services, and Kota Bandung one unpublished draft', async () => {
    // A lane may seed services for some regencies only (SEED_REGENCIES); all 27 by default.
    const seeded = process.env.SEED_REGENCIES?.split(',') ?? regencyList.regencies.map((regency) => regency.slug)
    for (const regency of regencyList.regencies.filter((candidate) => seeded.includes(candidate.slug))) {
      const where = { 'regency.slug': { equals: regency.slug } }
      expect((await payload.count({ collection: 'agencies', where })).totalDocs, regency.slug).toBeGreaterThanOrEqual(10)
      expect((await payload.count({ collection: 'services', where })).totalDocs, regency.slug).toBeGreaterThanOrEqual(15)
    }
    const drafts = await payload.find({ collection: 'services', draft: true, where: { and: [{ 'regency.slug': { equals: 'kota-bandung' } }, { _status: { equals: 'draft' } }] } })
    expect(drafts.docs.map((doc) => doc.slug)).toEqual(['konsultasi-perizinan-berusaha'])
  })

  it('creates the documented demo accounts, who can log in with the local password', async () => {
    const { docs } = await payload.find({ collection: 'users', pagination: false, depth: 1 })
    const byEmail = new Map(docs.map((doc: any) => [doc.email, doc]))
    expect(byEmail.get(demoAccountEmails.province)?.role).toBe('province-admin')
    for (const regency of regencyList.regencies) {
      const admin: any = byEmail.get(demoAccountEmails.regencyAdmin(regency.slug))
      expect(admin?.role, regency.slug).toBe('regency-admin')
      expect(admin.regencies.map((row: any) => row.regency.slug)).toEqual([regency.slug])
    }
    const editor: any = byEmail.get(demoAccountEmails.editor)
    expect([editor.role, editor.regencies[0].regency.slug]).toEqual(['editor', 'kota-bandung'])
    const officer: any = byEmail.get(demoAccountEmails.officer)
    expect([officer.role, officer.regencies[0].regency.slug, officer.agency.catalogKey]).toEqual(['agency-officer', 'kota-bandung', 'disdukcapil'])
    expect(docs).toHaveLength(1 + 27 + 2)

    await expect(login(rest, demoAccountEmails.regencyAdmin('kota-banjar'), LOCAL_SEED_PASSWORD)).resolves.toBeTruthy()
    await expect(login(rest, demoAccountEmails.province, 'salah')).rejects.toThrow(/401/)
  })

  it('leaves an already seeded database alone', async () => {
    const { seed } = await import('../../cms/seed')
    const before = (await payload.count({ collection: 'services' })).totalDocs
    const result = await seed(payload, { password: LOCAL_SEED_PASSWORD })
    expect(result.skipped).toBe(true)
    expect((await payload.count({ collection: 'services' })).totalDocs).toBe(before)
  })
})
