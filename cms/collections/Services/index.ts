import type { CollectionConfig } from 'payload'

import { publishedOrStaff } from '../../access/publishedOrStaff'
import { rolesAllowed } from '../../access/rolesAllowed'
import { serviceStandardTabs } from '../../fields/serviceStandard'
import { ensureAgencyInRegency } from '../../hooks/ensureAgencyInRegency'
import { ensureUniqueSlugInRegency } from '../../hooks/ensureUniqueSlugInRegency'
import { rebuildSiteAfterChange, rebuildSiteAfterDelete } from '../../hooks/rebuildSite'
import { onlineFormTab } from './fields/onlineForm'
import { queueSettingsTab } from './fields/queueSettings'
import { fromTemplateEndpoint } from './endpoints/fromTemplate'
import { enforceCompleteness } from './hooks/enforceCompleteness'

/** A regency's service, with the 14 components of its service standard. */
export const Services: CollectionConfig = {
  slug: 'services',
  labels: {
    singular: { id: 'Layanan', en: 'Service' },
    plural: { id: 'Layanan', en: 'Services' },
  },
  access: {
    create: rolesAllowed('regency-admin', 'editor'),
    delete: rolesAllowed('regency-admin'),
    read: publishedOrStaff,
    readVersions: rolesAllowed('regency-admin', 'editor', 'agency-officer'),
    update: rolesAllowed('regency-admin', 'editor'),
  },
  versions: { drafts: true, maxPerDoc: 50 },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'agency', 'category', '_status', 'updatedAt'],
    listSearchableFields: ['title', 'slug', 'summary'],
    group: { id: 'Katalog', en: 'Catalog' },
    description: {
      id: 'Layanan MPP beserta standar pelayanannya. Komponen 1–6 wajib lengkap sebelum diterbitkan. Untuk mulai dari katalog provinsi, buka Templat Layanan dan pilih "Buat layanan dari templat ini".',
      en: 'MPP services with their service standard. Components 1–6 must be complete before publishing. To start from the province catalog, open Service Templates and choose "Create a service from this template".',
    },
    pagination: { defaultLimit: 25 },
  },
  indexes: [{ fields: ['regency', 'slug'], unique: true }],
  endpoints: [fromTemplateEndpoint],
  hooks: {
    afterChange: [rebuildSiteAfterChange],
    afterDelete: [rebuildSiteAfterDelete],
    beforeValidate: [ensureUniqueSlugInRegency('services'), ensureAgencyInRegency('services', 'Instansi harus berada di kabupaten/kota yang sama dengan layanan.')],
    beforeChange: [enforceCompleteness],
  },
  fields: [
    {
      name: 'agency',
      type: 'relationship',
      relationTo: 'agencies',
      required: true,
      index: true,
      label: { id: 'Instansi penyelenggara', en: 'Delivering agency' },
      admin: { position: 'sidebar' },
      filterOptions: ({ data }) => (data?.regency ? { regency: { equals: data.regency } } : true),
    },
    {
      name: 'template',
      type: 'relationship',
      relationTo: 'service-templates',
      label: { id: 'Dibuat dari templat', en: 'Created from template' },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'featured',
      type: 'checkbox',
      defaultValue: false,
      label: { id: 'Tampilkan sebagai layanan populer', en: 'Show as a popular service' },
      admin: { position: 'sidebar' },
    },
    { type: 'tabs', tabs: [...serviceStandardTabs(), onlineFormTab, queueSettingsTab] },
  ],
}
