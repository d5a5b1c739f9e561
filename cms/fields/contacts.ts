import type { Field } from 'payload'

/** Public contacts of an MPP or an agency. */
export const contactsField = (extra: Field[] = []): Field => ({
  name: 'contacts',
  type: 'group',
  label: { id: 'Kontak', en: 'Contacts' },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'phone', type: 'text', label: { id: 'Telepon', en: 'Phone' }, admin: { width: '33%' } },
        { name: 'email', type: 'email', label: { id: 'Surel', en: 'E-mail' }, admin: { width: '33%' } },
        {
          name: 'website',
          type: 'text',
          label: { id: 'Situs web', en: 'Website' },
          validate: (value: unknown) => !value || /^https?:\/\/[^\s]+$/.test(String(value)) || 'Situs web harus diawali http:// atau https://',
          admin: { width: '34%' },
        },
      ],
    },
    ...extra,
  ],
})
