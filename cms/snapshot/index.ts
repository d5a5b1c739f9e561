import type { Payload } from 'payload'

import { readPublishedCatalog } from './readCatalog'
import { writeSnapshot } from './writeSnapshot'

/** Export the published catalog into `directory` for the site build. */
export async function exportSnapshot(payload: Payload, directory: string) {
  return writeSnapshot(await readPublishedCatalog(payload), directory)
}
