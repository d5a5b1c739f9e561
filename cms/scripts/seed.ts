/**
 * `npm run seed`: applies migrations and seeds an empty database (see cms/seed). Safe to run
 * again: a seeded database is left as it is. SEED_REGENCIES (comma-separated slugs) limits
 * agencies and services to those regencies, for test lanes on slow servers.
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { seed } from '../seed'
import { seedPassword } from '../seed/password'

const payload = await getPayload({ config })
try {
  const regencySlugs = process.env.SEED_REGENCIES?.split(',').map((slug) => slug.trim()).filter(Boolean)
  const result = await seed(payload, { password: seedPassword(), regencySlugs })
  payload.logger.info(
    result.skipped
      ? `Seed dilewati: basis data sudah berisi ${result.regencies} kabupaten/kota.`
      : `Seed selesai: ${result.regencies} kabupaten/kota, ${result.templates} templat, ${result.agencies} instansi, ${result.services} layanan.`,
  )
} finally {
  await payload.destroy()
}
