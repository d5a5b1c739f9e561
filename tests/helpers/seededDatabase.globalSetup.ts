import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    seededDatabaseFile: string
  }
}

/**
 * Seeds one SQLite database with the real seed script (migrations included) once per run;
 * every test file then works on its own copy of it (see ./payload.ts).
 */
export default function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(tmpdir(), 'mpp-seed-'))
  const file = path.join(dir, 'seeded.db')
  const started = Date.now()
  const result = spawnSync(path.resolve('node_modules/.bin/tsx'), ['cms/scripts/seed.ts'], {
    env: { ...process.env, NODE_OPTIONS: '--conditions=production --no-deprecation', DATABASE_URI: `file:${file}`, DATA_DIR: dir, NODE_ENV: 'test', SEED_PASSWORD: '' },
    encoding: 'utf8',
  })
  if (result.status !== 0) {
    throw new Error(`Seeding the test database failed (${result.error?.message ?? `exit ${result.status ?? result.signal}`}):\n${result.stdout}\n${result.stderr}`)
  }
  console.log(`Seeded test database in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  project.provide('seededDatabaseFile', file)
  return () => rmSync(dir, { recursive: true, force: true })
}
