import { MongoClient } from 'mongodb'

/** The database named in a mongodb:// URI, and the URI of a sibling database on the same server. */
export const databaseName = (uri: string) => new URL(uri).pathname.replace(/^\//, '')
export const withDatabase = (uri: string, name: string) => {
  const url = new URL(uri)
  url.pathname = `/${name}`
  return url.toString()
}

/**
 * Copies a whole database (indexes first, then documents) into a new one on the same server:
 * MongoDB has no cheap file copy, and re-running the seed for every test file would take
 * minutes each.
 */
export async function cloneDatabase(sourceUri: string, targetName: string): Promise<string> {
  const client = await MongoClient.connect(sourceUri)
  try {
    const source = client.db(databaseName(sourceUri))
    const target = client.db(targetName)
    await target.dropDatabase()
    for (const { name } of await source.listCollections({}, { nameOnly: true }).toArray()) {
      const indexes = (await source.collection(name).listIndexes().toArray()).filter((index) => index.name !== '_id_')
      await target.createCollection(name)
      if (indexes.length > 0) {
        await target.collection(name).createIndexes(indexes.map(({ v: _v, ns: _ns, ...index }) => index as never))
      }
      const documents = await source.collection(name).find().toArray()
      if (documents.length > 0) await target.collection(name).insertMany(documents, { ordered: false })
    }
    return withDatabase(sourceUri, targetName)
  } finally {
    await client.close()
  }
}

export async function dropDatabase(uri: string) {
  const client = await MongoClient.connect(uri)
  try {
    await client.db(databaseName(uri)).dropDatabase()
  } finally {
    await client.close()
  }
}
