import type { PayloadRequest, Where } from 'payload'

const firstId = async (req: PayloadRequest, collection: 'regencies' | 'agencies', where: Where) =>
  (await req.payload.find({ collection, where, depth: 0, limit: 1, pagination: false, overrideAccess: true, req })).docs[0]?.id

/** The id of the regency with this slug, or undefined. */
export const regencyIdOf = (req: PayloadRequest, slug: string) => firstId(req, 'regencies', { slug: { equals: slug } })

/** The id of the published agency with this slug in that regency, or undefined. */
export const publishedAgencyIdOf = (req: PayloadRequest, regency: number | string, slug: string) =>
  firstId(req, 'agencies', { and: [{ slug: { equals: slug } }, { regency: { equals: regency } }, { _status: { equals: 'published' } }] })
