import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

import { createSiteServer } from '../../site/server/serve'
import { freePort } from './freePort'

const currentSiteLinkIn = (dataDir: string) => path.join(dataDir, 'site', 'current')

declare module 'vitest' {
  export interface ProvidedContext {
    cmsURL: string
    /** The site the CMS rebuilds when editors publish (503 until its first build). */
    liveSiteURL: string
    cmsDataDir: string
  }
}

/**
 * Builds the CMS exactly as `npm start` does and serves it with `next start` on a free
 * loopback port, on a copy of the seeded database, with the public site (first built as
 * `npm start` builds it, then rebuilt on publish) served beside it, its forms posting to this CMS. E2E_SKIP_BUILD=1 reuses an existing build
 * while iterating on the browser tests locally.
 */
export default async function setup(project: TestProject) {
  const root = path.resolve('.')
  const next = path.join(root, 'node_modules/.bin/next')
  const dir = mkdtempSync(path.join(tmpdir(), 'mpp-e2e-'))
  const database = path.join(dir, 'e2e.db')
  copyFileSync(project.getProvidedContext().seededDatabaseFile, database)

  const sitePort = await freePort()
  const liveSiteURL = `http://127.0.0.1:${sitePort}`
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const env = {
    ...process.env,
    // Publishing rebuilds the site, as under `npm start`, with a short debounce.
    SITE_REBUILD: 'local',
    SITE_REBUILD_DEBOUNCE_MS: '500',
    SITE_URL: liveSiteURL,
    // The site's forms post to this CMS, which answers only the site's origin.
    PUBLIC_CMS_URL: url,
    SITE_ORIGINS: liveSiteURL,
    MPP_PROJECT_ROOT: root,
    NODE_OPTIONS: '--no-deprecation',
    DATABASE_URI: `file:${database}`,
    DATA_DIR: dir,
    PAYLOAD_SECRET: 'e2e-secret-only-for-this-test-run',
    LOG_LEVEL: 'warn',
  }
  if (!(process.env.E2E_SKIP_BUILD === '1' && existsSync(path.join(root, 'cms/.next/BUILD_ID')))) {
    const build = spawnSync(next, ['build', 'cms'], { cwd: root, env, encoding: 'utf8' })
    if (build.status !== 0) throw new Error(`next build failed:\n${build.stdout}\n${build.stderr}`)
  }

  const server: ChildProcess = spawn(next, ['start', 'cms', '-p', String(port), '-H', '127.0.0.1'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  server.stdout!.on('data', (chunk) => (output += chunk))
  server.stderr!.on('data', (chunk) => (output += chunk))

  const deadline = Date.now() + 120_000
  for (;;) {
    if (server.exitCode !== null) throw new Error(`next start exited early:\n${output}`)
    try {
      const response = await fetch(`${url}/api/regencies?limit=1`)
      if (response.ok) break
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`CMS did not answer within 120 s:\n${output}`)
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  project.provide('cmsURL', url)
  // The first release, as `npm start` builds it before serving: the forms need a live site.
  const release = spawnSync(path.join(root, 'node_modules/.bin/tsx'), [path.join(root, 'cms/scripts/buildSite.ts'), '--release'], {
    cwd: root,
    env: { ...env, NODE_OPTIONS: '--conditions=production --no-deprecation' },
    encoding: 'utf8',
  })
  if (release.status !== 0) throw new Error(`The first site release failed:\n${release.stdout}\n${release.stderr}`)
  const site = createSiteServer(currentSiteLinkIn(dir)).listen(sitePort, '127.0.0.1')
  project.provide('liveSiteURL', liveSiteURL)
  project.provide('cmsDataDir', dir)

  return async () => {
    site.close()
    server.kill('SIGTERM')
    await new Promise((resolve) => server.once('exit', resolve).once('error', resolve))
    rmSync(dir, { recursive: true, force: true })
  }
}
