import { readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'

const brotli = promisify(brotliCompress)
const gzipAsync = promisify(gzip)
const compressible = /\.(html|css|js|mjs|json|xml|svg|csv|txt)$/
/** Pagefind's own fragments and indexes are compressed already. */
const alreadyCompressed = /[\\/]pagefind[\\/](fragment|index|filter)[\\/]/
const searchIndex = /[\\/]pagefind[\\/]/

/**
 * Brotli and gzip copies of every text file, written once at build time so the server never
 * compresses per request. Brotli 6 and gzip 6 keep a province-scale build fast while the pages
 * still shrink to a fifth. `only` picks the pages or the search files, so the pages can be
 * compressed while Pagefind indexes them.
 */
export async function precompress(siteDir: string, only: 'pages' | 'search' | 'all' = 'all', concurrency = 8) {
  const entries = await readdir(siteDir, { recursive: true, withFileTypes: true })
  const files = entries
    .filter((entry) => entry.isFile() && compressible.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => !alreadyCompressed.test(file))
    .filter((file) => only === 'all' || (only === 'search') === searchIndex.test(file))
  let next = 0
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++]
      const content = await readFile(file)
      if (content.length < 512) continue
      const [br, gz] = await Promise.all([
        brotli(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 6, [constants.BROTLI_PARAM_SIZE_HINT]: content.length } }),
        gzipAsync(content, { level: 6 }),
      ])
      await Promise.all([writeFile(`${file}.br`, br), writeFile(`${file}.gz`, gz)])
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  return files.length
}
