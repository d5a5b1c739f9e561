import { LibsqlError, type InStatement, type Transaction } from '@libsql/client'

/**
 * A transaction on the connection that every transaction of this process shares, one after
 * another (mendClient). Once it has ended, its handle refuses to run anything, as the client's
 * own transactions do: otherwise a handle kept by mistake would run its statements, or its
 * rollback, inside whichever transaction came next.
 */
export class SingleUseTransaction implements Transaction {
  #inner: Transaction
  #connection: { inTransaction: boolean }
  #ended = false
  #onEnd: () => void

  constructor(inner: Transaction, connection: { inTransaction: boolean }, onEnd: () => void) {
    this.#inner = inner
    this.#connection = connection
    this.#onEnd = onEnd
  }

  get ended(): boolean {
    return this.#ended
  }

  get closed(): boolean {
    return this.#ended || this.#inner.closed
  }

  async execute(stmt: InStatement): ReturnType<Transaction['execute']> {
    this.#live()
    return this.#inner.execute(stmt)
  }

  async batch(stmts: InStatement[]): ReturnType<Transaction['batch']> {
    this.#live()
    return this.#inner.batch(stmts)
  }

  async executeMultiple(sql: string): Promise<void> {
    this.#live()
    return this.#inner.executeMultiple(sql)
  }

  async commit(): Promise<void> {
    this.#live()
    try {
      await this.#inner.commit()
    } finally {
      // A COMMIT that failed leaves the transaction open for the caller's rollback.
      if (!this.#connection.inTransaction) this.#end()
    }
  }

  async rollback(): Promise<void> {
    if (this.#ended) return
    try {
      await this.#inner.rollback()
    } finally {
      this.#end()
    }
  }

  close(): void {
    if (this.#ended) return
    try {
      this.#inner.close()
    } finally {
      this.#end()
    }
  }

  #live() {
    if (this.#ended) throw new LibsqlError('The transaction is closed', 'TRANSACTION_CLOSED')
  }

  #end() {
    if (this.#ended) return
    this.#ended = true
    this.#onEnd()
  }
}
