/**
 * Helpers for writing one document in several locales through Payload: the first locale
 * creates rows, later locales must address the same rows by ID or they would replace them.
 */

const isRichText = (value: object) => 'root' in value

/** Row IDs belong to the source document's tables; a copy gets fresh ones. */
export const withoutRowIds = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(withoutRowIds)
  if (value && typeof value === 'object' && !isRichText(value)) {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([key]) => key !== 'id')
        .map(([key, inner]) => [key, withoutRowIds(inner)]),
    )
  }
  return value
}

/** Give a later locale's data the row IDs of the created document, matching rows by position. */
export const alignRows = (source: unknown, created: unknown): unknown => {
  if (Array.isArray(source)) {
    const rows = Array.isArray(created) ? created : []
    return source.map((row, index) => alignRows(row, rows[index]))
  }
  if (source && typeof source === 'object' && !isRichText(source)) {
    const target = (created ?? {}) as Record<string, unknown>
    const out: Record<string, unknown> = {}
    for (const [key, inner] of Object.entries(source as Record<string, unknown>)) {
      if (key === 'id') continue
      out[key] = alignRows(inner, target[key])
    }
    if (target.id !== undefined) out.id = target.id
    return out
  }
  return source
}

/** `{ id: '…', en: '…' }` pairs in seed data become the string of one locale. */
export const inLocale = (value: unknown, locale: string): unknown => {
  if (Array.isArray(value)) return value.map((inner) => inLocale(inner, locale))
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
    const keys = entries.map(([key]) => key).sort().join(',')
    if (keys === 'en,id' && entries.every(([, inner]) => typeof inner === 'string')) {
      return (value as Record<string, string>)[locale]
    }
    return Object.fromEntries(entries.map(([key, inner]) => [key, inLocale(inner, locale)]))
  }
  return value
}
