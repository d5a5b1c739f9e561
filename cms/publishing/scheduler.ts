import { appendFile, mkdir } from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

import { dataDir } from '../dataDir'
import { publishSite } from './publishSite'

/**
 * Debounced site rebuilds. Editors publish in bursts (a service, then its agency, then a fix),
 * so a publish waits `SITE_REBUILD_DEBOUNCE_MS` (default 2 s) for the next one, and at most
 * `SITE_REBUILD_MAX_WAIT_MS` (default 20 s) in all; a publish during a build queues exactly one
 * more build. The time from the first publish of a batch to the new release being live is
 * logged and appended to DATA_DIR/site/publish-log.jsonl.
 *
 * `SITE_REBUILD=local` builds here (one machine, `npm start`); `SITE_DEPLOY_HOOK_URL` instead
 * POSTs to a CI or static host's deploy hook; otherwise nothing happens (tests, seed).
 */
export interface PublishRecord {
  reasons: string[]
  requestedAt: string
  liveAt: string
  publishToLiveMs: number
  exportMs?: number
  astroMs?: number
  searchMs?: number
  pages?: number
  deployHook?: number
}

const numberFromEnv = (name: string, fallback: number) => {
  const value = Number(process.env[name])
  return Number.isFinite(value) && value >= 0 ? value : fallback
}

export const publishLogFile = () => path.join(dataDir, 'site', 'publish-log.jsonl')

class RebuildScheduler {
  private timer: NodeJS.Timeout | undefined
  private reasons: string[] = []
  private firstRequestAt = 0
  private running: Promise<void> | null = null
  private again = false

  request(payload: Payload, reason: string) {
    if (!process.env.SITE_DEPLOY_HOOK_URL && process.env.SITE_REBUILD !== 'local') return
    if (this.reasons.length === 0) this.firstRequestAt = Date.now()
    this.reasons.push(reason)
    clearTimeout(this.timer)
    const waited = Date.now() - this.firstRequestAt
    const delay = Math.min(numberFromEnv('SITE_REBUILD_DEBOUNCE_MS', 2000), Math.max(0, numberFromEnv('SITE_REBUILD_MAX_WAIT_MS', 20_000) - waited))
    this.timer = setTimeout(() => this.run(payload), delay)
    this.timer.unref?.()
  }

  private run(payload: Payload) {
    if (this.running) {
      this.again = true
      return
    }
    const reasons = this.reasons
    const requestedAt = this.firstRequestAt
    this.reasons = []
    this.running = this.publish(payload, reasons, requestedAt)
      .catch((error: Error) => payload.logger.error(`Pembaruan situs gagal (site rebuild failed): ${error.message}`))
      .finally(() => {
        this.running = null
        if (this.again || this.reasons.length) {
          this.again = false
          if (this.reasons.length === 0) this.firstRequestAt = Date.now()
          this.run(payload)
        }
      })
  }

  private async publish(payload: Payload, reasons: string[], requestedAt: number) {
    let details: Partial<PublishRecord>
    const hook = process.env.SITE_DEPLOY_HOOK_URL
    if (hook) {
      const response = await fetch(hook, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ reasons }) })
      if (!response.ok) throw new Error(`deploy hook answered ${response.status}`)
      details = { deployHook: response.status }
    } else {
      const { exportMs, astroMs, searchMs, pages } = await publishSite(payload)
      details = { exportMs, astroMs, searchMs, pages }
    }
    const liveAt = Date.now()
    const record: PublishRecord = {
      reasons,
      requestedAt: new Date(requestedAt).toISOString(),
      liveAt: new Date(liveAt).toISOString(),
      publishToLiveMs: liveAt - requestedAt,
      ...details,
    }
    payload.logger.info(`Situs diperbarui dalam ${(record.publishToLiveMs / 1000).toFixed(1)} s sejak diterbitkan (${reasons.length} perubahan; site live ${record.publishToLiveMs} ms after publish)`)
    await mkdir(path.dirname(publishLogFile()), { recursive: true })
    await appendFile(publishLogFile(), `${JSON.stringify(record)}\n`)
  }
}

// Next.js may evaluate this module more than once; one scheduler per process.
const key = Symbol.for('mpp-jabar.siteRebuildScheduler')
const store = globalThis as typeof globalThis & { [key]?: RebuildScheduler }

export function requestSiteRebuild(payload: Payload, reason: string) {
  store[key] ??= new RebuildScheduler()
  store[key].request(payload, reason)
}
