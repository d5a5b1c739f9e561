import type { Access } from 'payload'

import { hasRole } from '../../../access/roles'

/**
 * Creating and deleting accounts is for admins; a regency admin stays inside their regency
 * (narrowed by the multi-tenant plugin, and for new accounts by preventPrivilegeEscalation).
 */
export const manageUsers: Access = ({ req: { user } }) => hasRole(user, 'province-admin', 'regency-admin')
