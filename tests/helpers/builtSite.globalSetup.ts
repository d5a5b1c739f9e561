import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import type { Server } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

import type { SiteFacts } from '../fixtures/siteFixtures'
import { createSiteServer } from '../../site/server/serve'
import { freePort } from './freePort'

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string
    siteURL: string
    siteFacts: SiteFacts & { counts: Record<string, number> }
  }
}

/**
 * Builds the public site from a copy of the seeded database (with the fixtures of
 * tests/fixtures/siteFixtures.ts) and serves it with the production server on a free port.
 */
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(tmpdir(), 'mpp-site-'))
  const database = path.join(dir, 'site.db')
  copyFileSync(project.getProvidedContext().seededDatabaseFile, database)
  const port = await freePort()
  const siteURL = `http://127.0.0.1:${port}`
  const env = {
    ...process.env,
    NODE_OPTIONS: '--conditions=production --no-deprecation',
    DATABASE_URI: `file:${database}`,
    DATA_DIR: dir,
    PAYLOAD_SECRET: 'site-test-secret',
    SNAPSHOT_DIR: path.join(dir, 'snapshot'),
    SITE_OUT_DIR: path.join(dir, 'dist'),
    SITE_URL: siteURL,
    FACTS_FILE: path.join(dir, 'facts.json'),
    LOG_LEVEL: 'error',
  }
  const started = Date.now()
  const build = spawnSync(path.resolve('node_modules/.bin/tsx'), ['tests/helpers/buildTestSite.ts'], { env, encoding: 'utf8' })
  if (build.status !== 0) throw new Error(`Building the test site failed:\n${build.stdout}\n${build.stderr}`)
  const facts = JSON.parse(readFileSync(env.FACTS_FILE, 'utf8'))
  console.log(`Built the test site in ${Math.round((Date.now() - started) / 1000)} s: ${JSON.stringify(facts.timings)}`)

  const server: Server = createSiteServer(env.SITE_OUT_DIR)
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  project.provide('siteDir', env.SITE_OUT_DIR)
  project.provide('siteURL', siteURL)
  project.provide('siteFacts', facts)

  return async () => {
    await new Promise((resolve) => server.close(resolve))
    rmSync(dir, { recursive: true, force: true })
  }
}
