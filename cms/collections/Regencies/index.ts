import type { CollectionConfig, FieldAccess } from 'payload'

import { anyone } from '../../access/anyone'
import { provinceAdminOnly } from '../../access/provinceAdminOnly'
import { isProvinceAdmin } from '../../access/roles'
import { contactsField } from '../../fields/contacts'
import { rebuildSiteAfterChange, rebuildSiteAfterDelete } from '../../hooks/rebuildSite'
import { updateRegency } from './access/updateRegency'

/** Official identity (name, code, slug) is the province's; a regency edits only its MPP profile. */
const provinceOnlyField: { update: FieldAccess } = {
  update: ({ req: { user } }) => isProvinceAdmin(user),
}

/** The 27 kabupaten/kota of Jawa Barat: the tenants of the multi-tenant plugin. */
export const Regencies: CollectionConfig = {
  slug: 'regencies',
  labels: {
    singular: { id: 'Kabupaten/Kota', en: 'Regency/City' },
    plural: { id: 'Kabupaten/Kota', en: 'Regencies/Cities' },
  },
  access: {
    create: provinceAdminOnly,
    delete: provinceAdminOnly,
    read: anyone,
    update: updateRegency,
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'code', 'type', 'hasPhysicalMpp'],
    listSearchableFields: ['name', 'code', 'slug'],
    group: { id: 'Wilayah', en: 'Regions' },
    description: {
      id: 'Profil MPP setiap kabupaten/kota: alamat, jam buka, kontak.',
      en: 'Each regency’s MPP profile: address, hours, contacts.',
    },
  },
  defaultSort: 'code',
  hooks: {
    afterChange: [rebuildSiteAfterChange],
    afterDelete: [rebuildSiteAfterDelete],
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'name', type: 'text', required: true, access: provinceOnlyField, label: { id: 'Nama', en: 'Name' }, admin: { width: '50%' } },
        {
          name: 'type',
          type: 'select',
          required: true,
          access: provinceOnlyField,
          label: { id: 'Jenis', en: 'Type' },
          options: [
            { value: 'kabupaten', label: { id: 'Kabupaten', en: 'Regency' } },
            { value: 'kota', label: { id: 'Kota', en: 'City' } },
          ],
          admin: { width: '25%' },
        },
        {
          name: 'code',
          type: 'text',
          required: true,
          unique: true,
          access: provinceOnlyField,
          label: { id: 'Kode wilayah (Kemendagri)', en: 'Region code (Kemendagri)' },
          validate: (value: unknown) => /^32\.\d{2}$/.test(String(value ?? '')) || 'Kode wilayah harus berformat 32.xx (Region code must look like 32.xx)',
          admin: { width: '25%' },
        },
      ],
    },
    {
      name: 'slug',
      type: 'text',
      required: true,
      unique: true,
      access: provinceOnlyField,
      label: { id: 'Slug (alamat halaman)', en: 'Slug (page address)' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'hasPhysicalMpp',
      type: 'checkbox',
      defaultValue: false,
      label: { id: 'Sudah memiliki gedung MPP', en: 'Has an MPP building' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'mppName',
      type: 'text',
      localized: true,
      label: { id: 'Nama MPP', en: 'MPP name' },
      admin: { description: { id: 'Mis. "Mal Pelayanan Publik Kota Bandung".', en: 'E.g. "Kota Bandung Public Service Mall".' } },
    },
    { name: 'address', type: 'textarea', label: { id: 'Alamat MPP', en: 'MPP address' } },
    {
      name: 'location',
      type: 'point',
      label: { id: 'Lokasi (bujur, lintang)', en: 'Location (longitude, latitude)' },
    },
    {
      name: 'openingHours',
      type: 'array',
      label: { id: 'Jam pelayanan', en: 'Opening hours' },
      labels: { singular: { id: 'Jadwal', en: 'Schedule' }, plural: { id: 'Jadwal', en: 'Schedules' } },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'days', type: 'text', required: true, localized: true, label: { id: 'Hari', en: 'Days' }, admin: { width: '40%' } },
            { name: 'opens', type: 'text', required: true, label: { id: 'Buka', en: 'Opens' }, validate: timeOfDay, admin: { width: '30%', placeholder: '08:00' } },
            { name: 'closes', type: 'text', required: true, label: { id: 'Tutup', en: 'Closes' }, validate: timeOfDay, admin: { width: '30%', placeholder: '15:00' } },
          ],
        },
      ],
    },
    contactsField([{ name: 'whatsapp', type: 'text', label: 'WhatsApp' }]),
  ],
}

function timeOfDay(value: unknown): true | string {
  return /^([01]\d|2[0-3])[:.][0-5]\d$/.test(String(value ?? '')) || 'Gunakan format jam JJ:MM, mis. 08:00 (Use HH:MM)'
}
