import { spawnSync } from 'node:child_process'
import path from 'node:path'

/** Runs the real `npm run seed` script against the database `env` names; returns the seconds it took. */
export function runSeedScript(env: Record<string, string>): number {
  const started = Date.now()
  const result = spawnSync(path.resolve('node_modules/.bin/tsx'), ['cms/scripts/seed.ts'], {
    env: { ...process.env, NODE_OPTIONS: '--conditions=production --no-deprecation', NODE_ENV: 'test', SEED_PASSWORD: '', ...env },
    encoding: 'utf8',
  })
  if (result.status !== 0) {
    throw new Error(`Seeding the test database failed (${result.error?.message ?? `exit ${result.status ?? result.signal}`}):\n${result.stdout}\n${result.stderr}`)
  }
  return Math.round((Date.now() - started) / 1000)
}
