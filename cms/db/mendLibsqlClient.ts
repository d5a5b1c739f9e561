import type { DatabaseAdapterObj } from 'payload'

/** The part of @libsql/client's Client (a dependency of @payloadcms/db-sqlite) used here. */
interface Client {
  execute(...args: any[]): Promise<any>
  transaction(mode?: 'write' | 'read' | 'deferred'): Promise<{ close(): void }>
}

const mended = new WeakSet<Client>()

/**
 * Two defects of the local-file client of @libsql/client 0.14 (pinned by @payloadcms/db-sqlite):
 *
 * - `transaction()` hands the client's shared connection to the transaction and opens a new
 *   one on next use, without the busy timeout the adapter set on the first
 *   (tursodatabase/libsql-client-ts#288). Each new shared connection gets it again here.
 * - When `BEGIN IMMEDIATE` fails because another connection holds the write lock, the failed
 *   statement stays in progress on the shared connection until the garbage collector finalizes
 *   it, and every later transaction on the client fails too, with SQLITE_BUSY or
 *   SQLITE_BUSY_SNAPSHOT (tursodatabase/libsql-client-ts#352): one refused write became
 *   hundreds. After a failed begin that connection is handed to a throwaway deferred
 *   transaction (which takes no lock) and closed, so the client opens a fresh one.
 */
export function mendLibsqlClient(client: Client, busyTimeoutMs: number): void {
  if (mended.has(client)) return
  mended.add(client)
  const transaction = client.transaction.bind(client)
  const execute = client.execute.bind(client)
  // execute() runs its statement before it first yields, so this reaches the connection the
  // client holds at this very moment.
  const keepBusyTimeout = () => void execute(`PRAGMA busy_timeout = ${busyTimeoutMs}`).catch(() => undefined)
  const replaceSharedConnection = async () => {
    try {
      ;(await transaction('deferred')).close()
    } catch {
      // Not even a deferred transaction could start there; the caller's error says more.
    }
    keepBusyTimeout()
  }
  const afterBusy = async (error: unknown): Promise<never> => {
    if (String((error as { code?: unknown })?.code).startsWith('SQLITE_BUSY')) await replaceSharedConnection()
    throw error
  }

  client.transaction = (mode) => {
    const started = transaction(mode)
    keepBusyTimeout()
    return started.catch(afterBusy)
  }
  client.execute = (...args) => execute(...args).catch(afterBusy)
}

/** Applies mendLibsqlClient to the SQLite adapter's client once it has connected. */
export function withMendedLibsqlClient(adapter: DatabaseAdapterObj, busyTimeoutMs: number): DatabaseAdapterObj {
  return {
    ...adapter,
    init: (args) => {
      const instance = adapter.init(args)
      const connect = instance.connect
      if (connect) {
        instance.connect = async (connectOptions) => {
          await connect.call(instance, connectOptions)
          const { client } = instance as unknown as { client?: Client }
          if (client) mendLibsqlClient(client, busyTimeoutMs)
        }
      }
      return instance
    },
  }
}
