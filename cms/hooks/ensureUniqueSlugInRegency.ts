import { ValidationError, type CollectionBeforeValidateHook, type CollectionSlug, type Where } from 'payload'

import { idOf } from '../access/roles'

/**
 * Slugs are unique within a regency, not across regencies: "paspor" exists in every MPP.
 * The multi-tenant plugin cannot express this, so a compound unique index backs this
 * check against races, and this hook gives editors a readable message first.
 */
export const ensureUniqueSlugInRegency =
  (collection: CollectionSlug): CollectionBeforeValidateHook =>
  async ({ data, originalDoc, req }) => {
    const slug = data?.slug ?? originalDoc?.slug
    const regency = idOf(data?.regency ?? originalDoc?.regency)
    if (!slug || regency === undefined) return data

    const where: Where = { and: [{ slug: { equals: slug } }, { regency: { equals: regency } }] }
    if (originalDoc?.id !== undefined) where.and!.push({ id: { not_equals: originalDoc.id } })

    const { totalDocs } = await req.payload.count({ collection, where, req, overrideAccess: true })
    if (totalDocs > 0) {
      throw new ValidationError(
        {
          collection,
          errors: [{ path: 'slug', message: `Slug "${slug}" sudah dipakai di kabupaten/kota ini; pilih slug lain.` }],
        },
        req.t,
      )
    }
    return data
  }
