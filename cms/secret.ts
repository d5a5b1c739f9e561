import { randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { dataDir } from './dataDir'

/**
 * PAYLOAD_SECRET signs sessions and must be set in production. Outside production a random
 * secret is generated once into the git-ignored data folder, so sessions survive restarts.
 */
export function payloadSecret(env = process.env): string {
  if (env.PAYLOAD_SECRET) return env.PAYLOAD_SECRET
  // `next build` loads the config to collect page data but signs nothing: a build pipeline
  // needs no runtime secret. The server reads PAYLOAD_SECRET again when it starts.
  if (env.NEXT_PHASE === 'phase-production-build') return 'unused-at-build-time'
  if (env.NODE_ENV === 'production') {
    throw new Error('PAYLOAD_SECRET must be set in production (npm start generates a local one for you).')
  }
  return localSecret()
}

export function localSecret(): string {
  const file = path.join(dataDir, '.payload-secret')
  try {
    return readFileSync(file, 'utf8').trim()
  } catch {
    mkdirSync(dataDir, { recursive: true })
    const secret = randomBytes(32).toString('hex')
    try {
      writeFileSync(file, secret, { mode: 0o600, flag: 'wx' })
      return secret
    } catch {
      // Another process created it first: use theirs.
      return readFileSync(file, 'utf8').trim()
    }
  }
}
