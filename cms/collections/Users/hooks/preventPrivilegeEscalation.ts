import { APIError, type CollectionBeforeChangeHook } from 'payload'

import {
  hasRole,
  idOf,
  isProvinceAdmin,
  regencyAssignableRoles,
  regencyIdsOf,
  sameId,
  type StaffUser,
} from '../../../access/roles'

const forbidden = (message: string) => new APIError(message, 403, undefined, true)

const sameIdList = (a: unknown[], b: unknown[]) =>
  a.length === b.length && a.every((id) => b.some((other) => sameId(id, other)))

/**
 * Nobody hands out more than they hold: a regency admin gives only regency roles within
 * their own regency; editors and officers cannot change their own role, regency or agency.
 * Runs for every write with a signed-in user (seeds and scripts run without one).
 */
export const preventPrivilegeEscalation: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  const actor = req.user as StaffUser | null
  if (!actor || isProvinceAdmin(actor)) return data

  const target: StaffUser = {
    id: originalDoc?.id,
    role: data.role ?? originalDoc?.role,
    regencies: data.regencies ?? originalDoc?.regencies,
    agency: 'agency' in data ? data.agency : originalDoc?.agency,
  }

  if (hasRole(actor, 'regency-admin')) {
    if (!target.role || !regencyAssignableRoles.includes(target.role)) {
      throw forbidden('Admin kabupaten/kota hanya dapat memberikan peran admin kabupaten/kota, editor, atau petugas instansi.')
    }
    if (!sameIdList(regencyIdsOf(target), regencyIdsOf(actor))) {
      throw forbidden('Pengguna hanya dapat ditempatkan di kabupaten/kota Anda sendiri.')
    }
    return data
  }

  if (operation === 'create') {
    throw forbidden('Anda tidak berwenang membuat akun pengguna.')
  }
  const before: StaffUser = originalDoc ?? {}
  if (
    target.role !== before.role ||
    !sameIdList(regencyIdsOf(target), regencyIdsOf(before)) ||
    String(idOf(target.agency) ?? '') !== String(idOf(before.agency) ?? '')
  ) {
    throw forbidden('Anda tidak dapat mengubah peran, kabupaten/kota, atau instansi akun Anda sendiri.')
  }
  return data
}
