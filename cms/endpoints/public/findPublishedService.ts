import type { PayloadRequest } from 'payload'

import type { ServicesSelect } from '../../payload-types'

/**
 * The published service behind a public key `<regency>/<slug>`, or null. Every submission
 * looks its service up, so only the fields the caller names are read (with the service's
 * agency and regency): a whole service document, with its localized standard, costs several
 * times the rest of a survey submission.
 */
export async function findPublishedService<S extends ServicesSelect<true>>(req: PayloadRequest, key: string, fields?: S) {
  const [regency, slug] = key.split('/')
  const { docs } = await req.payload.find({
    collection: 'services',
    where: { and: [{ slug: { equals: slug } }, { 'regency.slug': { equals: regency } }, { _status: { equals: 'published' } }] },
    select: { agency: true, regency: true, ...fields } as S & { agency: true; regency: true },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs[0] ?? null
}
