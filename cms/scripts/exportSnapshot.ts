/** `npm run snapshot`: export the published catalog for the site (SNAPSHOT_DIR, default data/snapshot). */
import config from '@payload-config'
import { getPayload } from 'payload'

import { snapshotDir } from '../publishing/paths'
import { exportSnapshot } from '../snapshot'

const payload = await getPayload({ config })
try {
  const meta = await exportSnapshot(payload, snapshotDir())
  payload.logger.info(`Snapshot: ${JSON.stringify(meta.counts)} → ${snapshotDir()}`)
} finally {
  await payload.destroy()
}
