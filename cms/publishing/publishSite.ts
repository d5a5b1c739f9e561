import { rm } from 'node:fs/promises'

import type { Payload } from 'payload'

import { exportSnapshot } from '../snapshot'
import { buildSite } from './buildSite'
import { snapshotDir } from './paths'
import { activateRelease, newReleaseDir, pruneReleases } from './release'

/**
 * One publish: export the published catalog, build a new release beside the live one, search
 * index and compress it, then swap it in. Returns how long each part took.
 */
export async function publishSite(payload: Payload) {
  const started = Date.now()
  const meta = await exportSnapshot(payload, snapshotDir())
  const exportMs = Date.now() - started
  const releaseDir = await newReleaseDir()
  try {
    const timings = await buildSite({ snapshotDir: snapshotDir(), outDir: releaseDir })
    await activateRelease(releaseDir)
    await pruneReleases()
    return { releaseDir, exportMs, ...timings, totalMs: Date.now() - started, counts: meta.counts }
  } catch (error) {
    await rm(releaseDir, { recursive: true, force: true })
    throw error
  }
}
