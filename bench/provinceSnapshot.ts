import { serviceVariants } from '../cms/seed/data/serviceVariants'
import type { CatalogSnapshot, SnapshotAgency, SnapshotService } from '../cms/snapshot/schema'

/**
 * A province-scale catalog (27 regencies × `agencies` × `services`) made from a real exported
 * snapshot: each regency's real agencies and services are kept, and further technical units
 * and service variants are added in their image until the counts are reached.
 */
// The seed's own variants, without the plain one (round 0 keeps the service as it is).
const variants = serviceVariants.filter((variant) => variant.id)

export function scaleSnapshot(base: CatalogSnapshot, agenciesPerRegency: number, servicesPerRegency: number): CatalogSnapshot {
  const agencies: SnapshotAgency[] = []
  const services: SnapshotService[] = []
  const pool = base.services
  for (const regency of base.regencies) {
    const own = base.agencies.filter((agency) => agency.regency === regency.id).slice(0, agenciesPerRegency)
    for (let index = own.length; index < agenciesPerRegency; index++) {
      own.push({ ...own[index % Math.max(1, own.length)], id: `${regency.id}/upt-${index}`, slug: `upt-${index}`, name: `Unit Pelaksana Teknis ${index} ${regency.name}`, shortName: `UPT ${index}`, counters: [{ number: String(40 + index) }], booth: undefined })
    }
    agencies.push(...own)
    const slugs = new Set<string>()
    for (let index = 0; slugs.size < servicesPerRegency; index++) {
      const source = pool[index % pool.length]
      const round = Math.floor(index / pool.length)
      const agency = own[index % own.length]
      const slug = round === 0 ? source.slug : `${source.slug}-${round}`
      if (slugs.has(slug)) continue
      slugs.add(slug)
      const variant = round === 0 ? { id: '', en: '' } : variants[(round - 1) % variants.length]
      services.push({
        ...source,
        id: `${regency.id}/${slug}`,
        regency: regency.id,
        agency: agency.slug,
        slug,
        title: { id: `${source.title.id}${variant.id}`, en: source.title.en ? `${source.title.en}${variant.en}` : undefined },
      })
    }
  }
  return { regencies: base.regencies, agencies, services, templates: base.templates }
}
