import type { PayloadRequest } from 'payload'

import { createServiceFromTemplate, type TemplateCopy } from '../collections/Services/operations/createFromTemplate'
import type { SeededAgency } from './agencies'
import type { SeededRegency } from './regencies'

/**
 * Each regency publishes every catalog service whose agency it hosts, made from the province
 * template exactly as an editor would make it.
 */
export async function seedServices(req: PayloadRequest, regency: SeededRegency, agencies: SeededAgency[], templates: TemplateCopy[]) {
  let count = 0
  for (const template of templates) {
    const agency = agencies.find((candidate) => candidate.key === template.agencyKey)
    if (!agency) continue
    await createServiceFromTemplate(req, { template, regency: regency.id, agency: agency.id, publish: true, overrideAccess: true })
    count++
  }
  return count
}

/** An unfinished draft, so editors (and tests) see that drafts stay out of public view. */
export async function seedDraftService(req: PayloadRequest, regency: SeededRegency, agencies: SeededAgency[]) {
  const agency = agencies.find((candidate) => candidate.key === 'dpmptsp') ?? agencies[0]
  // IDs are numbers on SQLite and strings on MongoDB; the generated types know only one.
  return req.payload.create({
    collection: 'services',
    locale: 'id',
    draft: true,
    depth: 0,
    req,
    data: {
      title: 'Konsultasi Perizinan Berusaha (draf)',
      slug: 'konsultasi-perizinan-berusaha',
      summary: 'Draf: pendampingan pelaku usaha mikro dan kecil dalam mengurus izin. Belum diterbitkan.',
      category: 'perizinan-usaha',
      regency: regency.id as never,
      agency: agency.id as never,
      requirements: [{ document: 'KTP-el pemohon', form: 'original', count: 1, mandatory: true }],
      _status: 'draft',
    },
  })
}
