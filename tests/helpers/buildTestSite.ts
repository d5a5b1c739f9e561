/**
 * Run by builtSite.globalSetup in its own process (Payload needs --conditions=production):
 * applies the site fixtures to a copy of the seeded database, exports the snapshot and builds
 * the site exactly as a publish does, then writes what the tests need to know.
 */
import config from '@payload-config'
import { writeFileSync } from 'node:fs'
import { getPayload } from 'payload'

import { buildSite } from '../../cms/publishing/buildSite'
import { exportSnapshot } from '../../cms/snapshot'
import { applySiteFixtures } from '../fixtures/siteFixtures'

const { SNAPSHOT_DIR, SITE_OUT_DIR, FACTS_FILE } = process.env as Record<string, string>
const payload = await getPayload({ config })
try {
  const facts = await applySiteFixtures(payload)
  const meta = await exportSnapshot(payload, SNAPSHOT_DIR)
  const timings = await buildSite({ snapshotDir: SNAPSHOT_DIR, outDir: SITE_OUT_DIR })
  writeFileSync(FACTS_FILE, JSON.stringify({ ...facts, counts: meta.counts, timings }))
} finally {
  await payload.destroy()
}
