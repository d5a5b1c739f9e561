import type { CollectionConfig } from 'payload'

import { publishedOrStaff } from '../../access/publishedOrStaff'
import { rolesAllowed } from '../../access/rolesAllowed'
import { hallGrid } from '../../domain/hallLayout'
import { agencyKinds, toOptions } from '../../domain/taxonomy'
import { contactsField } from '../../fields/contacts'
import { slugField } from '../../fields/slug'
import { ensureUniqueSlugInRegency } from '../../hooks/ensureUniqueSlugInRegency'
import { rebuildSiteAfterChange, rebuildSiteAfterDelete } from '../../hooks/rebuildSite'

/** An agency (instansi) with counters in a regency's MPP: Disdukcapil, Polres, Imigrasi, a bank… */
export const Agencies: CollectionConfig = {
  slug: 'agencies',
  labels: {
    singular: { id: 'Instansi', en: 'Agency' },
    plural: { id: 'Instansi', en: 'Agencies' },
  },
  access: {
    create: rolesAllowed('regency-admin'),
    delete: rolesAllowed('regency-admin'),
    read: publishedOrStaff,
    readVersions: rolesAllowed('regency-admin', 'editor', 'agency-officer'),
    update: rolesAllowed('regency-admin', 'editor'),
  },
  versions: { drafts: true, maxPerDoc: 20 },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'counters', 'regency', '_status'],
    listSearchableFields: ['name', 'shortName'],
    group: { id: 'Katalog', en: 'Catalog' },
    description: {
      id: 'Instansi yang membuka loket di MPP kabupaten/kota ini.',
      en: 'Agencies with counters in this regency’s MPP.',
    },
  },
  indexes: [{ fields: ['regency', 'slug'], unique: true }],
  hooks: {
    afterChange: [rebuildSiteAfterChange],
    afterDelete: [rebuildSiteAfterDelete],
    beforeValidate: [ensureUniqueSlugInRegency('agencies')],
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'name', type: 'text', required: true, label: { id: 'Nama instansi', en: 'Agency name' }, admin: { width: '60%' } },
        { name: 'shortName', type: 'text', label: { id: 'Nama singkat', en: 'Short name' }, admin: { width: '40%', description: { id: 'Mis. "Disdukcapil".', en: 'E.g. "Disdukcapil".' } } },
      ],
    },
    slugField('name'),
    {
      type: 'row',
      fields: [
        { name: 'kind', type: 'select', required: true, options: toOptions(agencyKinds), label: { id: 'Jenis instansi', en: 'Kind' }, admin: { width: '50%' } },
        {
          name: 'catalogKey',
          type: 'text',
          index: true,
          label: { id: 'Kode katalog provinsi', en: 'Province catalog key' },
          admin: {
            width: '50%',
            description: { id: 'Menautkan instansi ke templat layanan provinsi, mis. "disdukcapil".', en: 'Links the agency to the province’s service templates, e.g. "disdukcapil".' },
          },
        },
      ],
    },
    { name: 'description', type: 'textarea', localized: true, label: { id: 'Tentang instansi', en: 'About the agency' } },
    {
      name: 'counters',
      type: 'array',
      label: { id: 'Loket', en: 'Counters' },
      labels: { singular: { id: 'Loket', en: 'Counter' }, plural: { id: 'Loket', en: 'Counters' } },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'number', type: 'text', required: true, label: { id: 'Nomor loket', en: 'Counter number' }, admin: { width: '30%' } },
            { name: 'label', type: 'text', localized: true, label: { id: 'Keterangan', en: 'Label' }, admin: { width: '70%' } },
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'floor', type: 'text', label: { id: 'Lantai', en: 'Floor' }, admin: { width: '30%' } },
        { name: 'hours', type: 'text', localized: true, label: { id: 'Jam layanan', en: 'Service hours' }, admin: { width: '70%', placeholder: 'Senin–Jumat 08.00–15.00' } },
      ],
    },
    contactsField(),
    {
      name: 'booth',
      type: 'group',
      label: { id: 'Posisi booth di aula virtual', en: 'Booth position in the virtual hall' },
      admin: {
        description: {
          id: 'Kolom dan baris booth pada denah aula virtual MPP. Kosongkan agar ditata otomatis menurut nomor loket.',
          en: 'Column and row of the booth on the virtual MPP hall plan. Leave empty to place it automatically by counter number.',
        },
      },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'column', type: 'number', min: 1, max: hallGrid.maxColumns, label: { id: 'Kolom', en: 'Column' }, admin: { width: '50%', step: 1 } },
            { name: 'row', type: 'number', min: 1, max: hallGrid.maxRows, label: { id: 'Baris', en: 'Row' }, admin: { width: '50%', step: 1 } },
          ],
        },
      ],
    },
    { name: 'logo', type: 'upload', relationTo: 'media', label: { id: 'Logo', en: 'Logo' } },
  ],
}
