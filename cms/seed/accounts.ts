import type { PayloadRequest } from 'payload'

import type { SeededAgency } from './agencies'
import type { SeededRegency } from './regencies'

export const DEMO_DOMAIN = 'mpp-jabar.test'

export const demoAccountEmails = {
  province: `provinsi@${DEMO_DOMAIN}`,
  regencyAdmin: (regencySlug: string) => `admin@${regencySlug}.${DEMO_DOMAIN}`,
  editor: `editor@kota-bandung.${DEMO_DOMAIN}`,
  officer: `petugas@kota-bandung.${DEMO_DOMAIN}`,
}

/** Demo staff accounts for local use: one province admin, one admin per regency, and Kota Bandung's editor and officer. */
export async function seedAccounts(
  req: PayloadRequest,
  regencies: SeededRegency[],
  agenciesByRegency: Map<SeededRegency['id'], SeededAgency[]>,
  password: string,
) {
  const create = (data: Record<string, unknown>) =>
    req.payload.create({ collection: 'users', data: { password, ...data } as never, depth: 0, req })

  await create({ email: demoAccountEmails.province, name: 'Tim MPP Digital Provinsi Jawa Barat', role: 'province-admin' })
  for (const regency of regencies) {
    await create({ email: demoAccountEmails.regencyAdmin(regency.slug), name: `Admin MPP ${regency.name}`, role: 'regency-admin', regencies: [{ regency: regency.id }] })
  }
  const bandung = regencies.find((regency) => regency.slug === 'kota-bandung')
  const disdukcapil = bandung && agenciesByRegency.get(bandung.id)?.find((agency) => agency.key === 'disdukcapil')
  if (!bandung || !disdukcapil) return // Kota Bandung was left out of this (partial) seed.
  await create({ email: demoAccountEmails.editor, name: 'Editor MPP Kota Bandung', role: 'editor', regencies: [{ regency: bandung.id }] })
  await create({
    email: demoAccountEmails.officer,
    name: 'Petugas Disdukcapil Kota Bandung',
    role: 'agency-officer',
    regencies: [{ regency: bandung.id }],
    agency: disdukcapil.id,
  })
}
