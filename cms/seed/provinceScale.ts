import { createLocalReq, type Payload } from 'payload'

import { createServiceFromTemplate } from '../collections/Services/operations/createFromTemplate'
import { inTransaction } from '../utilities/inTransaction'
import { seedAccounts } from './accounts'
import { seedAgencies, type SeededAgency } from './agencies'
import { seedCatalog } from './catalog'
import { agencyBlueprints } from './data/agencies'
import { serviceVariants as variants } from './data/serviceVariants'
import type { AgencyBlueprint } from './data/types'
import { seedRegencies, type SeededRegency } from './regencies'

export interface ProvinceScaleOptions {
  password: string
  agenciesPerRegency: number
  servicesPerRegency: number
  /** Only the first N regencies get agencies and services (all 27 exist); for quick trial runs. */
  regencies?: number
  log?: (message: string) => void
}


/** The real blueprints, then numbered technical units (UPT) until the regency has `count` agencies. */
const blueprintsUpTo = (count: number): AgencyBlueprint[] => {
  const extra = Array.from({ length: Math.max(0, count - agencyBlueprints.length) }, (_, index) => ({
    key: `upt-${index + 1}`,
    name: `Unit Pelaksana Teknis ${index + 1} {wilayah}`,
    shortName: `UPT ${index + 1}`,
    kind: 'regency' as const,
    presence: 1,
    description: { id: 'Unit pelaksana teknis daerah.', en: 'Regional technical unit.' },
    hours: 'Senin–Jumat 08.00–15.00',
  }))
  return [...agencyBlueprints.map((blueprint) => ({ ...blueprint, presence: 1 })), ...extra].slice(0, count)
}

/**
 * Fills an empty database to the size of the whole province at full adoption, for
 * benchmarks: every regency with `agenciesPerRegency` agencies and `servicesPerRegency`
 * published services, each a variant of a catalog template with its full standard.
 */
export async function seedProvinceScale(payload: Payload, options: ProvinceScaleOptions) {
  const log = options.log ?? (() => {})
  const { totalDocs } = await payload.count({ collection: 'regencies' })
  if (totalDocs > 0) throw new Error('The province-scale seed needs an empty database (set DATABASE_URI to a new file).')

  const req = await createLocalReq({}, payload)
  const [regencies, templates] = await inTransaction(req, async () => [await seedRegencies(req), await seedCatalog(req)] as const)
  const blueprints = blueprintsUpTo(options.agenciesPerRegency)
  const agenciesByRegency = new Map<SeededRegency['id'], SeededAgency[]>()
  let services = 0

  for (const regency of regencies.slice(0, options.regencies ?? regencies.length)) {
    const regencyReq = await createLocalReq({}, payload)
    await inTransaction(regencyReq, async () => {
      const agencies = await seedAgencies(regencyReq, regency, blueprints)
      agenciesByRegency.set(regency.id, agencies)
      let made = 0
      for (const variant of variants) {
        for (const template of templates) {
          if (made >= options.servicesPerRegency) break
          const agency = agencies.find((candidate) => candidate.key === template.agencyKey) ?? agencies[made % agencies.length]
          const copy = {
            ...template,
            slug: variant.id ? `${template.slug}-${variants.indexOf(variant)}` : template.slug,
            locales: template.locales.map(({ locale, data }) => ({
              locale,
              data: { ...data, title: `${data.title}${locale === 'en' ? variant.en : variant.id}` },
            })),
          }
          await createServiceFromTemplate(regencyReq, { template: copy, regency: regency.id, agency: agency.id, publish: true, overrideAccess: true })
          made++
        }
      }
      services += made
    })
    log(`${regency.name}: ${agenciesByRegency.get(regency.id)!.length} instansi, ${services} layanan sejauh ini`)
  }
  const accountsReq = await createLocalReq({}, payload)
  await inTransaction(accountsReq, () => seedAccounts(accountsReq, regencies, agenciesByRegency, options.password))
  return { regencies: regencies.length, agencies: [...agenciesByRegency.values()].reduce((sum, list) => sum + list.length, 0), services }
}
