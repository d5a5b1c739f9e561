import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { missingCitizenComponents, type ServiceStandardInput } from '../../../domain/completeness'
import { forkRequest } from '../../../utilities/forkRequest'

type Row = Record<string, unknown> & { id?: unknown }

/** A row's text in the edited locale, or else the same row's text in the default locale. */
const rowsWithFallback = (rows: Row[] | null | undefined, baseRows: Row[] | null | undefined, field: string) =>
  rows?.map((row) => ({
    ...row,
    [field]: row?.[field] || baseRows?.find((base) => base?.id !== undefined && base.id === row?.id)?.[field],
  }))

/**
 * A service is published only with all six citizen-facing components filled in; drafts may
 * be incomplete. Texts are localized and the site falls back to Indonesian, so when another
 * locale is published an untranslated text counts as filled if the Indonesian one is.
 */
export const enforceCompleteness: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  if (data._status !== 'published') return data

  let subject: Record<string, any> = { ...originalDoc, ...data }
  const localization = req.payload.config.localization
  const defaultLocale = localization ? localization.defaultLocale : undefined
  if (defaultLocale && req.locale && req.locale !== defaultLocale && originalDoc?.id !== undefined) {
    const base = await req.payload.findByID({
      collection: 'services',
      id: originalDoc.id,
      locale: defaultLocale as never,
      fallbackLocale: false as never,
      draft: true,
      depth: 0,
      req: forkRequest(req),
      overrideAccess: true,
    })
    subject = {
      ...subject,
      requirements: rowsWithFallback(subject.requirements as Row[], base.requirements as Row[], 'document'),
      procedure: rowsWithFallback(subject.procedure as Row[], base.procedure as Row[], 'title'),
      product: subject.product || base.product,
    }
  }

  const missing = missingCitizenComponents(subject as ServiceStandardInput)
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
