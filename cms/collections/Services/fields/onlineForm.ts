import type { Tab } from 'payload'

export const onlineFieldTypes = ['text', 'textarea', 'date', 'number', 'select'] as const

/**
 * What the online application asks beyond the applicant's identity (name, NIK, phone, e-mail,
 * always asked) and the documents (one upload per requirement, mandatory ones required). Each
 * question is validated by the same rules on the site and in the endpoint (domain/forms/application).
 */
export const onlineFormTab: Tab = {
  label: { id: 'Formulir daring', en: 'Online form' },
  description: {
    id: 'Pertanyaan tambahan pada permohonan daring (aktifkan saluran "Permohonan daring" di tab Persyaratan dan jalur). Identitas pemohon dan unggahan dokumen persyaratan selalu diminta.',
    en: 'Extra questions of the online application (turn on the "Online application" channel). The applicant’s identity and uploads of the required documents are always asked.',
  },
  fields: [
    {
      name: 'onlineForm',
      type: 'array',
      label: { id: 'Pertanyaan', en: 'Questions' },
      labels: { singular: { id: 'Pertanyaan', en: 'Question' }, plural: { id: 'Pertanyaan', en: 'Questions' } },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'name',
              type: 'text',
              required: true,
              label: { id: 'Kunci (huruf kecil, tanpa spasi)', en: 'Key (lowercase, no spaces)' },
              validate: (value: unknown) => (typeof value === 'string' && /^[a-z][a-z0-9_]{1,39}$/.test(value)) || 'Gunakan huruf kecil, angka atau _, mis. alamat_usaha.',
              admin: { width: '30%' },
            },
            { name: 'label', type: 'text', required: true, localized: true, label: { id: 'Pertanyaan', en: 'Question' }, admin: { width: '40%' } },
            { name: 'type', type: 'select', required: true, defaultValue: 'text', options: [...onlineFieldTypes], label: { id: 'Jenis isian', en: 'Input type' }, admin: { width: '20%' } },
            { name: 'required', type: 'checkbox', defaultValue: true, label: { id: 'Wajib', en: 'Required' }, admin: { width: '10%' } },
          ],
        },
        {
          name: 'choices',
          type: 'text',
          hasMany: true,
          label: { id: 'Pilihan (untuk jenis select)', en: 'Choices (for select)' },
          admin: { condition: (_, sibling) => sibling?.type === 'select' },
        },
      ],
    },
  ],
}
