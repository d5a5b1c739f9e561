import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { agencySchema, type CatalogSnapshot, regencySchema, serviceSchema, snapshotFiles, templateSchema } from './schema'

/**
 * Writes the snapshot the site builds from. Every record is checked against the shared schema
 * first, so a broken export fails here with the record named rather than in the site build;
 * the files appear together (written beside, then renamed into place).
 */
export async function writeSnapshot(snapshot: CatalogSnapshot, directory: string) {
  const checked = {
    regencies: snapshot.regencies.map((record) => regencySchema.parse(record)),
    agencies: snapshot.agencies.map((record) => agencySchema.parse(record)),
    services: snapshot.services.map((record) => serviceSchema.parse(record)),
    templates: snapshot.templates.map((record) => templateSchema.parse(record)),
  }
  const staging = `${directory}.tmp-${process.pid}-${Date.now()}`
  await mkdir(staging, { recursive: true })
  for (const [name, records] of Object.entries(checked)) {
    await writeFile(path.join(staging, snapshotFiles[name as keyof typeof checked]), JSON.stringify(records))
  }
  const meta = { exportedAt: new Date().toISOString(), counts: Object.fromEntries(Object.entries(checked).map(([name, records]) => [name, records.length])) }
  await writeFile(path.join(staging, snapshotFiles.meta), JSON.stringify(meta))
  await rm(directory, { recursive: true, force: true })
  await rename(staging, directory)
  return meta
}
