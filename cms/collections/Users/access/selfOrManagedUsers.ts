import type { Access } from 'payload'

import { hasRole, roleOf } from '../../../access/roles'

/**
 * Admins read and change the users they manage (a regency admin: their regency's, narrowed
 * by the multi-tenant plugin); everyone else only their own account. Which roles, regencies
 * and agencies may be given is checked by hooks/preventPrivilegeEscalation.
 */
export const selfOrManagedUsers: Access = ({ req: { user } }) => {
  if (!user || roleOf(user) === undefined) return false
  if (hasRole(user, 'province-admin', 'regency-admin')) return true
  return { id: { equals: user.id } }
}
