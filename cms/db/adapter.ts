import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { dataDir, projectRoot } from '../dataDir'
import { indexLocalesByParent } from './indexLocalesByParent'
import { withMendedLibsqlClient } from './libsql/mendClient'
import { serializeTransactions } from './serializeTransactions'
import { mongoCompatOptions, needsUpdateWithoutProjection } from './mongoCompat'
import { withoutUpdateProjection } from './withoutUpdateProjection'

const SQLITE_BUSY_TIMEOUT_MS = 5000
// In WAL mode NORMAL cannot corrupt the file; only the last commits before a power cut (not a
// process crash) can be lost, and commits no longer wait for a disk flush. Production runs MongoDB.
const SQLITE_SYNCHRONOUS = 'NORMAL'
const SQLITE_JOURNAL_SIZE_LIMIT = 64 * 1024 * 1024

/**
 * The database follows DATABASE_URI: `mongodb://…` / `mongodb+srv://…` is production's
 * MongoDB (a replica set or Atlas); unset or `file:…` is an embedded SQLite file, so a fresh
 * clone runs without a server.
 */
export function databaseAdapter(uri = process.env.DATABASE_URI): DatabaseAdapterObj {
  if (uri && /^mongodb(\+srv)?:\/\//.test(uri)) {
    const adapter = mongooseAdapter({ url: uri, ...mongoCompatOptions() })
    return needsUpdateWithoutProjection() ? withoutUpdateProjection(adapter) : adapter
  }
  if (uri && !uri.startsWith('file:')) {
    throw new Error(`DATABASE_URI must start with mongodb://, mongodb+srv:// or file: (got "${uri.split(':')[0]}:…")`)
  }
  return serializeTransactions(withMendedLibsqlClient(sqliteAdapter({
    client: { url: uri ?? `file:${path.join(dataDir, 'mpp.db')}` },
    migrationDir: path.join(projectRoot, 'cms', 'migrations'),
    // Tables come from the committed migrations (applied by cms/db/applyMigrations on every
    // start), never from a schema push, so development and tests run what production runs.
    push: false,
    afterSchemaInit: [indexLocalesByParent],
    // Without transactionOptions the SQLite adapter runs every statement on its own: a failed
    // write could leave half a document behind, and each statement pays for its own sync.
    transactionOptions: {},
    // Readers keep reading while a writer commits.
    wal: { journalSizeLimit: SQLITE_JOURNAL_SIZE_LIMIT, synchronous: SQLITE_SYNCHRONOUS },
    // A write that meets another process's lock (a seed run beside the server) waits for it
    // instead of failing at once; this process's own transactions are queued instead.
    busyTimeout: SQLITE_BUSY_TIMEOUT_MS,
  }), {
    pragmas: [
      `PRAGMA busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`,
      `PRAGMA synchronous = ${SQLITE_SYNCHRONOUS}`,
      `PRAGMA journal_size_limit = ${SQLITE_JOURNAL_SIZE_LIMIT}`,
    ],
  }))
}
