import type { DatabaseAdapterObj } from 'payload'

/**
 * SQLite has one writer at a time, and Payload's SQLite adapter gives every transaction a
 * fresh libsql connection that has no busy timeout: two citizens submitting at the same moment
 * made the second fail with SQLITE_BUSY ("cannot begin transaction"). Transactions are
 * therefore queued in this process, one after another, which is what SQLite would do anyway.
 * Reads outside transactions are not queued (WAL lets them run beside the writer).
 *
 * A transaction that waits longer than `waitMs` goes ahead unqueued rather than hanging: that
 * only happens when code opens a second transaction while its first is still open (a nested
 * write without `req`), and SQLite's own error is then a better signal than a deadlock.
 */
export function serializeTransactions(adapter: DatabaseAdapterObj, waitMs = 15_000): DatabaseAdapterObj {
  return {
    ...adapter,
    init: (args) => {
      const instance = adapter.init(args)
      const begin = instance.beginTransaction.bind(instance)
      const commit = instance.commitTransaction.bind(instance)
      const rollback = instance.rollbackTransaction.bind(instance)
      const releases = new Map<number | string, () => void>()
      let tail: Promise<void> = Promise.resolve()

      const acquire = (): Promise<() => void> => {
        let release!: () => void
        const turn = new Promise<void>((resolve) => (release = resolve))
        const previous = tail
        tail = previous.then(() => turn)
        return new Promise((resolve) => {
          const timer = setTimeout(() => {
            instance.payload?.logger.warn('A database transaction waited too long for the one before it; going ahead unqueued.')
            resolve(release)
          }, waitMs)
          timer.unref?.()
          void previous.then(() => {
            clearTimeout(timer)
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

      instance.beginTransaction = async (options) => {
        const release = await acquire()
        try {
          const id = await begin(options)
          if (id === null) release()
          else releases.set(id, release)
          return id
        } catch (error) {
          release()
          throw error
        }
      }
      instance.commitTransaction = (id) => finish(id, commit)
      instance.rollbackTransaction = (id) => finish(id, rollback)
      return instance
    },
  }
}
