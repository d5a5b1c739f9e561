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
  // Pagefind runs in its own native process, so the pages are compressed meanwhile.
  started = Date.now()
  const [pages, compressMs] = await Promise.all([
    indexSearch(options.outDir),
    precompress(options.outDir, 'pages').then(() => Date.now() - started),
  ])
  const searchMs = Date.now() - started
  await precompress(options.outDir, 'search')
  return { astroMs, searchMs, compressMs, pages }
}
