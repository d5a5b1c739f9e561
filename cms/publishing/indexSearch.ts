import path from 'node:path'

import * as pagefind from 'pagefind'

/**
 * Pagefind's static search index over a built site. It indexes only pages marked
 * `data-pagefind-body` (services, agencies, regencies), one index per `<html lang>`, so
 * Indonesian pages get Indonesian stemming.
 */
export async function indexSearch(siteDir: string) {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: undefined })
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`)
  try {
    const added = await index.addDirectory({ path: siteDir })
    if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`)
    const written = await index.writeFiles({ outputPath: path.join(siteDir, 'pagefind') })
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`)
    return added.page_count
  } finally {
    await pagefind.close()
  }
}
