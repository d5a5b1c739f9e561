/**
 * `npm run seed:province`: a province-scale database for benchmarks (27 regencies × 35
 * agencies × 300 services by default) in its own file, data/province-scale.db, unless
 * DATABASE_URI names another empty database. PROVINCE_AGENCIES, PROVINCE_SERVICES and
 * PROVINCE_REGENCIES scale it down for a quick trial.
 */
import path from 'node:path'

import { dataDir } from '../dataDir'

process.env.DATABASE_URI ??= `file:${path.join(dataDir, 'province-scale.db')}`

const { getPayload } = await import('payload')
const { default: config } = await import('@payload-config')
const { seedProvinceScale } = await import('../seed/provinceScale')
const { seedPassword } = await import('../seed/password')

const count = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback)
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive whole number`)
  return value
}

const payload = await getPayload({ config })
try {
  const started = Date.now()
  const result = await seedProvinceScale(payload, {
    password: seedPassword(),
    agenciesPerRegency: count('PROVINCE_AGENCIES', 35),
    servicesPerRegency: count('PROVINCE_SERVICES', 300),
    regencies: process.env.PROVINCE_REGENCIES ? count('PROVINCE_REGENCIES', 27) : undefined,
    log: (message) => payload.logger.info(message),
  })
  payload.logger.info(
    `Skala provinsi siap di ${process.env.DATABASE_URI}: ${result.regencies} kabupaten/kota, ${result.agencies} instansi, ${result.services} layanan (${((Date.now() - started) / 1000).toFixed(0)} s).`,
  )
} finally {
  await payload.destroy()
}
