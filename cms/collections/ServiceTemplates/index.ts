import type { CollectionConfig } from 'payload'

import { provinceAdminOnly } from '../../access/provinceAdminOnly'
import { staffOnly } from '../../access/staffOnly'
import { serviceStandardTabs } from '../../fields/serviceStandard'
import { rebuildSiteAfterChange, rebuildSiteAfterDelete } from '../../hooks/rebuildSite'

/**
 * The province's master catalog: one complete service standard per common MPP service.
 * A regency copies a template into its own service and edits only what differs locally.
 */
export const ServiceTemplates: CollectionConfig = {
  slug: 'service-templates',
  labels: {
    singular: { id: 'Templat Layanan', en: 'Service Template' },
    plural: { id: 'Templat Layanan', en: 'Service Templates' },
  },
  access: {
    create: provinceAdminOnly,
    delete: provinceAdminOnly,
    read: staffOnly,
    update: provinceAdminOnly,
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'agencyKey', 'category', 'updatedAt'],
    listSearchableFields: ['title', 'slug', 'agencyKey'],
    group: { id: 'Katalog', en: 'Catalog' },
    description: {
      id: 'Katalog induk Provinsi Jawa Barat. Kabupaten/kota membuat layanannya dari templat ini lalu menyesuaikan yang berbeda.',
      en: 'The West Java master catalog. Regencies create their services from these templates and adjust what differs.',
    },
    components: {
      edit: {
        beforeDocumentControls: ['/cms/components/CreateFromTemplateButton#CreateFromTemplateButton'],
      },
    },
  },
  // A template's name heads its page across regencies on the public site.
  hooks: {
    afterChange: [rebuildSiteAfterChange],
    afterDelete: [rebuildSiteAfterDelete],
  },
  fields: [
    {
      name: 'agencyKey',
      type: 'text',
      required: true,
      index: true,
      label: { id: 'Kode katalog instansi', en: 'Agency catalog key' },
      admin: {
        position: 'sidebar',
        description: { id: 'Instansi penyelenggara, dicocokkan dengan kode katalog instansi di tiap kabupaten/kota.', en: 'The delivering agency, matched with each regency’s agency catalog key.' },
      },
    },
    {
      name: 'popular',
      type: 'checkbox',
      defaultValue: false,
      label: { id: 'Layanan populer', en: 'Popular service' },
      admin: { position: 'sidebar' },
    },
    { type: 'tabs', tabs: serviceStandardTabs({ uniqueSlug: true }) },
  ],
}
