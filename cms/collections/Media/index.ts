import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { anyone } from '../../access/anyone'
import { rolesAllowed } from '../../access/rolesAllowed'
import { dataDir } from '../../dataDir'

/**
 * Public files only: agency logos, sample forms, photos of the MPP. Citizens' documents
 * never come here; they get a private collection of their own.
 */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: {
    singular: { id: 'Media', en: 'Media' },
    plural: { id: 'Media', en: 'Media' },
  },
  access: {
    create: rolesAllowed('regency-admin', 'editor'),
    delete: rolesAllowed('regency-admin'),
    read: anyone,
    update: rolesAllowed('regency-admin', 'editor'),
  },
  admin: {
    group: { id: 'Katalog', en: 'Catalog' },
    defaultColumns: ['filename', 'alt', 'regency', 'updatedAt'],
  },
  upload: {
    staticDir: path.join(dataDir, 'media'),
    mimeTypes: ['image/png', 'image/jpeg', 'image/webp', 'image/svg+xml', 'application/pdf'],
    adminThumbnail: 'thumbnail',
    focalPoint: true,
    imageSizes: [
      { name: 'thumbnail', width: 160, height: 160, position: 'centre' },
      { name: 'card', width: 480 },
      { name: 'wide', width: 1200 },
    ],
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      localized: true,
      label: { id: 'Teks alternatif', en: 'Alternative text' },
      admin: { description: { id: 'Apa yang tampak pada gambar, untuk pembaca layar.', en: 'What the image shows, for screen readers.' } },
    },
  ],
}
