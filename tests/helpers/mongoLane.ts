/**
 * FerretDB v1 filters many queries in Go rather than in its SQLite backend, so a full province
 * seed takes 40+ minutes there. The MongoDB lane seeds all 27 regencies, the catalog and the
 * accounts, but agencies and services only for the regencies the tests work in.
 */
export const mongoSeedRegencies = 'kota-bandung,kabupaten-sumedang'
