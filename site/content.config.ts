import { defineCollection } from 'astro:content'
import { file } from 'astro/loaders'
import path from 'node:path'

import { agencySchema, regencySchema, serviceSchema, snapshotFiles, templateSchema } from '../cms/snapshot/schema'

/**
 * The catalog snapshot exported from Payload (cms/snapshot) as content collections. SNAPSHOT_DIR
 * points at the export being built; the schemas are the exporter's own.
 */
const snapshotDir = path.resolve(process.env.SNAPSHOT_DIR ?? 'data/snapshot')
const fromSnapshot = (name: keyof typeof snapshotFiles) => file(path.join(snapshotDir, snapshotFiles[name]))

export const collections = {
  regencies: defineCollection({ loader: fromSnapshot('regencies'), schema: regencySchema }),
  agencies: defineCollection({ loader: fromSnapshot('agencies'), schema: agencySchema }),
  services: defineCollection({ loader: fromSnapshot('services'), schema: serviceSchema }),
  templates: defineCollection({ loader: fromSnapshot('templates'), schema: templateSchema }),
}
