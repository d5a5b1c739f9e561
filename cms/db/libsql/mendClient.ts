import path from 'node:path'

import type { Client, InStatement, IntMode, TransactionMode } from '@libsql/client'
import { Sqlite3Transaction } from '@libsql/client/sqlite3'
import { expandConfig } from '@libsql/core/config'
import Database from 'libsql'
import type { DatabaseAdapterObj } from 'payload'

import { SingleUseTransaction } from './singleUseTransaction'

export interface ConnectionSettings {
  /** Statements every connection needs (busy timeout, synchronous…), applied when it opens. */
  pragmas: string[]
}

const mended = new WeakSet<Client>()

const beginStatement: Record<TransactionMode, string> = {
  write: 'BEGIN IMMEDIATE',
  read: 'BEGIN TRANSACTION READONLY',
  deferred: 'BEGIN DEFERRED',
}

/** How long a write outside any transaction waits for the open transaction to end. */
const writeWaitMs = 10_000

const isBusy = (error: unknown) => String((error as { code?: unknown })?.code).startsWith('SQLITE_BUSY')
const isWrite = (statement: InStatement) => /^\s*(insert|update|delete|replace|create|drop|alter)\b/i.test(typeof statement === 'string' ? statement : statement.sql)

/**
 * The local-file client of @libsql/client 0.14 (pinned by @payloadcms/db-sqlite) hands its
 * shared connection to every transaction and opens a new one for the rest of the client. That
 * costs a connection per transaction, and each new connection parses the whole schema on its
 * first statement (about a third of a submission's CPU time, bench:submissions); the new
 * connections also lack the adapter's busy timeout and synchronous setting
 * (tursodatabase/libsql-client-ts#288).
 *
 * Here transactions run one after another on a long-lived connection of their own
 * (serializeTransactions queues them); should a second one still be asked for while one is
 * open, the client's own way is used for it. A write outside any transaction waits for the open
 * one to end (up to `writeWaitMs`): SQLite would make it wait for the lock anyway, and its
 * busy wait would block the whole process, including the transaction it waits for.
 *
 * A statement that fails with SQLITE_BUSY (another process holds the write lock) stays in
 * progress on its connection until the garbage collector finalizes it, and every later
 * transaction there fails too, with SQLITE_BUSY or SQLITE_BUSY_SNAPSHOT
 * (tursodatabase/libsql-client-ts#352): one refused write once failed hundreds of tests. The
 * connection that met it is therefore replaced: the transactions' own by a new one, the shared
 * one by handing it to a throwaway deferred transaction (which takes no lock).
 */
export function mendLibsqlClient(client: Client, file: string, intMode: IntMode, { pragmas }: ConnectionSettings): void {
  if (mended.has(client)) return
  mended.add(client)
  const handOver = client.transaction.bind(client)
  const execute = client.execute.bind(client)

  const open = () => {
    const connection = new Database(file)
    for (const pragma of pragmas) connection.exec(pragma)
    return connection
  }
  let connection: Database.Database | null = null
  let current: SingleUseTransaction | null = null
  let ended: Promise<void> = Promise.resolve()
  const discardConnection = () => {
    try {
      connection?.close()
    } catch {
      // Closing with a statement still in progress may fail; the connection is dropped anyway.
    }
    connection = null
  }

  // execute() runs its statement before it first yields, so this reaches the shared connection
  // the client holds at this very moment (a new one after a hand-over).
  const configureShared = () => {
    for (const pragma of pragmas) void execute(pragma).catch(() => undefined)
  }
  const replaceSharedConnection = async () => {
    try {
      ;(await handOver('deferred')).close()
    } catch {
      // Not even a deferred transaction could start there; the caller's error says more.
    }
    configureShared()
  }

  client.transaction = async (mode: TransactionMode = 'write') => {
    if (current && !current.ended) return handOver(mode)
    connection ??= open()
    if (connection.inTransaction) {
      // The last transaction ended without its ROLLBACK getting through.
      try {
        connection.exec('ROLLBACK')
      } catch {
        discardConnection()
        connection = open()
      }
    }
    try {
      connection.exec(beginStatement[mode])
    } catch (error) {
      discardConnection()
      throw error
    }
    let markEnded!: () => void
    ended = new Promise((resolve) => (markEnded = resolve))
    const transaction = new SingleUseTransaction(new Sqlite3Transaction(connection, intMode), connection, () => {
      if (current === transaction) current = null
      markEnded()
    })
    current = transaction
    return transaction
  }

  client.execute = (async (statement: InStatement, ...rest: unknown[]) => {
    if (current && isWrite(statement)) await Promise.race([ended, new Promise((resolve) => setTimeout(resolve, writeWaitMs).unref())])
    try {
      return await (execute as (...args: unknown[]) => ReturnType<Client['execute']>)(statement, ...rest)
    } catch (error) {
      if (isBusy(error)) await replaceSharedConnection()
      throw error
    }
  }) as Client['execute']

  const close = client.close.bind(client)
  client.close = () => {
    discardConnection()
    close()
  }
}

/** The database file the client opens, as the client itself reads its URL; null for memory. */
function fileOf(url: string): string | null {
  const { path: file } = expandConfig({ url }, true)
  return file.includes(':memory:') ? null : path.resolve(file)
}

/** Applies mendLibsqlClient to the SQLite adapter's client once it has connected. */
export function withMendedLibsqlClient(adapter: DatabaseAdapterObj, settings: ConnectionSettings): DatabaseAdapterObj {
  return {
    ...adapter,
    init: (args) => {
      const instance = adapter.init(args)
      const connect = instance.connect
      if (connect) {
        instance.connect = async (connectOptions) => {
          await connect.call(instance, connectOptions)
          const { client, clientConfig } = instance as unknown as { client?: Client; clientConfig: { url: string; intMode?: IntMode } }
          const file = fileOf(clientConfig.url)
          if (client && file) mendLibsqlClient(client, file, clientConfig.intMode ?? 'number', settings)
        }
      }
      return instance
    },
  }
}
