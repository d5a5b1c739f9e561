import { createLocalReq, type Payload } from 'payload'

import { inTransaction } from '../utilities/inTransaction'
import { seedAccounts } from './accounts'
import { seedAgencies, type SeededAgency } from './agencies'
import { seedCatalog } from './catalog'
import { seedRegencies, type SeededRegency } from './regencies'
import { seedDraftService, seedServices } from './services'

export interface SeedOptions {
  /** Password of the demo accounts (see ./password). */
  password: string
  /** Only these regencies get agencies and services (all 27 exist regardless); for fast tests. */
  regencySlugs?: string[]
}

export interface SeedResult {
  skipped: boolean
  regencies: number
  templates: number
  agencies: number
  services: number
}

/**
 * Seeds an empty database: the 27 regencies, the province master catalog, each regency's
 * agencies and services made from it, and the demo accounts. A database that already has
 * regencies is left alone.
 */
export async function seed(payload: Payload, options: SeedOptions): Promise<SeedResult> {
  const { totalDocs } = await payload.count({ collection: 'regencies' })
  if (totalDocs > 0) return { skipped: true, regencies: totalDocs, templates: 0, agencies: 0, services: 0 }

  // One request (and so one transaction) per step: a regency's data commits as a whole.
  const fresh = () => createLocalReq({}, payload)

  const regencyReq = await fresh()
  const regencies = await inTransaction(regencyReq, () => seedRegencies(regencyReq))
  const catalogReq = await fresh()
  const templates = await inTransaction(catalogReq, () => seedCatalog(catalogReq))

  const agenciesByRegency = new Map<SeededRegency['id'], SeededAgency[]>()
  let services = 0
  for (const regency of regencies) {
    if (options.regencySlugs && !options.regencySlugs.includes(regency.slug)) continue
    const req = await fresh()
    await inTransaction(req, async () => {
      const agencies = await seedAgencies(req, regency)
      agenciesByRegency.set(regency.id, agencies)
      services += await seedServices(req, regency, agencies, templates)
      if (regency.slug === 'kota-bandung') await seedDraftService(req, regency, agencies)
    })
    payload.logger.info(`Seed: ${regency.name} siap (${agenciesByRegency.get(regency.id)!.length} instansi).`)
  }

  const accountsReq = await fresh()
  await inTransaction(accountsReq, () => seedAccounts(accountsReq, regencies, agenciesByRegency, options.password))

  return {
    skipped: false,
    regencies: regencies.length,
    templates: templates.length,
    agencies: [...agenciesByRegency.values()].reduce((sum, list) => sum + list.length, 0),
    services,
  }
}
