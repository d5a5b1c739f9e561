import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    seededDatabaseFile: string
  }
}

/**
 * Seeds one SQLite database with the real seed script (migrations included) once per test
 * run, shared by every lane of the run; each test file then works on its own copy of it
 * (see ./payload.ts).
 */
export default function setup(project: TestProject) {
  const dir = path.join(tmpdir(), `mpp-seed-${process.pid}`)
  const file = path.join(dir, 'seeded.db')
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true })
    const started = Date.now()
    const result = spawnSync(path.resolve('node_modules/.bin/tsx'), ['cms/scripts/seed.ts'], {
      env: {
        ...process.env,
        NODE_OPTIONS: '--conditions=production --no-deprecation',
        DATABASE_URI: `file:${file}.partial`,
        DATA_DIR: dir,
        NODE_ENV: 'test',
        SEED_PASSWORD: '',
      },
      encoding: 'utf8',
    })
    if (result.status !== 0) {
      throw new Error(`Seeding the test database failed (${result.error?.message ?? `exit ${result.status ?? result.signal}`}):\n${result.stdout}\n${result.stderr}`)
    }
    // Renamed only when complete, so a crashed seed is never mistaken for a seeded database.
    rmSync(file, { force: true })
    renameSync(`${file}.partial`, file)
    console.log(`Seeded the test database in ${((Date.now() - started) / 1000).toFixed(0)} s`)
  }
  project.provide('seededDatabaseFile', file)
  return () => rmSync(dir, { recursive: true, force: true })
}
