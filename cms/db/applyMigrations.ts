import type { Payload } from 'payload'

import { migrations } from '../migrations'

/**
 * Brings an SQL database up to the committed migrations at start-up, in every environment.
 * MongoDB needs no schema migrations: its indexes are ensured by the adapter on connect.
 */
export async function applyMigrations(payload: Payload): Promise<void> {
  if (payload.db.name === 'mongoose') return
  await payload.db.migrate({ migrations: migrations as never })
}
