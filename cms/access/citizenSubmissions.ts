import type { CollectionConfig } from 'payload'

import { provinceAdminOnly } from './provinceAdminOnly'
import { submissionsOfOwnAgency } from './submissionsOfOwnAgency'

/**
 * Access to citizens' cases: only the public endpoints create them, staff read and handle their
 * own agency's or regency's (submissionsOfOwnAgency), and only the province deletes.
 */
export const citizenSubmissionAccess: CollectionConfig['access'] = {
  create: () => false,
  read: submissionsOfOwnAgency,
  update: submissionsOfOwnAgency,
  delete: provinceAdminOnly,
}
