import type { Payload } from 'payload'

import { demoAccountEmails } from '../../cms/seed/accounts'
import { LOCAL_SEED_PASSWORD } from '../../cms/seed/password'
import { startPayload } from './payload'
import { serveEndpoints } from './httpServer'
import { login, restClient, type Rest } from './rest'

export type ActorName = 'anonymous' | 'province-admin' | 'regency-admin' | 'editor' | 'agency-officer'

export interface Actor {
  name: ActorName
  /** The user document (null for anonymous), for the Local API's `user` argument. */
  user: any
  /** Session token for REST calls (undefined for anonymous). */
  token?: string
}

export const OWN_REGENCY = 'kota-bandung'
export const OTHER_REGENCY = 'kabupaten-sumedang'

const emails: Record<Exclude<ActorName, 'anonymous'>, string> = {
  'province-admin': demoAccountEmails.province,
  'regency-admin': demoAccountEmails.regencyAdmin(OWN_REGENCY),
  editor: demoAccountEmails.editor,
  'agency-officer': demoAccountEmails.officer,
}

/** The seeded demo accounts, each logged in over REST. Everyone but the province admin belongs to Kota Bandung. */
export async function loadActors(payload: Payload, rest: Rest): Promise<Record<ActorName, Actor>> {
  const actors = { anonymous: { name: 'anonymous', user: null } } as Record<ActorName, Actor>
  for (const [name, email] of Object.entries(emails) as [Exclude<ActorName, 'anonymous'>, string][]) {
    const { docs } = await payload.find({ collection: 'users', where: { email: { equals: email } }, depth: 0, limit: 1 })
    actors[name] = { name, user: { ...docs[0], collection: 'users' }, token: await login(rest, email, LOCAL_SEED_PASSWORD) }
  }
  return actors
}

export async function regencyBySlug(payload: Payload, slug: string) {
  const { docs } = await payload.find({ collection: 'regencies', where: { slug: { equals: slug } }, depth: 0, limit: 1 })
  if (!docs[0]) throw new Error(`No regency ${slug}`)
  return docs[0]
}

/** The agency of a regency with a given catalog key (e.g. 'disdukcapil'), as the seed made it. */
export async function agencyOf(payload: Payload, regencyId: number | string, catalogKey: string) {
  const { docs } = await payload.find({
    collection: 'agencies',
    where: { and: [{ regency: { equals: regencyId } }, { catalogKey: { equals: catalogKey } }] },
    depth: 0,
    limit: 1,
  })
  return docs[0]
}

/**
 * What the staff-facing integration tests share: Payload on this file's own database, the REST
 * client, the logged-in demo actors, and Kota Bandung ("own") and Kabupaten Sumedang ("other").
 */
export async function startStaffContext() {
  const { payload, config } = await startPayload()
  const server = await serveEndpoints(config)
  const rest = restClient(config, server.url)
  return {
    payload,
    config,
    rest,
    server,
    actors: await loadActors(payload, rest),
    own: (await regencyBySlug(payload, OWN_REGENCY)) as any,
    other: (await regencyBySlug(payload, OTHER_REGENCY)) as any,
  }
}
