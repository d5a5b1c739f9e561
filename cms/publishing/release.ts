import { mkdir, readdir, readlink, rename, rm, symlink } from 'node:fs/promises'
import path from 'node:path'

import { currentSiteLink, siteReleasesDir } from './paths'

/** A fresh, sortable folder for the next release. */
export async function newReleaseDir() {
  await mkdir(siteReleasesDir(), { recursive: true })
  return path.join(siteReleasesDir(), new Date().toISOString().replace(/[:.]/g, '-'))
}

/**
 * Point `current` at a finished release. A new link is made beside it and renamed over the old
 * one, which POSIX guarantees atomic: a visitor gets the old site or the new, never a mix.
 */
export async function activateRelease(releaseDir: string) {
  const link = currentSiteLink()
  const staging = `${link}.${process.pid}.next`
  await rm(staging, { force: true })
  await symlink(releaseDir, staging, 'dir')
  await rename(staging, link)
}

export async function currentRelease() {
  try {
    return await readlink(currentSiteLink())
  } catch {
    return null
  }
}

/** Remove old releases, keeping the newest few so pages already being sent finish from theirs. */
export async function pruneReleases(keep = 3) {
  const current = await currentRelease()
  const releases = (await readdir(siteReleasesDir())).sort()
  const old = releases.slice(0, Math.max(0, releases.length - keep)).map((name) => path.join(siteReleasesDir(), name))
  await Promise.all(old.filter((dir) => dir !== current).map((dir) => rm(dir, { recursive: true, force: true })))
}
