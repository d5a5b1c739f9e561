import type { DatabaseAdapterObj } from 'payload'

export interface TransactionQueueOptions {
  /** After this long in the queue, the wait is logged with where the transaction ahead began. */
  reportAfterMs?: number
  /** After this long in the queue, the transaction is refused instead of waiting on. */
  giveUpAfterMs?: number
}

/**
 * SQLite has one writer at a time, and Payload's SQLite adapter begins every transaction with
 * `BEGIN IMMEDIATE` on a libsql connection that cannot wait for the lock without blocking the
 * whole process. Transactions are therefore queued in this process, one after another, which is
 * what SQLite would do anyway. Reads outside transactions are not queued (WAL lets them run
 * beside the writer).
 *
 * A transaction is never started beside another: that always fails with SQLITE_BUSY (and used
 * to leave the connection unusable, see libsql/mendClient). A long wait only happens when a
 * transaction ahead was left open (or code opens a second transaction inside its first without
 * passing `req`); it is logged with where that transaction began, and after `giveUpAfterMs` the
 * waiting one is refused with a clear error rather than hanging the request.
 */
export function serializeTransactions(adapter: DatabaseAdapterObj, options: TransactionQueueOptions = {}): DatabaseAdapterObj {
  const { reportAfterMs = 15_000, giveUpAfterMs = 60_000 } = options
  return {
    ...adapter,
    init: (args) => {
      const instance = adapter.init(args)
      const begin = instance.beginTransaction.bind(instance)
      const commit = instance.commitTransaction.bind(instance)
      const rollback = instance.rollbackTransaction.bind(instance)
      const releases = new Map<number | string, () => void>()
      let tail: Promise<void> = Promise.resolve()
      // The Error is made when a transaction begins but its stack is formatted only when a wait
      // is reported: formatting (with source maps) costs more than the rest of the bookkeeping.
      let current: { since: number; origin: Error } | null = null
      const originOf = (error: Error) => error.stack?.split('\n').slice(2, 6).map((line) => line.trim()).join(' < ') ?? 'unknown'

      /** Resolves with this transaction's release once every transaction ahead has ended. */
      const acquire = (): Promise<() => void> => {
        let release!: () => void
        const turn = new Promise<void>((resolve) => (release = resolve))
        const previous = tail
        tail = previous.then(() => turn)
        return new Promise((resolve, reject) => {
          const report = setTimeout(() => {
            const ahead = current ? `open for ${Math.round((Date.now() - current.since) / 1000)} s, begun ${originOf(current.origin)}` : 'none recorded'
            instance.payload?.logger.error(`A database transaction has waited ${reportAfterMs / 1000} s for the one ahead of it (${ahead}).`)
          }, reportAfterMs)
          const giveUp = setTimeout(() => {
            clearTimeout(report)
            // Keep the queue moving: this place is passed on as soon as the one ahead ends.
            void previous.then(release)
            reject(new Error(`Basis data sedang sibuk; coba lagi sebentar lagi. (A transaction waited ${giveUpAfterMs / 1000} s for the one ahead of it.)`))
          }, giveUpAfterMs)
          report.unref?.()
          giveUp.unref?.()
          void previous.then(() => {
            clearTimeout(report)
            clearTimeout(giveUp)
            resolve(release)
          })
        })
      }

      const finish = async (id: unknown, end: (id: never) => Promise<void>) => {
        const key = (id instanceof Promise ? await id : id) as number | string
        try {
          await end(key as never)
        } finally {
          releases.get(key)?.()
          releases.delete(key)
        }
      }

      instance.beginTransaction = async (beginOptions) => {
        const release = await acquire()
        const origin = new Error('transaction begun here')
        const ended = () => {
          current = null
          release()
        }
        try {
          const id = await begin(beginOptions)
          if (id === null) {
            ended()
          } else {
            current = { since: Date.now(), origin }
            releases.set(id, ended)
          }
          return id
        } catch (error) {
          ended()
          throw error
        }
      }
      instance.commitTransaction = (id) => finish(id, commit)
      instance.rollbackTransaction = (id) => finish(id, rollback)
      return instance
    },
  }
}
