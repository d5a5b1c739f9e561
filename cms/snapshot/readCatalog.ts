import type { Payload } from 'payload'

import type { CatalogSnapshot } from './schema'
import { readIkm } from './readIkm'
import { toAgency, toRegency, toService, toTemplate } from './toSnapshot'

const published = { _status: { equals: 'published' } } as const

/** Reads every locale at once (`locale: 'all'`) so the site knows which texts are untranslated. */
const readAll = (payload: Payload, collection: 'regencies' | 'agencies' | 'services' | 'service-templates', where?: object) =>
  payload
    .find({
      collection,
      where: where as never,
      locale: 'all',
      depth: 0,
      draft: false,
      pagination: false,
      overrideAccess: true,
      sort: 'id',
    })
    .then((result) => result.docs as Record<string, any>[])

/**
 * The published catalog as the public may see it. Drafts never enter: only documents whose
 * main (published) version is `published` are read, and a draft saved over a published
 * document lives only in its versions. A service whose agency is not published stays out too,
 * since its page would point at an agency nobody can see.
 */
export async function readPublishedCatalog(payload: Payload): Promise<CatalogSnapshot> {
  const [regencyDocs, agencyDocs, serviceDocs, templateDocs, ikm] = await Promise.all([
    readAll(payload, 'regencies'),
    readAll(payload, 'agencies', published),
    readAll(payload, 'services', published),
    readAll(payload, 'service-templates'),
    readIkm(payload),
  ])

  const regencySlug = new Map(regencyDocs.map((doc) => [String(doc.id), doc.slug as string]))
  const agencies = agencyDocs
    .filter((doc) => regencySlug.has(String(doc.regency)))
    .map((doc) => ({ id: String(doc.id), agency: { ...toAgency(doc, regencySlug.get(String(doc.regency))!), ikm: ikm.agency(doc.id) } }))
  const agencyById = new Map(agencies.map(({ id, agency }) => [id, agency]))
  const templateSlug = new Map(templateDocs.map((doc) => [String(doc.id), doc.slug as string]))

  const publicServices = serviceDocs.filter((doc) => agencyById.has(String(doc.agency)))
  const servicePath = new Map(publicServices.map((doc) => [String(doc.id), `${regencySlug.get(String(doc.regency))}/layanan/${doc.slug}/`]))
  const internalHref = (relationTo: string, id: string) => {
    if (relationTo === 'services') return servicePath.has(id) ? `/${servicePath.get(id)}` : null
    if (relationTo === 'agencies') {
      const agency = agencyById.get(id)
      return agency ? `/${agency.regency}/instansi/${agency.slug}/` : null
    }
    return null
  }

  const services = publicServices.map((doc) => {
    const agency = agencyById.get(String(doc.agency))!
    return toService(doc, {
      regency: agency.regency,
      agency: agency.slug,
      template: doc.template ? templateSlug.get(String(doc.template)) : undefined,
      internalHref,
    })
  })

  const usedTemplates = new Set(services.map((service) => service.template))
  return {
    regencies: regencyDocs.map((doc) => ({ ...toRegency(doc), ikm: ikm.regency(doc.id) })).sort((a, b) => a.code.localeCompare(b.code)),
    agencies: agencies.map(({ agency }) => agency),
    services,
    templates: templateDocs.filter((doc) => usedTemplates.has(doc.slug)).map(toTemplate),
  }
}
