/**
 * The embedded SQLite database under a write lock held elsewhere (another process on the same
 * file, such as a seed run beside `npm start`): the write that meets it is refused, and every
 * write after the lock is gone works again and sees what the other process committed. Before
 * cms/db/libsql/mendClient, one refused write left the shared connection stuck and hundreds of
 * later writes failed with SQLITE_BUSY_SNAPSHOT. Within the process, a write outside any
 * transaction waits for the open one without freezing the server, and a transaction's handle
 * cannot reach into the next transaction.
 */
import { createClient, type Client } from '@libsql/client'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startPayload } from '../helpers/payload'

let payload: Payload
let otherProcess: Client
let userId: number | string
let regencyId: number | string

const entry = (caseCode: string) => ({
  user: userId,
  action: 'view-personal-data',
  targetCollection: 'applications',
  targetId: '1',
  caseCode,
  regency: regencyId,
})
const write = (caseCode: string) => payload.create({ collection: 'audit-log', data: entry(caseCode) as never })
const countOf = async (caseCode: string) => (await payload.count({ collection: 'audit-log', where: { caseCode: { equals: caseCode } } })).totalDocs

beforeAll(async () => {
  ;({ payload } = await startPayload())
  otherProcess = createClient({ url: process.env.DATABASE_URI! })
  userId = (await payload.find({ collection: 'users', limit: 1, depth: 0 })).docs[0]!.id
  regencyId = (await payload.find({ collection: 'regencies', limit: 1, depth: 0 })).docs[0]!.id
  // A first transaction, so the client is on the connection it opens after handing one over.
  await write('KUNCI-AWAL')
})

afterAll(() => otherProcess?.close())

describe('SQLite write lock held by another process', () => {
  it('refuses the write that meets the lock, then writes again once it is released', async () => {
    const lock = await otherProcess.transaction('write')
    await lock.execute({ sql: "UPDATE regencies SET updated_at = updated_at WHERE id = ?", args: [regencyId] })

    await expect(write('KUNCI-DITOLAK')).rejects.toThrow()
    expect(await countOf('KUNCI-DITOLAK'), 'nothing half-written').toBe(0)

    await lock.commit()
    for (const code of ['KUNCI-1', 'KUNCI-2', 'KUNCI-3']) await write(code)
    for (const code of ['KUNCI-1', 'KUNCI-2', 'KUNCI-3']) expect(await countOf(code)).toBe(1)
  }, 30_000)

  it('keeps reads current after a refused write (no stale snapshot left behind)', async () => {
    const lock = await otherProcess.transaction('write')
    await expect(write('KUNCI-BASI')).rejects.toThrow()
    await lock.execute({ sql: "UPDATE audit_log SET case_code = 'KUNCI-DARI-LUAR' WHERE case_code = 'KUNCI-AWAL'", args: [] })
    await lock.commit()

    expect(await countOf('KUNCI-DARI-LUAR'), 'the other process’s commit is visible').toBe(1)
    await write('KUNCI-4')
    expect(await countOf('KUNCI-4')).toBe(1)
  }, 30_000)
})

describe('SQLite writes within this process', () => {
  it('lets a write outside any transaction wait for the open one, without freezing the server', async () => {
    const open = await payload.db.beginTransaction()
    // Payload's job runner and preferences write like this, outside a transaction.
    const outside = payload.db.create({ collection: 'audit-log', data: entry('KUNCI-LUAR'), req: {} as never })
    const started = Date.now()
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(Date.now() - started, 'timers still run while the write waits').toBeLessThan(1000)
    await payload.db.commitTransaction(open!)
    await outside
    expect(await countOf('KUNCI-LUAR')).toBe(1)
  })

  it('refuses work on a transaction handle after its transaction has ended', async () => {
    const client = (payload.db as unknown as { client: Client }).client
    const first = await client.transaction('write')
    await first.commit()
    const second = await client.transaction('write')
    try {
      await expect(first.execute("UPDATE audit_log SET case_code = 'KUNCI-BASI-2' WHERE case_code = 'KUNCI-AWAL'")).rejects.toThrow(/closed/)
      first.close()
      expect(second.closed, 'the later transaction is untouched').toBe(false)
    } finally {
      await second.rollback()
    }
  })
})
