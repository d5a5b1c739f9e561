import { index } from '@payloadcms/db-sqlite/drizzle/sqlite-core'
import type { SQLiteSchemaHook } from '@payloadcms/db-sqlite/types'

/**
 * Payload keeps localized values in `<table>_locales` rows keyed by (`_locale`, `_parent_id`),
 * but reads them by `_parent_id` alone, which that unique index cannot serve: every read of a
 * localized document then scans the whole locales table, and with versions those tables grow
 * by tens of thousands of rows per thousand services. One index per locales table fixes it;
 * because it is part of the schema, `npm run migrate:create` writes it into the migrations.
 */
export const indexLocalesByParent: SQLiteSchemaHook = ({ schema, extendTable }) => {
  for (const [name, table] of Object.entries(schema.tables)) {
    if (!name.endsWith('_locales') || !('_parentID' in table)) continue
    extendTable({
      table,
      extraConfig: (columns) => ({ [`${name}_parent_idx`]: index(`${name}_parent_idx`).on(columns._parentID) }),
    })
  }
  return schema
}
