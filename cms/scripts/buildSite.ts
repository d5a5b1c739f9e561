/**
 * `npm run build:site`: export the published catalog and build the static site into dist/
 * (SITE_OUT_DIR), ready for any static host or CDN. With `--release` it instead builds a new
 * local release and makes it live (what `npm start` and the publish hook do).
 */
import config from '@payload-config'
import path from 'node:path'
import { getPayload } from 'payload'

import { buildSite } from '../publishing/buildSite'
import { snapshotDir } from '../publishing/paths'
import { publishSite } from '../publishing/publishSite'
import { exportSnapshot } from '../snapshot'

const payload = await getPayload({ config })
try {
  if (process.argv.includes('--release')) {
    const result = await publishSite(payload)
    payload.logger.info(`Situs siap: ${result.pages} halaman terindeks, ${(result.totalMs / 1000).toFixed(1)} s (${result.releaseDir})`)
  } else {
    const meta = await exportSnapshot(payload, snapshotDir())
    const outDir = path.resolve(process.env.SITE_OUT_DIR ?? 'dist')
    const timings = await buildSite({ snapshotDir: snapshotDir(), outDir })
    payload.logger.info(`Situs dibangun di ${outDir}: ${JSON.stringify(meta.counts)}, ${JSON.stringify(timings)}`)
  }
} finally {
  await payload.destroy()
}
