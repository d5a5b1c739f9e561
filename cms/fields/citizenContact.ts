import type { Field } from 'payload'

import { maskNik } from '../domain/nik'
import { maskPhone } from '../domain/phone'
import { maskInLists } from '../hooks/auditPersonalData'
import { readOnly } from './readOnly'

/** The fields of a case that hold the citizen's personal data; opening them in full is audited. */
export const citizenContactFieldNames = ['name', 'nik', 'phone', 'email']

/**
 * The citizen's name, NIK, phone and e-mail on a case, as the citizen submitted them: nobody
 * edits them, and NIK and phone show masked in every list (full only on the audited detail view).
 */
export const citizenContactFields = (): Field[] => [
  readOnly({ name: 'name', type: 'text', label: { id: 'Nama', en: 'Name' } }),
  readOnly({ name: 'nik', type: 'text', label: 'NIK', hooks: { afterRead: [maskInLists(maskNik)] } }),
  readOnly({ name: 'phone', type: 'text', label: { id: 'Telepon', en: 'Phone' }, hooks: { afterRead: [maskInLists(maskPhone)] } }),
  readOnly({ name: 'email', type: 'email', label: 'E-mail' }),
]
