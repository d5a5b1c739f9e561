import { defineConfig } from 'vitest/config'

/**
 * Lexical's Node entry points use top-level `await import()`, which Node 20 sometimes leaves
 * unsettled (exit code 13) when several load at once; its `production` export condition
 * points at plain modules instead. Every process that loads Payload unbundled sets it.
 */
const nodeConditions = ['--conditions=production']

/**
 * Three lanes: `unit` (pure domain rules), `int` (the real Payload on a real database, through
 * the Local API and the REST handlers), `e2e` (the built CMS in Debian's Chromium).
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
      {
        test: {
          name: 'int',
          include: ['tests/int/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/helpers/seededDatabase.globalSetup.ts'],
          execArgv: nodeConditions,
          // Refused requests are what these tests are about; keep the log to real errors.
          env: { LOG_LEVEL: 'error' },
          testTimeout: 60_000,
          hookTimeout: 180_000,
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
