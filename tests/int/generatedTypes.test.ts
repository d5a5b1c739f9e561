/**
 * `cms/payload-types.ts` is generated from the collections, and Payload rewrites it whenever it
 * starts in development; a stale copy would make `npm start` change a tracked file.
 */
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { SanitizedConfig } from 'payload'
import { generateTypes } from 'payload/node'
import { beforeAll, describe, expect, it } from 'vitest'

import { startPayload } from '../helpers/payload'

let config: SanitizedConfig

beforeAll(async () => {
  ;({ config } = await startPayload())
})

describe('generated types', () => {
  it('are current: regenerating them changes nothing', async () => {
    const output = path.join(mkdtempSync(path.join(tmpdir(), 'mpp-types-')), 'payload-types.ts')
    process.env.PAYLOAD_TS_OUTPUT_PATH = output
    try {
      await generateTypes(config, { log: false })
    } finally {
      delete process.env.PAYLOAD_TS_OUTPUT_PATH
    }
    const committed = readFileSync(path.resolve('cms/payload-types.ts'), 'utf8')
    expect(readFileSync(output, 'utf8') === committed, 'run `npm run generate:types` and commit the result').toBe(true)
  })
})
