/**
 * Nobody can raise their own or anyone's rights past their own: checked over REST, as the
 * admin panel calls it, with the database inspected after each refused attempt.
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
const email = () => `baru-${Date.now()}-${n++}@contoh.mpp-jabar.test`

const userCount = async () => (await payload.count({ collection: 'users' })).totalDocs
const reload = (collection: 'users' | 'services', id: number | string) => payload.findByID({ collection, id, depth: 0 }) as Promise<any>

beforeAll(async () => {
  ;({ payload, rest, actors, own, other } = await startStaffContext())
})

describe('a regency admin', () => {
  const as = () => actors['regency-admin']

  it('cannot create a province admin', async () => {
    const before = await userCount()
    const response = await rest('POST', '/api/users', { token: as().token, body: { email: email(), password: 'kata-sandi-123', role: 'province-admin' } })
    expect(response.status).toBe(403)
    expect(response.body.errors[0].message).toMatch(/hanya dapat memberikan peran/)
    expect(await userCount()).toBe(before)
  })

  it('cannot promote themselves to province admin', async () => {
    const response = await rest('PATCH', `/api/users/${as().user.id}`, { token: as().token, body: { role: 'province-admin' } })
    expect(response.status).toBe(403)
    expect((await reload('users', as().user.id)).role).toBe('regency-admin')
  })

  it('cannot create a user in another regency', async () => {
    const before = await userCount()
    const response = await rest('POST', '/api/users', {
      token: as().token,
      body: { email: email(), password: 'kata-sandi-123', role: 'editor', regencies: [{ regency: other.id }] },
    })
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
    expect(await userCount()).toBe(before)
  })

  it('cannot give one of their users another regency', async () => {
    const editor = actors.editor.user
    const response = await rest('PATCH', `/api/users/${editor.id}`, { token: as().token, body: { regencies: [{ regency: other.id }] } })
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
    const after = await reload('users', editor.id)
    expect(after.regencies.map((row: any) => row.regency)).toEqual([own.id])
  })

  it('cannot attach an officer to another regency’s agency', async () => {
    const before = await userCount()
    const foreignAgency = await agencyOf(payload, other.id, 'disdukcapil')
    const response = await rest('POST', '/api/users', {
      token: as().token,
      body: { email: email(), password: 'kata-sandi-123', role: 'agency-officer', regencies: [{ regency: own.id }], agency: foreignAgency.id },
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toMatch(/Instansi harus berada di kabupaten\/kota yang sama/)
    expect(await userCount()).toBe(before)
  })

  it('can create an editor and an officer in their own regency', async () => {
    const agency = await agencyOf(payload, own.id, 'polres')
    for (const body of [
      { email: email(), password: 'kata-sandi-123', role: 'editor', regencies: [{ regency: own.id }] },
      { email: email(), password: 'kata-sandi-123', role: 'agency-officer', regencies: [{ regency: own.id }], agency: agency.id },
    ]) {
      const response = await rest('POST', '/api/users', { token: as().token, body })
      expect(response.status, JSON.stringify(response.body)).toBe(201)
      expect(response.body.doc.role).toBe(body.role)
    }
  })

  it('cannot move a service or an agency to another regency', async () => {
    const { docs } = await payload.find({ collection: 'services', where: { regency: { equals: own.id } }, limit: 1, depth: 0 })
    const service = docs[0]
    const response = await rest('PATCH', `/api/services/${service.id}`, { token: as().token, body: { regency: other.id } })
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
    expect((await reload('services', service.id)).regency).toBe(own.id)

    const agency = await agencyOf(payload, own.id, 'dpmptsp')
    const moved = await rest('PATCH', `/api/agencies/${agency.id}`, { token: as().token, body: { regency: other.id } })
    expect(moved.status).toBeGreaterThanOrEqual(400)
    expect((await payload.findByID({ collection: 'agencies', id: agency.id, depth: 0 })).regency).toBe(own.id)
  })
})

describe('editors and officers', () => {
  it('cannot change their own role, regency or agency', async () => {
    for (const name of ['editor', 'agency-officer'] as const) {
      const actor = actors[name]
      const before = await reload('users', actor.user.id)
      const anotherAgency = await agencyOf(payload, own.id, 'samsat')
      for (const body of [{ role: 'province-admin' }, { role: 'regency-admin' }, { regencies: [{ regency: other.id }] }, { agency: anotherAgency.id }]) {
        const response = await rest('PATCH', `/api/users/${actor.user.id}`, { token: actor.token, body })
        expect(response.status, `${name} ${JSON.stringify(body)}`).toBeLessThan(500)
        const after = await reload('users', actor.user.id)
        expect([after.role, after.regencies.map((row: any) => row.regency), after.agency ?? null]).toEqual([
          before.role,
          before.regencies.map((row: any) => row.regency),
          before.agency ?? null,
        ])
      }
    }
  })

  it('cannot create accounts', async () => {
    const before = await userCount()
    for (const name of ['editor', 'agency-officer'] as const) {
      const response = await rest('POST', '/api/users', {
        token: actors[name].token,
        body: { email: email(), password: 'kata-sandi-123', role: 'editor', regencies: [{ regency: own.id }] },
      })
      expect(response.status).toBe(403)
    }
    expect(await userCount()).toBe(before)
  })
})

describe('the province admin', () => {
  it('can appoint another province admin and assign users to any regency', async () => {
    const as = actors['province-admin']
    const response = await rest('POST', '/api/users', { token: as.token, body: { email: email(), password: 'kata-sandi-123', role: 'province-admin' } })
    expect(response.status).toBe(201)
    const moved = await rest('POST', '/api/users', {
      token: as.token,
      body: { email: email(), password: 'kata-sandi-123', role: 'regency-admin', regencies: [{ regency: other.id }] },
    })
    expect(moved.status).toBe(201)
  })
})
