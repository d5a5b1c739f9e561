import { ValidationError, type CollectionBeforeValidateHook } from 'payload'

import { idOf, regencyIdsOf, sameId } from '../../../access/roles'

/**
 * A province admin belongs to no regency; every other role to exactly one; an agency officer
 * also to one agency of that regency. Messages are for the admin form, in Bahasa Indonesia.
 */
export const validateAssignment: CollectionBeforeValidateHook = async ({ data, originalDoc, req }) => {
  if (!data) return data
  const role = data.role ?? originalDoc?.role
  const regencies = data.regencies ?? originalDoc?.regencies ?? []
  const agency = 'agency' in data ? data.agency : originalDoc?.agency
  const errors: { path: string; message: string }[] = []

  if (role === 'province-admin') {
    // Province admins see every regency; a regency row would only confuse the tenant selector.
    data.regencies = []
    data.agency = null
    return data
  }
  const regencyIds = regencyIdsOf({ id: '', regencies })
  if (regencyIds.length !== 1) {
    errors.push({ path: 'regencies', message: 'Pilih tepat satu kabupaten/kota untuk peran ini.' })
  }
  if (role === 'agency-officer') {
    if (idOf(agency) === undefined) {
      errors.push({ path: 'agency', message: 'Petugas instansi harus ditautkan ke satu instansi.' })
    } else if (regencyIds.length === 1) {
      const found = await req.payload
        .findByID({ collection: 'agencies', id: idOf(agency)!, depth: 0, draft: true, req, overrideAccess: true, disableErrors: true })
        .catch(() => null)
      if (!found || !sameId(found.regency, regencyIds[0])) {
        errors.push({ path: 'agency', message: 'Instansi harus berada di kabupaten/kota yang sama dengan pengguna.' })
      }
    }
  } else if (idOf(agency) !== undefined) {
    data.agency = null
  }
  if (errors.length > 0) {
    throw new ValidationError({ collection: 'users', errors }, req.t)
  }
  return data
}
