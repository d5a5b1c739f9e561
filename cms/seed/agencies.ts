import type { PayloadRequest } from 'payload'

import { agencyBlueprints } from './data/agencies'
import type { AgencyBlueprint } from './data/types'
import { seededRandom } from './random'
import type { SeededRegency } from './regencies'
import { createLocalized } from './writeLocalized'

export type SeededAgency = { id: number | string; key: string; regency: number | string }

/** Which blueprints a regency's MPP hosts: the core ones always, the others by their presence share. */
export const agenciesFor = (regency: SeededRegency, blueprints: AgencyBlueprint[] = agencyBlueprints) => {
  const random = seededRandom(regency.code)
  return blueprints.filter((blueprint) => blueprint.presence >= 1 || random() < blueprint.presence)
}

/** A plausible set of agencies per regency, with counters numbered along the hall. */
export async function seedAgencies(req: PayloadRequest, regency: SeededRegency, blueprints: AgencyBlueprint[] = agencyBlueprints): Promise<SeededAgency[]> {
  const seeded: SeededAgency[] = []
  let counter = 1
  for (const [index, blueprint] of agenciesFor(regency, blueprints).entries()) {
    const counters = [counter, counter + 1].map((number) => ({ number: String(number).padStart(2, '0'), label: { id: 'Pelayanan', en: 'Service' } }))
    counter += 2
    const doc = await createLocalized<{ id: number | string }>(req, 'agencies', {
      name: blueprint.name.replaceAll('{wilayah}', regency.name),
      shortName: blueprint.shortName,
      slug: blueprint.key,
      catalogKey: blueprint.key,
      kind: blueprint.kind,
      description: blueprint.description,
      counters,
      floor: index < 12 ? '1' : '2',
      hours: { id: blueprint.hours, en: englishHours(blueprint.hours) },
      contacts: { phone: blueprint.phone, website: blueprint.website },
      regency: regency.id,
      _status: 'published',
    })
    seeded.push({ id: doc.id, key: blueprint.key, regency: regency.id })
  }
  return seeded
}

const dayNames: Record<string, string> = {
  Senin: 'Monday', Selasa: 'Tuesday', Rabu: 'Wednesday', Kamis: 'Thursday', Jumat: 'Friday', Sabtu: 'Saturday', Minggu: 'Sunday',
}

/** "Senin–Jumat 08.00–15.00" → "Monday–Friday 08.00–15.00" */
const englishHours = (hours: string) => hours.replace(/Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu/g, (day) => dayNames[day])
