import type { PayloadRequest } from 'payload'

import { getTenantFromCookie } from '@payloadcms/plugin-multi-tenant/utilities'

import { regencyIdsOf } from './roles'

/**
 * Default regency of a new document: the user's own when they have exactly one, otherwise
 * the regency picked in the admin's tenant selector (province admins).
 */
export const regencyDefault = ({ req }: { req: PayloadRequest }) => {
  const own = regencyIdsOf(req.user)
  if (own.length === 1) return own[0]
  const idType = req.payload.collections.regencies?.customIDType ?? req.payload.db.defaultIDType
  return getTenantFromCookie(req.headers, idType === 'number' ? 'number' : 'text') ?? null
}
