/**
 * Production builds its SQL tables from the committed migrations only (no schema push), so a
 * collection change without its migration must fail here rather than in production.
 */
import { cpSync, mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import { migrations } from '../../cms/migrations'
import { startPayload } from '../helpers/payload'

let payload: Payload

beforeAll(async () => {
  ;({ payload } = await startPayload())
})

describe('SQLite migrations', () => {
  it('built this database: every committed migration has run, in order', async () => {
    const { docs } = await payload.find({ collection: 'payload-migrations', pagination: false, sort: 'name' })
    expect(docs.map((doc) => doc.name)).toEqual(migrations.map((migration) => migration.name))
  })

  it('match the collections: generating a new migration finds nothing to do', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mpp-migrations-'))
    cpSync(path.resolve('cms/migrations'), dir, { recursive: true })
    const before = readdirSync(dir).sort()
    const db = payload.db as typeof payload.db & { migrationDir: string }
    const original = db.migrationDir
    db.migrationDir = dir
    // With skipEmpty, Payload ends the process (exit code 0) when there is nothing to migrate.
    const exit = vi.spyOn(process, 'exit').mockImplementation(((code?: number) => {
      throw new Error(`exit ${code}`)
    }) as never)
    let outcome = 'wrote a new migration'
    try {
      await db.createMigration({ migrationName: 'drift_check', payload, skipEmpty: true })
    } catch (error) {
      outcome = (error as Error).message
    } finally {
      exit.mockRestore()
      db.migrationDir = original
    }
    expect(outcome, 'run `npm run migrate:create` and commit the result').toBe('exit 0')
    expect(readdirSync(dir).sort()).toEqual(before)
  })
})
