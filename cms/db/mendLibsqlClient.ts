import type { Client, IntMode, TransactionMode } from '@libsql/client'
import { Sqlite3Transaction } from '@libsql/client/sqlite3'
import Database from 'libsql'
import type { DatabaseAdapterObj } from 'payload'

export interface ConnectionSettings {
  /** Statements every connection needs (busy timeout, synchronous), applied when it opens. */
  pragmas: string[]
}

const mended = new WeakSet<Client>()

const beginStatement: Record<TransactionMode, string> = {
  write: 'BEGIN IMMEDIATE',
  read: 'BEGIN TRANSACTION READONLY',
  deferred: 'BEGIN DEFERRED',
}

const isBusy = (error: unknown) => String((error as { code?: unknown })?.code).startsWith('SQLITE_BUSY')

/**
 * The local-file client of @libsql/client 0.14 (pinned by @payloadcms/db-sqlite) hands its one
 * shared connection to every transaction and opens a new one for the rest of the client. That
 * costs a connection per transaction, and each new connection parses the whole schema on its
 * first statement (about a third of a submission's CPU time, bench:submissions); the new
 * connections also lack the adapter's busy timeout and synchronous setting
 * (tursodatabase/libsql-client-ts#288).
 *
 * Here transactions run on one long-lived connection of their own instead. serializeTransactions
 * guarantees one transaction at a time, so one connection is enough; should it still be in a
 * transaction, the client's own way is used.
 *
 * A statement that fails with SQLITE_BUSY (another process holds the write lock) stays in
 * progress on its connection until the garbage collector finalizes it, and every later
 * transaction on that connection fails too, with SQLITE_BUSY or SQLITE_BUSY_SNAPSHOT
 * (tursodatabase/libsql-client-ts#352): one refused write once failed hundreds of tests. The
 * connection that met it is therefore replaced: the transactions' own by a new one, the shared
 * one by handing it to a throwaway deferred transaction (which takes no lock).
 */
export function mendLibsqlClient(client: Client, path: string, intMode: IntMode, { pragmas }: ConnectionSettings): void {
  if (mended.has(client)) return
  mended.add(client)
  const handOver = client.transaction.bind(client)
  const execute = client.execute.bind(client)

  const open = () => {
    const connection = new Database(path)
    for (const pragma of pragmas) connection.exec(pragma)
    return connection
  }
  let forTransactions: Database.Database | null = null
  const discardTransactionConnection = () => {
    try {
      forTransactions?.close()
    } catch {
      // Closing with a statement still in progress may fail; the connection is dropped anyway.
    }
    forTransactions = null
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
    forTransactions ??= open()
    if (forTransactions.inTransaction) {
      // Only after a commit and its rollback both failed: nothing else can be using it.
      try {
        forTransactions.exec('ROLLBACK')
      } catch {
        discardTransactionConnection()
        forTransactions = open()
      }
    }
    try {
      forTransactions.exec(beginStatement[mode])
    } catch (error) {
      discardTransactionConnection()
      throw error
    }
    return new Sqlite3Transaction(forTransactions, intMode)
  }
  client.execute = ((...args: Parameters<Client['execute']>) =>
    execute(...args).catch(async (error: unknown) => {
      if (isBusy(error)) await replaceSharedConnection()
      throw error
    })) as Client['execute']
  const close = client.close.bind(client)
  client.close = () => {
    discardTransactionConnection()
    close()
  }
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
          if (client) mendLibsqlClient(client, clientConfig.url.replace(/^file:(\/\/)?/, ''), clientConfig.intMode ?? 'number', settings)
        }
      }
      return instance
    },
  }
}
