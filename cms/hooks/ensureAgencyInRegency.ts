import { ValidationError, type CollectionBeforeValidateHook, type CollectionSlug } from 'payload'

import { idOf, sameId } from '../access/roles'

/** A service is delivered, and a complaint handled, by an agency of the same regency. */
export const ensureAgencyInRegency =
  (collection: CollectionSlug, message: string): CollectionBeforeValidateHook =>
  async ({ data, originalDoc, req }) => {
    const agency = idOf(data?.agency ?? originalDoc?.agency)
    const regency = idOf(data?.regency ?? originalDoc?.regency)
    if (agency === undefined || regency === undefined) return data

    const found = await req.payload.findByID({
      collection: 'agencies',
      id: agency,
      depth: 0,
      draft: true,
      req,
      overrideAccess: true,
      disableErrors: true,
    })
    if (!found || !sameId(found.regency, regency)) {
      throw new ValidationError({ collection, errors: [{ path: 'agency', message }] }, req.t)
    }
    return data
  }
