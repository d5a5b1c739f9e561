import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { MongoClient } from 'mongodb'
import type { TestProject } from 'vitest/node'

import { dropDatabase, withDatabase } from './mongoClone'
import { mongoSeedRegencies } from './mongoLane'
import { runSeedScript } from './runSeedScript'

declare module 'vitest' {
  export interface ProvidedContext {
    seededMongoDatabaseURI: string
    mongoDatabasePrefix: string
  }
}

/**
 * The MongoDB lane: seeds a freshly dropped database on the server TEST_MONGODB_URI names,
 * with the same seed script; each test file then works on its own clone (see ./payload.ts).
 * Every database this run made is dropped at the end.
 */
export default async function setup(project: TestProject) {
  const prefix = `mpp_${process.pid}_`
  const uri = withDatabase(process.env.TEST_MONGODB_URI!, `${prefix}seed`)
  await dropDatabase(uri)
  const dir = mkdtempSync(path.join(tmpdir(), 'mpp-mongo-seed-'))
  const seconds = runSeedScript({ DATABASE_URI: uri, DATA_DIR: dir, MONGODB_COMPAT: process.env.MONGODB_COMPAT ?? '', SEED_REGENCIES: mongoSeedRegencies })
  console.log(`Seeded the MongoDB test database in ${seconds} s (MONGODB_COMPAT=${process.env.MONGODB_COMPAT || 'none'})`)
  project.provide('seededMongoDatabaseURI', uri)
  project.provide('mongoDatabasePrefix', prefix)

  return async () => {
    const client = await MongoClient.connect(process.env.TEST_MONGODB_URI!)
    try {
      const { databases } = await client.db().admin().listDatabases({ nameOnly: true })
      for (const { name } of databases) if (name.startsWith(prefix)) await client.db(name).dropDatabase()
    } finally {
      await client.close()
      rmSync(dir, { recursive: true, force: true })
    }
  }
}
