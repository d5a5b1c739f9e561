import type { Access } from 'payload'

import { roleOf } from './roles'

/**
 * Citizens (anonymous) read published documents only; staff read drafts as well,
 * limited to their own regency by the multi-tenant plugin.
 */
export const publishedOrStaff: Access = ({ req: { user } }) => {
  if (roleOf(user) !== undefined) return true
  return { _status: { equals: 'published' } }
}
