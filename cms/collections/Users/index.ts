import type { CollectionConfig, FieldAccess } from 'payload'

import { tenantsArrayField } from '@payloadcms/plugin-multi-tenant/fields'

import { hasRole, roles } from '../../access/roles'
import { toOptions } from '../../domain/taxonomy'
import { manageUsers } from './access/manageUsers'
import { selfOrManagedUsers } from './access/selfOrManagedUsers'
import { preventPrivilegeEscalation } from './hooks/preventPrivilegeEscalation'
import { validateAssignment } from './hooks/validateAssignment'

/** Only admins may set who a user is; the hooks decide which values they may set. */
const adminsOnly: { update: FieldAccess } = {
  update: ({ req: { user } }) => hasRole(user, 'province-admin', 'regency-admin'),
}

const regenciesField = tenantsArrayField({
  tenantsArrayFieldName: 'regencies',
  tenantsArrayTenantFieldName: 'regency',
  tenantsCollectionSlug: 'regencies',
  arrayFieldAccess: adminsOnly,
  tenantFieldAccess: adminsOnly,
})

/** Staff accounts: the province team, regency admins, content editors, agency officers. */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: {
    singular: { id: 'Pengguna', en: 'User' },
    plural: { id: 'Pengguna', en: 'Users' },
  },
  auth: {
    tokenExpiration: 8 * 60 * 60,
    maxLoginAttempts: 10,
    lockTime: 10 * 60 * 1000,
  },
  access: {
    admin: ({ req: { user } }) => hasRole(user, 'province-admin', 'regency-admin', 'editor', 'agency-officer'),
    create: manageUsers,
    delete: manageUsers,
    read: selfOrManagedUsers,
    update: selfOrManagedUsers,
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'role', 'regencies', 'agency'],
    listSearchableFields: ['email', 'name'],
    group: { id: 'Pengaturan', en: 'Settings' },
  },
  hooks: {
    beforeValidate: [validateAssignment],
    beforeChange: [preventPrivilegeEscalation],
  },
  fields: [
    { name: 'name', type: 'text', label: { id: 'Nama lengkap', en: 'Full name' } },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'editor',
      saveToJWT: true,
      access: adminsOnly,
      options: toOptions(roles),
      label: { id: 'Peran', en: 'Role' },
      admin: {
        position: 'sidebar',
        description: {
          id: 'Admin provinsi: semua kabupaten/kota. Admin kabupaten/kota: pengguna, instansi, dan layanan wilayahnya. Editor: konten layanan wilayahnya. Petugas: memproses permohonan instansinya.',
          en: 'Province admin: every regency. Regency admin: their regency’s users, agencies and services. Editor: their regency’s service content. Officer: processes their agency’s submissions.',
        },
      },
    },
    {
      ...regenciesField,
      label: { id: 'Kabupaten/Kota', en: 'Regency/City' },
      labels: { singular: { id: 'Kabupaten/Kota', en: 'Regency/City' }, plural: { id: 'Kabupaten/Kota', en: 'Regencies/Cities' } },
      maxRows: 1,
      admin: {
        position: 'sidebar',
        condition: (data) => data?.role !== 'province-admin',
        description: { id: 'Wilayah kerja pengguna (tepat satu, kecuali admin provinsi).', en: 'The user’s regency (exactly one, except for province admins).' },
      },
    },
    {
      name: 'agency',
      type: 'relationship',
      relationTo: 'agencies',
      saveToJWT: true,
      access: adminsOnly,
      label: { id: 'Instansi', en: 'Agency' },
      admin: {
        position: 'sidebar',
        condition: (data) => data?.role === 'agency-officer',
        description: { id: 'Instansi yang permohonannya diproses petugas ini.', en: 'The agency whose submissions this officer processes.' },
      },
    },
  ],
}
