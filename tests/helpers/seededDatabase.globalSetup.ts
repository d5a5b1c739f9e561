import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

import { runSeedScript } from './runSeedScript'

declare module 'vitest' {
  export interface ProvidedContext {
    seededDatabaseFile: string
  }
}

/**
 * Seeds one SQLite database with the real seed script (migrations included) once per test
 * run, shared by every SQLite lane of the run; each test file then works on its own copy of it
 * (see ./payload.ts).
 */
export default function setup(project: TestProject) {
  const dir = path.join(tmpdir(), `mpp-seed-${process.pid}`)
  const file = path.join(dir, 'seeded.db')
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true })
    const seconds = runSeedScript({ DATABASE_URI: `file:${file}.partial`, DATA_DIR: dir })
    // Renamed only when complete, so a crashed seed is never mistaken for a seeded database.
    renameSync(`${file}.partial`, file)
    console.log(`Seeded the SQLite test database in ${seconds} s`)
  }
  project.provide('seededDatabaseFile', file)
  return () => rmSync(dir, { recursive: true, force: true })
}
