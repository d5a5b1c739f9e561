import type { PayloadRequest } from 'payload'

/** The published service behind a public key `<regency>/<slug>`, or null. */
export async function findPublishedService(req: PayloadRequest, key: string) {
  const [regency, slug] = key.split('/')
  const { docs } = await req.payload.find({
    collection: 'services',
    where: { and: [{ slug: { equals: slug } }, { 'regency.slug': { equals: regency } }, { _status: { equals: 'published' } }] },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  return docs[0] ?? null
}
