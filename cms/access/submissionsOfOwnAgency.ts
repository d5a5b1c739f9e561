import type { Access, Where } from 'payload'

import { hasRole, idOf, isProvinceAdmin, regencyIdsOf } from './roles'

/**
 * Citizens' submissions: the province sees all, a regency admin their regency's, an agency
 * officer only their own agency's; editors, who only write the catalog, see none. Submissions
 * are created by anonymous citizens, so they stay outside the multi-tenant plugin (whose field
 * rules require a signed-in member of the regency) and are scoped here instead.
 */
export const submissionsOfOwnAgency: Access = ({ req: { user } }): boolean | Where => {
  if (isProvinceAdmin(user)) return true
  const regencies = regencyIdsOf(user)
  if (regencies.length === 0) return false
  if (hasRole(user, 'regency-admin')) return { regency: { in: regencies } }
  if (hasRole(user, 'agency-officer')) {
    const agency = idOf((user as { agency?: unknown }).agency)
    return agency === undefined ? false : { and: [{ regency: { in: regencies } }, { agency: { equals: agency } }] }
  }
  return false
}
