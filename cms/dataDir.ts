import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** Where local data lives (SQLite file, uploaded media): git-ignored, overridable for tests and hosts. */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const dataDir = path.resolve(process.env.DATA_DIR ?? path.join(projectRoot, 'data'))
