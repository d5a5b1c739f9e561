/**
 * Demo MPP profiles. `location` is the approximate centre of the regency's seat of
 * government (longitude, latitude), for a map link until the regency enters its MPP's exact
 * point. `hasPhysicalMpp` is set only where a public source confirms a building by 2022
 * (DPMPTSP Jawa Barat, December 2021: Kab. Purwakarta, Kab. Bekasi, Kab. Sumedang,
 * Kab. Karawang, Kota Bekasi, Kota Bogor, Kota Tasikmalaya; Kota Bandung opening and
 * Kab. Bandung's building finished); regency admins correct it in the CMS.
 * Addresses are left to the regencies: none is invented here.
 */
export const mppProfiles: Record<string, { hasPhysicalMpp: boolean; location: [number, number]; address?: string }> = {
  'kabupaten-bogor': { hasPhysicalMpp: false, location: [106.854, -6.481] },
  'kabupaten-sukabumi': { hasPhysicalMpp: false, location: [106.55, -6.985] },
  'kabupaten-cianjur': { hasPhysicalMpp: false, location: [107.14, -6.82] },
  'kabupaten-bandung': { hasPhysicalMpp: true, location: [107.52, -7.03] },
  'kabupaten-garut': { hasPhysicalMpp: false, location: [107.9, -7.22] },
  'kabupaten-tasikmalaya': { hasPhysicalMpp: false, location: [108.11, -7.35] },
  'kabupaten-ciamis': { hasPhysicalMpp: false, location: [108.35, -7.33] },
  'kabupaten-kuningan': { hasPhysicalMpp: false, location: [108.48, -6.98] },
  'kabupaten-cirebon': { hasPhysicalMpp: false, location: [108.48, -6.76] },
  'kabupaten-majalengka': { hasPhysicalMpp: false, location: [108.23, -6.84] },
  'kabupaten-sumedang': { hasPhysicalMpp: true, location: [107.92, -6.86] },
  'kabupaten-indramayu': { hasPhysicalMpp: false, location: [108.32, -6.33] },
  'kabupaten-subang': { hasPhysicalMpp: false, location: [107.76, -6.57] },
  'kabupaten-purwakarta': { hasPhysicalMpp: true, location: [107.44, -6.56] },
  'kabupaten-karawang': { hasPhysicalMpp: true, location: [107.3, -6.3] },
  'kabupaten-bekasi': { hasPhysicalMpp: true, location: [107.15, -6.26] },
  'kabupaten-bandung-barat': { hasPhysicalMpp: false, location: [107.5, -6.84] },
  'kabupaten-pangandaran': { hasPhysicalMpp: false, location: [108.49, -7.7] },
  'kota-bogor': { hasPhysicalMpp: true, location: [106.8, -6.595] },
  'kota-sukabumi': { hasPhysicalMpp: false, location: [106.93, -6.92] },
  'kota-bandung': { hasPhysicalMpp: true, location: [107.619, -6.917] },
  'kota-cirebon': { hasPhysicalMpp: false, location: [108.557, -6.706] },
  'kota-bekasi': { hasPhysicalMpp: true, location: [106.975, -6.238] },
  'kota-depok': { hasPhysicalMpp: false, location: [106.82, -6.4] },
  'kota-cimahi': { hasPhysicalMpp: false, location: [107.542, -6.872] },
  'kota-tasikmalaya': { hasPhysicalMpp: true, location: [108.22, -7.327] },
  'kota-banjar': { hasPhysicalMpp: false, location: [108.53, -7.37] },
}
