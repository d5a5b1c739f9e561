import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { requestSiteRebuild } from '../publishing/scheduler'

const isPublic = (doc: { _status?: string } | undefined, hasDrafts: boolean) => Boolean(doc) && (!hasDrafts || doc?._status === 'published')

/** Publishing, unpublishing or changing a published document refreshes the public site. */
export const rebuildSiteAfterChange: CollectionAfterChangeHook = ({ collection, doc, previousDoc, req }) => {
  const hasDrafts = Boolean(collection.versions?.drafts)
  if (isPublic(doc, hasDrafts) || isPublic(previousDoc, hasDrafts)) requestSiteRebuild(req.payload, `${collection.slug}/${doc.id}`)
  return doc
}

export const rebuildSiteAfterDelete: CollectionAfterDeleteHook = ({ collection, doc, req }) => {
  if (isPublic(doc, Boolean(collection.versions?.drafts))) requestSiteRebuild(req.payload, `${collection.slug}/${doc.id} deleted`)
  return doc
}
