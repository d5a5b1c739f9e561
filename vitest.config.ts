import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config'

import { mongoSeedRegencies } from './tests/helpers/mongoLane'

/**
 * Lexical's Node entry points use top-level `await import()`, which Node 20 sometimes leaves
 * unsettled (exit code 13) when several load at once; its `production` export condition
 * points at plain modules instead. Every process that loads Payload unbundled sets it.
 */
const nodeConditions = ['--conditions=production']

/** Integration tests that concern SQL migrations and SQLite-generated types only. */
const sqliteOnly = ['tests/int/migrations.test.ts', 'tests/int/generatedTypes.test.ts', 'tests/int/sqliteLocking.test.ts']

const integration = (name: string, env: Record<string, string>, globalSetup: string, exclude: string[] = []): TestProjectInlineConfiguration => ({
  test: {
    name,
    include: ['tests/int/**/*.test.ts'],
    exclude,
    environment: 'node',
    globalSetup: [globalSetup],
    execArgv: nodeConditions,
    // Refused requests are what these tests are about; keep the log to real errors.
    env: { LOG_LEVEL: 'error', ...env },
    testTimeout: 60_000,
    hookTimeout: 300_000,
  },
})

const mongoURI = process.env.TEST_MONGODB_URI
if (!mongoURI) {
  console.log('MongoDB lane skipped: TEST_MONGODB_URI is not set (.ci/run starts FerretDB and sets it); integration tests run on SQLite only.')
}

/**
 * Lanes: `unit` (pure domain rules), `int` (the real Payload on a real SQLite database, through
 * the Local API and the REST handlers), `int-mongodb` (the same on a MongoDB-protocol server,
 * when TEST_MONGODB_URI is set), `site` (the public site built from the seeded catalog: its
 * files, its server, and Chromium with axe), `e2e` (the built CMS in Debian's Chromium,
 * including publish-to-live).
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      integration('int', {}, 'tests/helpers/seededDatabase.globalSetup.ts'),
      ...(mongoURI
        ? [
            integration(
              'int-mongodb',
              { DB_LANE: 'mongodb', MONGODB_COMPAT: process.env.MONGODB_COMPAT ?? '', SEED_REGENCIES: mongoSeedRegencies },
              'tests/helpers/seededMongoDatabase.globalSetup.ts',
              sqliteOnly,
            ),
          ]
        : []),
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/helpers/seededDatabase.globalSetup.ts', 'tests/helpers/builtSite.globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 600_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/helpers/seededDatabase.globalSetup.ts', 'tests/helpers/cmsServer.globalSetup.ts'],
          execArgv: nodeConditions,
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 900_000,
        },
      },
    ],
  },
})
