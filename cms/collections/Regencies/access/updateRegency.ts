import type { Access } from 'payload'

import { hasRole } from '../../../access/roles'

/**
 * Province admins update every regency; a regency admin only their own regency's profile
 * (the multi-tenant plugin narrows the documents to the user's regency).
 */
export const updateRegency: Access = ({ req: { user } }) => hasRole(user, 'province-admin', 'regency-admin')
