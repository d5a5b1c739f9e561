/**
 * `npm run seed`: applies migrations and seeds an empty database (see cms/seed). Safe to run
 * again: a seeded database is left as it is.
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { seed } from '../seed'
import { seedPassword } from '../seed/password'

const payload = await getPayload({ config })
try {
  const result = await seed(payload, { password: seedPassword() })
  payload.logger.info(
    result.skipped
      ? `Seed dilewati: basis data sudah berisi ${result.regencies} kabupaten/kota.`
      : `Seed selesai: ${result.regencies} kabupaten/kota, ${result.templates} templat, ${result.agencies} instansi, ${result.services} layanan.`,
  )
} finally {
  await payload.destroy()
}
