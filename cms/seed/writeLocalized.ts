import type { CollectionSlug, PayloadRequest } from 'payload'

import { alignRows, inLocale } from '../utilities/localeData'

/**
 * Creates a document from seed data whose texts are `{ id, en }` pairs: the default locale
 * creates it, each other locale is written onto the same rows.
 */
export async function createLocalized<T extends { id: number | string }>(
  req: PayloadRequest,
  collection: CollectionSlug,
  data: Record<string, unknown>,
): Promise<T> {
  const { payload } = req
  const localization = payload.config.localization
  const locales = localization ? localization.localeCodes : [undefined]
  const [first, ...rest] = locales
  const created = (await payload.create({
    collection,
    data: inLocale(data, first ?? 'id') as never,
    locale: first as never,
    depth: 0,
    req,
  })) as unknown as T
  for (const locale of rest) {
    const translated = inLocale(data, locale!) as Record<string, unknown>
    delete translated.slug
    await payload.update({
      collection,
      id: created.id,
      data: alignRows(translated, created) as never,
      locale: locale as never,
      depth: 0,
      req,
    })
  }
  return created
}
