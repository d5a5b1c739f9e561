import path from 'node:path'

import { projectRoot } from './paths'
import { indexSearch } from './indexSearch'
import { precompress } from './precompress'
import { runProcess } from './runProcess'

export interface SiteBuildTimings {
  astroMs: number
  searchMs: number
  compressMs: number
  pages: number
}

/**
 * The static site from a snapshot folder into `outDir`: Astro's build, then the search index,
 * then compressed copies. Astro runs in its own process so a build never blocks the CMS.
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
  const searchMs = Date.now() - started
  started = Date.now()
  await precompress(options.outDir)
  return { astroMs, searchMs, compressMs: Date.now() - started, pages }
}
