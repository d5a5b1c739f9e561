import type { Localized } from '../domain/taxonomy'

/**
 * The four staff roles. A user has exactly one; every non-province role is bound to
 * exactly one regency (kabupaten/kota), and an agency officer also to one agency.
 */
export const roles = {
  'province-admin': { id: 'Admin Provinsi (semua kabupaten/kota)', en: 'Province admin (all regencies)' },
  'regency-admin': { id: 'Admin Kabupaten/Kota', en: 'Regency admin' },
  editor: { id: 'Editor konten', en: 'Content editor' },
  'agency-officer': { id: 'Petugas instansi', en: 'Agency officer' },
} as const satisfies Record<string, Localized>

export type Role = keyof typeof roles

/** Roles a regency admin may hand out, all within their own regency. */
export const regencyAssignableRoles: readonly Role[] = ['regency-admin', 'editor', 'agency-officer']

/** The slice of a user document that access rules read. Kept structural so rules never depend on the ID type. */
export interface StaffUser {
  id: number | string
  collection?: string
  role?: Role | null
  regencies?: { regency?: unknown }[] | null
  agency?: unknown
}

export const idOf = (value: unknown): number | string | undefined => {
  if (value === null || value === undefined) return undefined
  if (typeof value === 'object') return (value as { id?: number | string }).id
  return value as number | string
}

export const sameId = (a: unknown, b: unknown): boolean => {
  const left = idOf(a)
  const right = idOf(b)
  return left !== undefined && right !== undefined && String(left) === String(right)
}

export const roleOf = (user: unknown): Role | undefined =>
  (user as StaffUser | null | undefined)?.role ?? undefined

export const isProvinceAdmin = (user: unknown): boolean => roleOf(user) === 'province-admin'

/** IDs of the regencies a user is bound to (empty for province admins, who see all). */
export const regencyIdsOf = (user: unknown): (number | string)[] =>
  ((user as StaffUser | null | undefined)?.regencies ?? [])
    .map((row) => idOf(row?.regency))
    .filter((id): id is number | string => id !== undefined)

export const hasRole = (user: unknown, ...allowed: Role[]): boolean => {
  const role = roleOf(user)
  return role !== undefined && allowed.includes(role)
}
