import type { PayloadRequest } from 'payload'

import { problem } from './problems'

/**
 * Submissions per client per minute (`PUBLIC_RATE_LIMIT_PER_MINUTE`, default 30). The counter
 * store is an interface: this process keeps its own in memory; a second CMS instance needs a
 * shared store (the database or Redis) behind the same two methods, nothing else changes.
 * The client is the first address in X-Forwarded-For, which `next start` and the reverse proxy
 * in front of it set.
 */
export interface RateLimitStore {
  /** Counts one hit in the current window and returns the count and when the window ends. */
  hit(key: string, windowMs: number, now: number): Promise<{ count: number; resetAt: number }>
}

export function memoryRateLimitStore(): RateLimitStore {
  const windows = new Map<string, { count: number; resetAt: number }>()
  return {
    async hit(key, windowMs, now) {
      let window = windows.get(key)
      if (!window || window.resetAt <= now) {
        window = { count: 0, resetAt: now + windowMs }
        windows.set(key, window)
        // Drop finished windows now and then, so the map does not grow with every client.
        if (windows.size > 10_000) for (const [name, old] of windows) if (old.resetAt <= now) windows.delete(name)
      }
      window.count++
      return { ...window }
    },
  }
}

const key = Symbol.for('mpp-jabar.rateLimitStore')
const store = globalThis as typeof globalThis & { [key]?: RateLimitStore }

export const clientAddress = (req: PayloadRequest) => req.headers.get('x-forwarded-for')?.split(',')[0]?.trim() || req.headers.get('x-real-ip') || 'unknown'

/** null when the client may go on; otherwise the 429 to send. */
export async function rateLimited(req: PayloadRequest, scope: string, now = Date.now()): Promise<Response | null> {
  const limit = Number(process.env.PUBLIC_RATE_LIMIT_PER_MINUTE ?? 30)
  store[key] ??= memoryRateLimitStore()
  const { count, resetAt } = await store[key].hit(`${scope}:${clientAddress(req)}`, 60_000, now)
  if (count <= limit) return null
  const retryAfter = Math.max(1, Math.ceil((resetAt - now) / 1000))
  return problem(429, `Terlalu banyak pengiriman. Coba lagi dalam ${retryAfter} detik.`, { 'Retry-After': String(retryAfter) })
}
