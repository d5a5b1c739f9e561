import type { Field } from 'payload'

import { isSlug, slugify } from '../domain/slug'

/**
 * URL segment of a document. Filled from `sourceField` when left empty, so editors only touch
 * it to shorten a URL. Uniqueness is the collection's business (per regency for services).
 */
export const slugField = (sourceField: string, { unique = false } = {}): Field => ({
  name: 'slug',
  type: 'text',
  // Unique across the collection, or just indexed where a compound index scopes it (per regency).
  ...(unique ? { unique: true } : { index: true }),
  label: { id: 'Slug (alamat halaman)', en: 'Slug (page address)' },
  admin: {
    position: 'sidebar',
    description: {
      id: 'Bagian alamat halaman, mis. "paspor-baru". Kosongkan agar dibuat dari nama.',
      en: 'Part of the page address, e.g. "new-passport". Leave empty to derive it from the name.',
    },
  },
  hooks: {
    beforeValidate: [
      ({ value, data }) => {
        if (typeof value === 'string' && value.trim() !== '') return slugify(value)
        const source = data?.[sourceField]
        return typeof source === 'string' ? slugify(source) : value
      },
    ],
  },
  validate: (value: unknown) =>
    (typeof value === 'string' && isSlug(value)) ||
    'Slug hanya boleh huruf kecil, angka, dan tanda hubung (Slug may contain only lower-case letters, digits and hyphens)',
})
