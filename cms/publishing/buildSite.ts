import path from 'node:path'

import { projectRoot } from './paths'
import { indexSearch } from './indexSearch'
import { runProcess } from './runProcess'

export interface SiteBuildTimings {
  astroMs: number
  searchMs: number
  pages: number
}

/**
 * The static site from a snapshot folder into `outDir`: Astro's build, then the search index.
 * Astro runs in its own process so a build never blocks the CMS. Compression is left to the
 * server (or the CDN): precompressing ten thousand pages would add half a minute to every
 * province-scale publish.
 */
export async function buildSite(options: { snapshotDir: string; outDir: string; log?: (line: string) => void }): Promise<SiteBuildTimings> {
  const log = options.log ?? (() => {})
  let started = Date.now()
  await runProcess(process.execPath, [path.join(projectRoot, 'node_modules', 'astro', 'astro.js'), 'build', '--silent'], {
    cwd: projectRoot,
    env: { ...process.env, NODE_OPTIONS: '', SNAPSHOT_DIR: options.snapshotDir, SITE_OUT_DIR: options.outDir, ASTRO_TELEMETRY_DISABLED: '1' },
    onLine: log,
  })
  const astroMs = Date.now() - started
  started = Date.now()
  const pages = await indexSearch(options.outDir)
  return { astroMs, searchMs: Date.now() - started, pages }
}
