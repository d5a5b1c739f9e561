import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { missingCitizenComponents, type ServiceStandardInput } from '../../../domain/completeness'

/**
 * A service is published only with all six citizen-facing components filled in; drafts may
 * be incomplete. Component texts are localized, so when an English edit is published the
 * Indonesian original (the default locale, which the site falls back to) is what counts.
 */
export const enforceCompleteness: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  if (data._status !== 'published') return data

  let subject: ServiceStandardInput = { ...originalDoc, ...data }
  const defaultLocale = req.payload.config.localization ? req.payload.config.localization.defaultLocale : undefined
  if (defaultLocale && req.locale && req.locale !== defaultLocale && originalDoc?.id !== undefined) {
    const original = await req.payload.findByID({
      collection: 'services',
      id: originalDoc.id,
      locale: defaultLocale as never,
      draft: true,
      depth: 0,
      req,
      overrideAccess: true,
    })
    // Arrays and groups hold the structure; their texts in the default locale decide.
    subject = { ...subject, product: subject.product || original.product }
  }

  const missing = missingCitizenComponents(subject)
  if (missing.length > 0) {
    throw new ValidationError(
      {
        collection: 'services',
        errors: missing.map(({ path, message }) => ({ path, message: `${message.id} (${message.en})` })),
      },
      req.t,
    )
  }
  return data
}
