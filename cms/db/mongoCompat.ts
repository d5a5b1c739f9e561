import { compatibilityOptions, type Args } from '@payloadcms/db-mongodb'

/**
 * Servers that speak the MongoDB protocol but are not MongoDB, each with the adapter features
 * it lacks switched off. Chosen explicitly with MONGODB_COMPAT, never by sniffing the server:
 * production on real MongoDB keeps every feature. docs/operations.md lists the differences.
 */
export const mongoCompatibility: Record<string, Partial<Args>> = {
  ...compatibilityOptions,
  // FerretDB v1 (the CI lane): no $lookup, so joins and sorts by related fields are resolved
  // with separate queries; index hints are ignored; no transactions without a replica set.
  ferretdb: {
    useJoinAggregations: false,
    usePipelineInSortLookup: false,
    disableIndexHints: true,
    transactionOptions: false,
  },
}

/** Servers whose gaps no adapter option covers, and need cms/db/withoutUpdateProjection. */
export const needsUpdateWithoutProjection = (compat = process.env.MONGODB_COMPAT) => compat === 'ferretdb'

export function mongoCompatOptions(compat = process.env.MONGODB_COMPAT): Partial<Args> {
  if (!compat) return {}
  const options = mongoCompatibility[compat]
  if (!options) {
    throw new Error(`Unknown MONGODB_COMPAT "${compat}" (known: ${Object.keys(mongoCompatibility).join(', ')})`)
  }
  return options
}
