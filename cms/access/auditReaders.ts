import type { Access, Where } from 'payload'

import { hasRole, isProvinceAdmin, regencyIdsOf } from './roles'

/**
 * Who may read the audit log of personal-data access: the province (all of it) and a regency's
 * admin (their regency's), the people who must answer for a breach within 3×24 hours. Officers
 * and editors, whose own reads are recorded there, may not.
 */
export const auditReaders: Access = ({ req: { user } }): boolean | Where => {
  if (isProvinceAdmin(user)) return true
  if (hasRole(user, 'regency-admin')) return { regency: { in: regencyIdsOf(user) } }
  return false
}
