import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Readable } from 'node:stream'

import { handleEndpoints, type SanitizedConfig } from 'payload'

/**
 * Payload's REST handler (the one the Next.js `/api/[...slug]` route calls) behind a real HTTP
 * server on loopback, so integration tests send real requests (sockets, streamed multipart
 * bodies, concurrent connections) on either database without building Next.js for each lane.
 */
export async function serveEndpoints(config: SanitizedConfig) {
  const toRequest = (incoming: IncomingMessage, origin: string) => {
    const method = incoming.method ?? 'GET'
    const headers = new Headers()
    for (const [name, value] of Object.entries(incoming.headers)) {
      if (Array.isArray(value)) value.forEach((item) => headers.append(name, item))
      else if (value !== undefined) headers.set(name, value)
    }
    if (!headers.has('x-forwarded-for')) headers.set('x-forwarded-for', incoming.socket.remoteAddress ?? '')
    const body = method === 'GET' || method === 'HEAD' ? undefined : (Readable.toWeb(incoming) as ReadableStream)
    return new Request(new URL(incoming.url ?? '/', origin), { method, headers, body, duplex: 'half' } as RequestInit)
  }

  const server = createServer(async (incoming, outgoing) => {
    try {
      const response = await handleEndpoints({ config, request: toRequest(incoming, url) })
      outgoing.statusCode = response.status
      response.headers.forEach((value, name) => outgoing.appendHeader(name, value))
      outgoing.end(Buffer.from(await response.arrayBuffer()))
    } catch (error) {
      outgoing.statusCode = 599
      outgoing.end(String(error))
    }
  })
  server.keepAliveTimeout = 1000
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return { url, close: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}
