/**
 * The access-control matrix: every role × collection × create/read/update/delete, on a
 * document of the actor's own regency and of another regency, through the Local API with
 * `overrideAccess: false` and through the REST handlers with a session cookie. Everyone but
 * the province admin belongs to Kota Bandung; "other" is Kabupaten Sumedang.
 */
import type { CollectionSlug, Payload, SanitizedConfig } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { agencyOf, loadActors, OTHER_REGENCY, OWN_REGENCY, regencyBySlug, type Actor, type ActorName } from '../helpers/actors'
import { startPayload } from '../helpers/payload'
import { tinyPng } from '../helpers/png'
import { restClient, type Rest } from '../helpers/rest'

type Op = 'create' | 'read' | 'update' | 'delete'
/** own/other: the actor's regency or another; shared: not regency-bound (templates); throwaway: a fresh regency. */
type Target = 'own' | 'other' | 'shared' | 'throwaway'
type ID = number | string

const everyone: ActorName[] = ['anonymous', 'province-admin', 'regency-admin', 'editor', 'agency-officer']
const staff: ActorName[] = ['province-admin', 'regency-admin', 'editor', 'agency-officer']

/** Who may do what. Anything not listed is denied. */
const matrix: Record<string, Partial<Record<Op, Partial<Record<Target, ActorName[]>>>>> = {
  regencies: {
    create: { throwaway: ['province-admin'] },
    read: { own: everyone, other: ['anonymous', 'province-admin'] },
    update: { own: ['province-admin', 'regency-admin'], other: ['province-admin'] },
    delete: { throwaway: ['province-admin'] },
  },
  agencies: {
    create: { own: ['province-admin', 'regency-admin'], other: ['province-admin'] },
    read: { own: everyone, other: ['anonymous', 'province-admin'] },
    update: { own: ['province-admin', 'regency-admin', 'editor'], other: ['province-admin'] },
    delete: { own: ['province-admin', 'regency-admin'], other: ['province-admin'] },
  },
  services: {
    create: { own: ['province-admin', 'regency-admin', 'editor'], other: ['province-admin'] },
    read: { own: everyone, other: ['anonymous', 'province-admin'] },
    update: { own: ['province-admin', 'regency-admin', 'editor'], other: ['province-admin'] },
    delete: { own: ['province-admin', 'regency-admin'], other: ['province-admin'] },
  },
  'service-templates': {
    create: { shared: ['province-admin'] },
    read: { shared: staff },
    update: { shared: ['province-admin'] },
    delete: { shared: ['province-admin'] },
  },
  media: {
    create: { own: ['province-admin', 'regency-admin', 'editor'], other: ['province-admin'] },
    read: { own: everyone, other: ['anonymous', 'province-admin'] },
    update: { own: ['province-admin', 'regency-admin', 'editor'], other: ['province-admin'] },
    delete: { own: ['province-admin', 'regency-admin'], other: ['province-admin'] },
  },
  // Citizens' submissions: created only by the public endpoints, never through the staff API;
  // read and handled by the province, the regency's admin and the agency's officers.
  applications: {
    create: { own: [], other: [] },
    read: { own: ['province-admin', 'regency-admin', 'agency-officer'], other: ['province-admin'] },
    update: { own: ['province-admin', 'regency-admin', 'agency-officer'], other: ['province-admin'] },
    delete: { own: ['province-admin'], other: ['province-admin'] },
  },
  'application-documents': {
    create: { own: [], other: [] },
    read: { own: ['province-admin', 'regency-admin', 'agency-officer'], other: ['province-admin'] },
    delete: { own: ['province-admin'], other: ['province-admin'] },
  },
  bookings: {
    create: { own: [], other: [] },
    read: { own: ['province-admin', 'regency-admin', 'agency-officer'], other: ['province-admin'] },
    update: { own: ['province-admin', 'regency-admin', 'agency-officer'], other: ['province-admin'] },
    delete: { own: ['province-admin'], other: ['province-admin'] },
  },
  complaints: {
    create: { own: [], other: [] },
    read: { own: ['province-admin', 'regency-admin', 'agency-officer'], other: ['province-admin'] },
    update: { own: ['province-admin', 'regency-admin', 'agency-officer'], other: ['province-admin'] },
    delete: { own: ['province-admin'], other: ['province-admin'] },
  },
  'survey-responses': {
    create: { own: [], other: [] },
    read: { own: ['province-admin', 'regency-admin', 'agency-officer'], other: ['province-admin'] },
    update: { own: [], other: [] },
    delete: { own: ['province-admin'], other: ['province-admin'] },
  },
  // Who looked at personal data: answerable to the province and the regency's admin only.
  'audit-log': {
    create: { own: [], other: [] },
    read: { own: ['province-admin', 'regency-admin'], other: ['province-admin'] },
    update: { own: [], other: [] },
    delete: { own: [], other: [] },
  },
  users: {
    create: { own: ['province-admin', 'regency-admin'], other: ['province-admin'] },
    read: { own: ['province-admin', 'regency-admin'], other: ['province-admin'] },
    update: { own: ['province-admin', 'regency-admin'], other: ['province-admin'] },
    delete: { own: ['province-admin', 'regency-admin'], other: ['province-admin'] },
  },
}

let payload: Payload
let config: SanitizedConfig
let rest: Rest
let actors: Record<ActorName, Actor>
const regencyIds: Partial<Record<Target, ID>> = {}
const agencyIds: Partial<Record<Target, ID>> = {}
const serviceIds: Partial<Record<Target, ID>> = {}
let png: Buffer
let counter = 0
let regencyCodes = 0
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`

/** How to make, find and change a document of each collection in a given regency. */
interface Fixture {
  updateField: string
  data: (target: Target) => Record<string, unknown>
  /** Creates a document as the system (for read, update and delete attempts). */
  make: (target: Target) => Promise<ID>
  upload?: boolean
  draft?: boolean
  /** When hooks transform what is saved (a case's status), the change to send and how to see it applied. */
  update?: { data: Record<string, unknown>; applied: (doc: any) => boolean }
}

const caseOf = (target: Target) => ({ regency: regencyIds[target], agency: agencyIds[target], service: serviceIds[target] })
const person = { name: 'Warga Uji', nik: '3273015708900001', phone: '+6281234567890' }

const fixtures: Record<string, Fixture> = {
  regencies: {
    updateField: 'address',
    // Codes 32.20–32.69 are unused by the real 27 (32.01–32.18, 32.71–32.79).
    data: () => ({ name: `Kabupaten Uji ${unique()}`, type: 'kabupaten', code: `32.${20 + (regencyCodes++ % 50)}`, slug: `uji-${unique()}` }),
    make: async (target) => {
      if (target === 'throwaway') {
        return (await payload.create({ collection: 'regencies', data: fixtures.regencies.data(target) as never })).id
      }
      return regencyIds[target]!
    },
  },
  agencies: {
    updateField: 'floor',
    data: (target) => ({ name: `Instansi Uji ${unique()}`, kind: 'regency', regency: regencyIds[target], _status: 'published' }),
    make: async (target) => (await payload.create({ collection: 'agencies', data: fixtures.agencies.data(target) as never })).id,
  },
  services: {
    updateField: 'summary',
    draft: true,
    data: (target) => ({ title: `Layanan Uji ${unique()}`, category: 'kependudukan', regency: regencyIds[target], agency: agencyIds[target], _status: 'draft' }),
    make: async (target) => {
      // A published, complete service: copy a seeded one of that regency.
      const { docs } = await payload.find({ collection: 'services', where: { and: [{ regency: { equals: regencyIds[target] } }, { _status: { equals: 'published' } }] }, limit: 1, depth: 0 })
      const { id: _id, createdAt: _c, updatedAt: _u, ...copy } = docs[0] as any
      return (await payload.create({ collection: 'services', data: { ...(stripIds(copy) as object), slug: `uji-${unique()}` } as never })).id
    },
  },
  'service-templates': {
    updateField: 'summary',
    data: () => ({ title: `Templat Uji ${unique()}`, category: 'kependudukan', agencyKey: 'disdukcapil' }),
    make: async () => (await payload.create({ collection: 'service-templates', data: fixtures['service-templates'].data('shared') as never })).id,
  },
  media: {
    updateField: 'alt',
    upload: true,
    data: (target) => ({ alt: `Logo uji ${unique()}`, regency: regencyIds[target] }),
    make: async (target) =>
      (await payload.create({ collection: 'media', data: fixtures.media.data(target) as never, file: { data: png, mimetype: 'image/png', name: `${unique()}.png`, size: png.length } })).id,
  },
  applications: {
    updateField: 'status',
    update: { data: { status: 'verifying', replyNote: 'Diperiksa.' }, applied: (doc) => doc.status === 'verifying' },
    data: (target) => ({ code: `PMH-UJI-${unique()}`, status: 'received', ...person, ...caseOf(target) }),
    make: async (target) => (await payload.create({ collection: 'applications', data: fixtures.applications.data(target) as never })).id,
  },
  'application-documents': {
    updateField: 'requirement',
    upload: true,
    data: (target) => ({ requirement: 'KTP-el', caseCode: `PMH-UJI-${unique()}`, regency: regencyIds[target], agency: agencyIds[target] }),
    make: async (target) =>
      (await payload.create({ collection: 'application-documents', data: fixtures['application-documents'].data(target) as never, file: { data: png, mimetype: 'image/png', name: `${unique()}.png`, size: png.length } })).id,
  },
  bookings: {
    updateField: 'status',
    update: { data: { status: 'served' }, applied: (doc) => doc.status === 'served' },
    data: (target) => ({ code: `ANT-UJI-${unique()}`, date: '2030-01-07', time: '08:00', queueNumber: '001', seatKey: `uji|${unique()}`, status: 'booked', ...person, ...caseOf(target) }),
    make: async (target) => (await payload.create({ collection: 'bookings', data: fixtures.bookings.data(target) as never })).id,
  },
  complaints: {
    updateField: 'status',
    update: { data: { status: 'in-progress', replyNote: 'Ditindaklanjuti.' }, applied: (doc) => doc.status === 'in-progress' },
    data: (target) => ({ code: `ADU-UJI-${unique()}`, kind: 'complaint', message: 'Pengaduan uji untuk matriks akses.', status: 'received', ...person, regency: regencyIds[target], agency: agencyIds[target] }),
    make: async (target) => (await payload.create({ collection: 'complaints', data: fixtures.complaints.data(target) as never })).id,
  },
  'survey-responses': {
    updateField: 'comment',
    data: (target) => ({ ...caseOf(target), scores: { u1: 4, u2: 4, u3: 4, u4: 4, u5: 4, u6: 4, u7: 4, u8: 4, u9: 4 } }),
    make: async (target) => (await payload.create({ collection: 'survey-responses', data: fixtures['survey-responses'].data(target) as never })).id,
  },
  'audit-log': {
    updateField: 'caseCode',
    data: (target) => ({ user: actors['province-admin'].user.id, action: 'view-personal-data', targetCollection: 'applications', targetId: '1', caseCode: `PMH-UJI-${unique()}`, regency: regencyIds[target] }),
    make: async (target) => (await payload.create({ collection: 'audit-log', data: fixtures['audit-log'].data(target) as never })).id,
  },
  users: {
    updateField: 'name',
    data: (target) => ({ email: `uji-${unique()}@${target}.mpp-jabar.test`, password: 'kata-sandi-uji-123', role: 'editor', regencies: [{ regency: regencyIds[target] }] }),
    make: async (target) => (await payload.create({ collection: 'users', data: fixtures.users.data(target) as never })).id,
  },
}

function stripIds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripIds)
  if (value && typeof value === 'object' && !('root' in value)) {
    return Object.fromEntries(Object.entries(value).filter(([key]) => key !== 'id').map(([key, inner]) => [key, stripIds(inner)]))
  }
  return value
}

const exists = async (collection: CollectionSlug, id: ID) =>
  Boolean(await payload.findByID({ collection, id, depth: 0, draft: true, disableErrors: true }))

const fieldValue = async (collection: CollectionSlug, id: ID, field: string) =>
  ((await payload.findByID({ collection, id, depth: 0, draft: true })) as any)[field]

/** Attempts the operation; returns whether it was allowed, after checking the database agrees. */
async function attempt(channel: 'local' | 'rest', collection: string, op: Op, target: Target, actor: Actor): Promise<boolean> {
  const slug = collection as CollectionSlug
  const fixture = fixtures[collection]
  const local = { user: actor.user ?? undefined, overrideAccess: false, depth: 0 } as const
  const call = async (fn: () => Promise<unknown>) => fn().then(() => true, () => false)
  const restOk = async (method: string, path: string, body?: unknown, form?: FormData) => {
    if (form) {
      const headers: Record<string, string> = actor.token ? { Cookie: `payload-token=${actor.token}` } : {}
      const { handleEndpoints } = await import('payload')
      const response = await handleEndpoints({ config, request: new Request(`http://localhost:3000${path}`, { method, headers, body: form }) })
      expect(response.status, `${method} ${path}`).toBeLessThan(500)
      return response.status < 300
    }
    const response = await rest(method, path, { token: actor.token, body })
    expect(response.status, `${method} ${path}: ${JSON.stringify(response.body)}`).toBeLessThan(500)
    return response.status < 300
  }

  if (op === 'create') {
    const data = fixture.data(target)
    const before = (await payload.count({ collection: slug })).totalDocs
    let allowed: boolean
    if (channel === 'local') {
      const file = fixture.upload ? { data: png, mimetype: 'image/png', name: `${unique()}.png`, size: png.length } : undefined
      allowed = await call(() => payload.create({ collection: slug, data: data as never, file, draft: fixture.draft, ...local }))
    } else if (fixture.upload) {
      const form = new FormData()
      form.append('_payload', JSON.stringify(data))
      form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), `${unique()}.png`)
      allowed = await restOk('POST', `/api/${slug}`, undefined, form)
    } else {
      allowed = await restOk('POST', `/api/${slug}${fixture.draft ? '?draft=true' : ''}`, data)
    }
    const after = (await payload.count({ collection: slug })).totalDocs
    expect(after, 'the database agrees with the answer').toBe(before + (allowed ? 1 : 0))
    return allowed
  }

  const id = await fixture.make(target)
  if (op === 'read') {
    if (channel === 'local') {
      return call(async () => {
        const doc = await payload.findByID({ collection: slug, id, ...local })
        if (!doc) throw new Error('not found')
      })
    }
    return restOk('GET', `/api/${slug}/${id}`)
  }
  if (op === 'update' && fixture.update) {
    const { data, applied } = fixture.update
    const allowed =
      channel === 'local' ? await call(() => payload.update({ collection: slug, id, data: data as never, ...local })) : await restOk('PATCH', `/api/${slug}/${id}`, data)
    expect(applied(await payload.findByID({ collection: slug, id, depth: 0 })), 'the database agrees with the answer').toBe(allowed)
    return allowed
  }
  if (op === 'update') {
    const value = `diubah ${unique()}`
    const allowed =
      channel === 'local'
        ? await call(() => payload.update({ collection: slug, id, data: { [fixture.updateField]: value } as never, ...local }))
        : await restOk('PATCH', `/api/${slug}/${id}`, { [fixture.updateField]: value })
    expect((await fieldValue(slug, id, fixture.updateField)) === value, 'the database agrees with the answer').toBe(allowed)
    return allowed
  }
  const allowed =
    channel === 'local' ? await call(() => payload.delete({ collection: slug, id, ...local })) : await restOk('DELETE', `/api/${slug}/${id}`)
  expect(await exists(slug, id), 'the database agrees with the answer').toBe(!allowed)
  return allowed
}

beforeAll(async () => {
  ;({ payload, config } = await startPayload())
  rest = restClient(config)
  actors = await loadActors(payload, rest)
  png = await tinyPng()
  for (const [target, slug] of [['own', OWN_REGENCY], ['other', OTHER_REGENCY]] as const) {
    regencyIds[target] = (await regencyBySlug(payload, slug)).id
    agencyIds[target] = (await agencyOf(payload, regencyIds[target]!, 'disdukcapil')).id
    serviceIds[target] = (await payload.find({ collection: 'services', where: { agency: { equals: agencyIds[target] } }, limit: 1, depth: 0 })).docs[0].id
  }
})

describe.each(['local', 'rest'] as const)('access matrix via %s API', (channel) => {
  for (const [collection, ops] of Object.entries(matrix)) {
    for (const [op, targets] of Object.entries(ops) as [Op, Partial<Record<Target, ActorName[]>>][]) {
      for (const [target, allowedActors] of Object.entries(targets) as [Target, ActorName[]][]) {
        for (const actor of everyone) {
          const expected = allowedActors.includes(actor)
          it(`${collection}: ${actor} ${expected ? 'may' : 'may not'} ${op} (${target})`, async () => {
            expect(await attempt(channel, collection, op, target, actors[actor])).toBe(expected)
          })
        }
      }
    }
  }

  it('every staff member reads and updates their own account', async () => {
    for (const name of staff) {
      const actor = actors[name]
      if (channel === 'local') {
        const me = await payload.findByID({ collection: 'users', id: actor.user.id, user: actor.user, overrideAccess: false })
        expect(me.email).toBe(actor.user.email)
        await payload.update({ collection: 'users', id: actor.user.id, data: { name: `Nama ${name}` }, user: actor.user, overrideAccess: false })
      } else {
        expect((await rest('GET', '/api/users/me', { token: actor.token })).body.user.email).toBe(actor.user.email)
        expect((await rest('PATCH', `/api/users/${actor.user.id}`, { token: actor.token, body: { name: `Nama ${name}` } })).status).toBe(200)
      }
      expect(await fieldValue('users', actor.user.id, 'name')).toBe(`Nama ${name}`)
    }
  })
})

describe('what anonymous visitors see', () => {
  it('lists only published services, never a draft', async () => {
    const response = await rest('GET', `/api/services?limit=1000&depth=0&where[regency][equals]=${regencyIds.own}`)
    expect(response.status).toBe(200)
    expect(response.body.docs.length).toBeGreaterThan(10)
    expect(response.body.docs.every((doc: any) => doc._status === 'published')).toBe(true)
    expect(response.body.docs.some((doc: any) => doc.slug === 'konsultasi-perizinan-berusaha')).toBe(false)
  })

  it('cannot list users or service templates', async () => {
    expect((await rest('GET', '/api/users')).status).toBe(403)
    expect((await rest('GET', '/api/service-templates')).status).toBe(403)
  })
})
