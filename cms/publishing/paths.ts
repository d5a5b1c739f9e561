import path from 'node:path'

import { dataDir } from '../dataDir'

/** Where the site's inputs and releases live; all under DATA_DIR unless overridden. */
export const snapshotDir = () => path.resolve(process.env.SNAPSHOT_DIR ?? path.join(dataDir, 'snapshot'))
export const siteReleasesDir = () => path.join(dataDir, 'site', 'releases')
/** A symlink to the release being served; replaced atomically by a rename. */
export const currentSiteLink = () => path.join(dataDir, 'site', 'current')
/** The repository; the CMS server runs from it (`npm start`, the tests), also when bundled by Next.js. */
export const projectRoot = process.env.MPP_PROJECT_ROOT ?? process.cwd()
