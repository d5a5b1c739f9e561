import { APIError, type PayloadRequest } from 'payload'

import { serviceStandardFieldNames } from '../../../fields/serviceStandard'
import { forkRequest } from '../../../utilities/forkRequest'
import { alignRows, withoutRowIds } from '../../../utilities/localeData'

type ID = number | string
type Doc = Record<string, unknown> & { id: ID }

/** A template read once in every locale, ready to be copied into any number of regencies. */
export interface TemplateCopy {
  id: ID
  agencyKey: string
  slug: string
  popular: boolean
  /** The standard's fields per locale; the first entry is the default locale. */
  locales: { locale: string; data: Record<string, unknown> }[]
}

export interface CreateFromTemplateArgs {
  template: ID | TemplateCopy
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
  Object.fromEntries(
    serviceStandardFieldNames.filter((name) => doc[name] !== undefined && doc[name] !== null).map((name) => [name, doc[name]]),
  )

/** Reads a template in every locale (the default one first), with the caller's rights. */
export async function loadTemplate(req: PayloadRequest, id: ID, overrideAccess = false): Promise<TemplateCopy | null> {
  const localization = req.payload.config.localization
  const codes = localization ? [localization.defaultLocale, ...localization.localeCodes.filter((code) => code !== localization.defaultLocale)] : [undefined]
  const locales: TemplateCopy['locales'] = []
  let first: Doc | null = null
  for (const locale of codes) {
    const doc = (await req.payload
      .findByID({ collection: 'service-templates', id, locale: locale as never, fallbackLocale: false as never, depth: 0, req: forkRequest(req), overrideAccess, disableErrors: true })
      .catch(() => null)) as Doc | null
    if (!doc) return null
    first ??= doc
    const data = pickStandard(doc)
    if (locales.length > 0) delete data.slug
    locales.push({ locale: locale ?? 'id', data })
  }
  return { id: first!.id, agencyKey: String(first!.agencyKey), slug: String(first!.slug), popular: Boolean(first!.popular), locales }
}

/**
 * Creates a regency's service from a province template in one step: every component in every
 * locale, the regency's matching agency, and a slug unique within the regency. Callers run it
 * inside a transaction so a failure leaves nothing half-made.
 */
export async function createServiceFromTemplate(req: PayloadRequest, args: CreateFromTemplateArgs) {
  const { payload } = req
  const overrideAccess = args.overrideAccess ?? false
  const template = typeof args.template === 'object' ? args.template : await loadTemplate(req, args.template, overrideAccess)
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

  const status = args.publish ? 'published' : 'draft'
  const [first, ...rest] = template.locales
  const created = await payload.create({
    collection: 'services',
    locale: first.locale as never,
    data: {
      ...(withoutRowIds(first.data) as object),
      slug: await freeSlug(req, args.regency, template.slug),
      regency: args.regency,
      agency,
      template: template.id,
      featured: template.popular,
      _status: status,
    } as never,
    draft: !args.publish,
    depth: 0,
    req,
    overrideAccess,
  })

  let doc = created
  for (const { locale, data } of rest) {
    doc = await payload.update({
      collection: 'services',
      id: created.id,
      locale: locale as never,
      data: { ...(alignRows(data, created) as object), _status: status } as never,
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
    pagination: false,
    depth: 0,
    draft: true,
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
