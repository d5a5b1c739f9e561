import { copyFileSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { Payload, SanitizedConfig } from 'payload'
import { inject } from 'vitest'

import { cloneDatabase } from './mongoClone'

/** Which database this lane runs on: the SQLite lane by default, MongoDB when DB_LANE=mongodb. */
export const onMongoDB = () => process.env.DB_LANE === 'mongodb'

/**
 * A real Payload on this test file's own copy of the seeded database. The environment must
 * be set before the config is imported, because the config picks its adapter on import.
 */
export async function startPayload(): Promise<{ payload: Payload; config: SanitizedConfig }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'mpp-test-'))
  process.env.DATA_DIR = dir
  if (onMongoDB()) {
    const name = `${inject('mongoDatabasePrefix')}${process.env.VITEST_POOL_ID ?? 0}_${Date.now().toString(36)}`
    process.env.DATABASE_URI = await cloneDatabase(inject('seededMongoDatabaseURI'), name)
  } else {
    const file = path.join(dir, 'test.db')
    copyFileSync(inject('seededDatabaseFile'), file)
    process.env.DATABASE_URI = `file:${file}`
  }

  const { getPayload } = await import('payload')
  const config = await (await import('../../payload.config')).default
  const payload = await getPayload({ config })
  return { payload, config }
}
