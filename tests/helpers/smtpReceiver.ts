import type { AddressInfo } from 'node:net'

import { SMTPServer } from 'smtp-server'

export interface ReceivedMail {
  to: string[]
  raw: string
}

/**
 * A real SMTP server on loopback that keeps every message it is given, for tests that check
 * what citizens receive. Plain SMTP without TLS or AUTH, as a local relay would speak.
 */
export async function startSmtpReceiver() {
  const received: ReceivedMail[] = []
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address), raw: Buffer.concat(chunks).toString('utf8') })
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = ((server as unknown as { server: { address(): AddressInfo } }).server.address() as AddressInfo).port

  /** Waits (up to `ms`) for a message to `to` whose raw text contains every fragment. */
  async function waitFor(to: string, fragments: string[], ms = 10_000) {
    const deadline = Date.now() + ms
    for (;;) {
      const found = received.find((mail) => mail.to.includes(to) && fragments.every((fragment) => decoded(mail.raw).includes(fragment)))
      if (found) return found
      if (Date.now() > deadline) throw new Error(`No mail to ${to} with ${fragments.join(', ')}; got ${received.length} message(s)`)
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
  return { port, received, waitFor, close: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}

/** Quoted-printable soft breaks and escapes undone, and encoded-word subjects decoded, so tests can search the text. */
export function decoded(raw: string) {
  const body = raw
    .replace(/=\r?\n/g, '')
    .replace(/(?:=[0-9A-F]{2})+/g, (match) => Buffer.from(match.replace(/=/g, ''), 'hex').toString('utf8'))
  return body.replace(/=\?utf-8\?([BQ])\?([^?]*)\?=/gi, (_, encoding: string, text: string) =>
    encoding.toUpperCase() === 'B' ? Buffer.from(text, 'base64').toString('utf8') : text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (__, hex: string) => String.fromCharCode(parseInt(hex, 16))),
  )
}
