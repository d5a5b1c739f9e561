import type { DatabaseAdapterObj } from 'payload'

/**
 * FerretDB v1 does not implement `findAndModify` with a projection, which Payload's MongoDB
 * adapter sends from `updateOne` when it asks for a few fields back (e.g. when it counts a
 * failed login). Without the projection the server returns the whole document, a superset of
 * what was asked. Applied only where MONGODB_COMPAT says the server needs it.
 */
export function withoutUpdateProjection(adapter: DatabaseAdapterObj): DatabaseAdapterObj {
  return {
    ...adapter,
    init: (args) => {
      const instance = adapter.init(args)
      const updateOne = instance.updateOne.bind(instance)
      instance.updateOne = (updateArgs) => updateOne({ ...updateArgs, select: undefined })
      return instance
    },
  }
}
