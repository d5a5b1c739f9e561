import type { Access } from 'payload'

import { hasRole, type Role } from './roles'

/**
 * Grants access to the listed roles. Regency scoping is added on top by the multi-tenant
 * plugin for every tenant-scoped collection, so a rule here never has to repeat it.
 */
export const rolesAllowed =
  (...allowed: Role[]): Access =>
  ({ req: { user } }) =>
    hasRole(user, 'province-admin', ...allowed)
