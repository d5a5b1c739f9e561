/**
 * Publishing reaches the public site: the hooks ask for a rebuild only when something public
 * changes, the scheduler gathers a burst of publishes into one build, and with
 * SITE_DEPLOY_HOOK_URL set the CMS calls that deploy hook instead of building locally.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { startPayload } from '../helpers/payload'

let payload: Payload
let server: Server
let calls: { reasons: string[] }[] = []

const service = async (slug: string) =>
  (await payload.find({ collection: 'services', where: { and: [{ slug: { equals: slug } }, { 'regency.slug': { equals: 'kota-bandung' } }] }, draft: true, depth: 0, limit: 1 })).docs[0] as any

/** Waits past the debounce for the deploy hook calls to arrive. */
const settle = (ms = 600) => new Promise((resolve) => setTimeout(resolve, ms))

beforeAll(async () => {
  ;({ payload } = await startPayload())
  server = createServer((req, res) => {
    let body = ''
    req.on('data', (chunk) => (body += chunk))
    req.on('end', () => {
      calls.push(JSON.parse(body))
      res.writeHead(req.method === 'POST' ? 201 : 405).end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  process.env.SITE_DEPLOY_HOOK_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/deploy`
  process.env.SITE_REBUILD_DEBOUNCE_MS = '200'
})

afterAll(async () => {
  delete process.env.SITE_DEPLOY_HOOK_URL
  server?.close()
})

beforeEach(async () => {
  await settle()
  calls = []
})

describe('publishing and the public site', () => {
  it('calls the deploy hook once for a burst of publishes, naming what changed', async () => {
    const ktp = await service('perekaman-ktp-el')
    const kk = await service('kartu-keluarga')
    // A debounce longer than two saves take, even on a slow database server.
    process.env.SITE_REBUILD_DEBOUNCE_MS = '4000'
    try {
      await payload.update({ collection: 'services', id: ktp.id, data: { summary: `${ktp.summary} Bawa KK asli.` } })
      await payload.update({ collection: 'services', id: kk.id, data: { summary: `${kk.summary} Bawa KTP-el.` } })
      await settle(4600)
    } finally {
      process.env.SITE_REBUILD_DEBOUNCE_MS = '200'
    }
    expect(calls).toEqual([{ reasons: [`services/${ktp.id}`, `services/${kk.id}`] }])
  })

  it('rebuilds when a service is unpublished or deleted, and when an agency or regency changes', async () => {
    const akta = await service('akta-kematian')
    await payload.update({ collection: 'services', id: akta.id, data: { _status: 'draft' } as never })
    await settle()
    const legalisir = await service('legalisir-dokumen-kependudukan')
    await payload.delete({ collection: 'services', id: legalisir.id })
    await settle()
    const { docs } = await payload.find({ collection: 'regencies', where: { slug: { equals: 'kota-bandung' } }, depth: 0 })
    await payload.update({ collection: 'regencies', id: docs[0].id, data: { address: 'Jl. Wastukencana No. 2, Bandung' } })
    await settle()
    expect(calls.map((call) => call.reasons)).toEqual([[`services/${akta.id}`], [`services/${legalisir.id} deleted`], [`regencies/${docs[0].id}`]])
  })

  it('does not rebuild for a draft nobody can see', async () => {
    const draft = await service('konsultasi-perizinan-berusaha')
    expect(draft._status).toBe('draft')
    await payload.update({ collection: 'services', id: draft.id, draft: true, data: { summary: 'Masih draf, belum terbit.' } })
    await settle()
    expect(calls).toEqual([])
  })

  it('does nothing when neither a local build nor a deploy hook is configured', async () => {
    const hook = process.env.SITE_DEPLOY_HOOK_URL
    delete process.env.SITE_DEPLOY_HOOK_URL
    try {
      const ktp = await service('perekaman-ktp-el')
      await payload.update({ collection: 'services', id: ktp.id, data: { summary: `${ktp.summary} Gratis.` } })
      await settle()
      expect(calls).toEqual([])
    } finally {
      process.env.SITE_DEPLOY_HOOK_URL = hook
    }
  })
})
