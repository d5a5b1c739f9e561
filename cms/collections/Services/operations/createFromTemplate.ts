import { APIError, type PayloadRequest } from 'payload'

import { serviceStandardFieldNames } from '../../../fields/serviceStandard'
import { alignRows, withoutRowIds } from '../../../utilities/localeData'

type ID = number | string

export interface CreateFromTemplateArgs {
  template: ID
  regency: ID
  /** Defaults to the regency's agency whose catalog key matches the template's. */
  agency?: ID
  /** Publish at once (the seed); otherwise the copy is a draft for the editor to adjust. */
  publish?: boolean
  /** Run with the request user's rights (the admin action) or as the system (the seed). */
  overrideAccess?: boolean
}

const unprocessable = (message: string) => new APIError(message, 422, undefined, true)

const pickStandard = (doc: Record<string, unknown>) =>
  Object.fromEntries(serviceStandardFieldNames.filter((name) => doc[name] !== undefined && doc[name] !== null).map((name) => [name, doc[name]]))

/**
 * Creates a regency's service from a province template in one step: every component in both
 * locales, the regency's matching agency, and a slug unique within the regency. Runs in the
 * request's transaction so a failure leaves nothing half-made.
 */
export async function createServiceFromTemplate(req: PayloadRequest, args: CreateFromTemplateArgs) {
  const { payload } = req
  const overrideAccess = args.overrideAccess ?? false
  const localization = payload.config.localization
  const defaultLocale = localization ? localization.defaultLocale : undefined
  const otherLocales = localization ? localization.localeCodes.filter((code) => code !== defaultLocale) : []

  const template = await payload
    .findByID({ collection: 'service-templates', id: args.template, locale: defaultLocale as never, depth: 0, req, overrideAccess, disableErrors: true })
    .catch(() => null)
  if (!template) throw unprocessable('Templat layanan tidak ditemukan.')

  let agency = args.agency
  if (agency === undefined) {
    const { docs } = await payload.find({
      collection: 'agencies',
      where: { and: [{ regency: { equals: args.regency } }, { catalogKey: { equals: template.agencyKey } }] },
      limit: 1,
      depth: 0,
      draft: true,
      req,
      overrideAccess: true,
    })
    if (docs.length === 0) {
      throw unprocessable(
        `Kabupaten/kota ini belum memiliki instansi dengan kode katalog "${template.agencyKey}". Tambahkan instansinya lebih dulu atau pilih instansi.`,
      )
    }
    agency = docs[0].id
  }

  const slug = await freeSlug(req, args.regency, String(template.slug))
  const status = args.publish ? 'published' : 'draft'
  const created = await payload.create({
    collection: 'services',
    locale: defaultLocale as never,
    data: {
      ...(withoutRowIds(pickStandard(template as unknown as Record<string, unknown>)) as object),
      slug,
      regency: args.regency,
      agency,
      template: template.id,
      _status: status,
    } as never,
    draft: !args.publish,
    depth: 0,
    req,
    overrideAccess,
  })

  let doc = created
  for (const locale of otherLocales) {
    const translated = await payload.findByID({
      collection: 'service-templates',
      id: template.id,
      locale: locale as never,
      fallbackLocale: false as never,
      depth: 0,
      req,
      overrideAccess: true,
    })
    const texts = pickStandard(translated as unknown as Record<string, unknown>)
    delete texts.slug
    doc = await payload.update({
      collection: 'services',
      id: created.id,
      locale: locale as never,
      data: { ...(alignRows(texts, created) as object), _status: status } as never,
      draft: !args.publish,
      depth: 0,
      req,
      overrideAccess,
    })
  }
  return doc
}

/** The template's slug, or slug-2, slug-3… when the regency already uses it. */
async function freeSlug(req: PayloadRequest, regency: ID, base: string): Promise<string> {
  const { docs } = await req.payload.find({
    collection: 'services',
    where: { and: [{ regency: { equals: regency } }, { slug: { like: base } }] },
    limit: 1000,
    depth: 0,
    draft: true,
    pagination: false,
    select: { slug: true },
    req,
    overrideAccess: true,
  })
  const taken = new Set(docs.map((doc) => doc.slug))
  if (!taken.has(base)) return base
  let n = 2
  while (taken.has(`${base}-${n}`)) n++
  return `${base}-${n}`
}
