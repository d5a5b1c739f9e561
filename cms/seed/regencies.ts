import type { PayloadRequest } from 'payload'

import regencyList from './data/jabar-regencies.json'
import { mppProfiles } from './data/mppProfiles'

export type SeededRegency = { id: number | string; code: string; name: string; slug: string }

/** The 27 kabupaten/kota with their Kemendagri codes, and a demo MPP profile for each. */
export async function seedRegencies(req: PayloadRequest): Promise<SeededRegency[]> {
  const seeded: SeededRegency[] = []
  for (const regency of regencyList.regencies) {
    const profile = mppProfiles[regency.slug]
    const doc = await req.payload.create({
      collection: 'regencies',
      data: {
        name: regency.name,
        type: regency.type as 'kabupaten' | 'kota',
        code: regency.code,
        slug: regency.slug,
        hasPhysicalMpp: profile?.hasPhysicalMpp ?? false,
        mppName: `Mal Pelayanan Publik ${regency.name}`,
        address: profile?.address,
        location: profile?.location,
        openingHours: [
          { days: 'Senin–Kamis', opens: '08:00', closes: '15:00' },
          { days: 'Jumat', opens: '08:00', closes: '11:30' },
        ],
      },
      locale: 'id',
      depth: 0,
      req,
    })
    await req.payload.update({
      collection: 'regencies',
      id: doc.id,
      locale: 'en',
      data: {
        mppName: `${regency.name} Public Service Mall`,
        openingHours: (doc.openingHours ?? []).map((row, index) => ({ ...row, days: index === 0 ? 'Monday–Thursday' : 'Friday' })),
      },
      depth: 0,
      req,
    })
    seeded.push({ id: doc.id, code: regency.code, name: regency.name, slug: regency.slug })
  }
  return seeded
}
