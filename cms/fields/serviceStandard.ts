import type { Field, Tab } from 'payload'

import {
  complaintChannelKinds,
  documentForms,
  durationUnits,
  lifeEvents,
  serviceCategories,
  stepActors,
  toOptions,
} from '../domain/taxonomy'
import { slugField } from './slug'

/**
 * The service standard (UU 25/2009, PermenPAN-RB 15/2014) as Payload fields, shared by the
 * province's master catalog (service-templates) and each regency's services, so that a
 * template copies into a service field by field. Labels use the terms editors know from the
 * regulation; numbers match the 14 components.
 *
 * The standard's components are not `required`: drafts may be incomplete, and a text left
 * untranslated falls back to Indonesian. Publishing is gated by the completeness rule
 * (cms/domain/completeness.ts, applied by the services' enforceCompleteness hook).
 */

/** The collapsed-row label that shows a row's own text (cms/components/TextRowLabel). */
const rowLabel = (field: string, fallback: string) => ({
  RowLabel: { path: '/cms/components/TextRowLabel#TextRowLabel', clientProps: { field, fallback } },
})

const localizedText = (name: string, id: string, en: string, description?: { id: string; en: string }): Field => ({
  name,
  type: 'textarea',
  localized: true,
  label: { id, en },
  admin: description ? { description } : undefined,
})

/** Title, slug, summary, category, life events: what the catalog is browsed by. */
const serviceIdentityFields = ({ uniqueSlug }: { uniqueSlug: boolean }): Field[] => [
  {
    name: 'title',
    type: 'text',
    required: true,
    localized: true,
    label: { id: 'Nama layanan', en: 'Service name' },
    admin: { description: { id: 'Nama yang dicari warga, mis. "Penerbitan Paspor Baru".', en: 'The name citizens search for, e.g. "New Passport".' } },
  },
  slugField('title', { unique: uniqueSlug }),
  {
    name: 'summary',
    type: 'textarea',
    localized: true,
    label: { id: 'Ringkasan', en: 'Summary' },
    admin: { description: { id: 'Satu atau dua kalimat: layanan apa ini dan untuk siapa.', en: 'One or two sentences: what the service is and who it is for.' } },
  },
  {
    name: 'description',
    type: 'richText',
    localized: true,
    label: { id: 'Penjelasan lengkap', en: 'Full description' },
  },
  {
    type: 'row',
    fields: [
      {
        name: 'category',
        type: 'select',
        required: true,
        index: true,
        label: { id: 'Kategori', en: 'Category' },
        options: toOptions(serviceCategories),
        admin: { width: '50%' },
      },
      {
        name: 'lifeEvents',
        type: 'select',
        hasMany: true,
        label: { id: 'Peristiwa hidup', en: 'Life events' },
        options: toOptions(lifeEvents),
        admin: { width: '50%', description: { id: 'Kapan warga biasanya membutuhkan layanan ini.', en: 'When citizens usually need this service.' } },
      },
    ],
  },
  {
    name: 'channels',
    type: 'group',
    label: { id: 'Cara mengakses layanan', en: 'How to access the service' },
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'counter', type: 'checkbox', defaultValue: true, label: { id: 'Datang ke loket MPP', en: 'At the MPP counter' } },
          { name: 'online', type: 'checkbox', defaultValue: false, label: { id: 'Permohonan daring di situs ini', en: 'Online application on this site' } },
        ],
      },
      {
        type: 'row',
        fields: [
          {
            name: 'externalUrl',
            type: 'text',
            label: { id: 'Tautan layanan eksternal', en: 'External service link' },
            validate: (value: unknown) =>
              !value || /^https:\/\/[^\s]+$/.test(String(value)) || 'Tautan harus diawali https:// (Link must start with https://)',
            admin: { width: '50%', description: { id: 'Mis. OSS atau SIMBG, bila permohonan dilakukan di sistem lain.', en: 'E.g. OSS or SIMBG, when the application happens elsewhere.' } },
          },
          { name: 'externalLabel', type: 'text', localized: true, label: { id: 'Teks tautan', en: 'Link text' }, admin: { width: '50%' } },
        ],
      },
    ],
  },
]

/** Components 1–6: published to citizens; all must be filled before publishing. */
export const citizenComponentFields: Field[] = [
  {
    name: 'requirements',
    type: 'array',
    label: { id: '1. Persyaratan', en: '1. Requirements' },
    labels: { singular: { id: 'Dokumen', en: 'Document' }, plural: { id: 'Dokumen', en: 'Documents' } },
    admin: {
      description: { id: 'Setiap dokumen yang harus dibawa atau diunggah pemohon.', en: 'Each document the applicant must bring or upload.' },
      initCollapsed: true,
      components: rowLabel('document', 'Dokumen'),
    },
    fields: [
      { name: 'document', type: 'text', localized: true, label: { id: 'Nama dokumen', en: 'Document' } },
      {
        type: 'row',
        fields: [
          { name: 'form', type: 'select', required: true, defaultValue: 'original', options: toOptions(documentForms), label: { id: 'Bentuk', en: 'Form' }, admin: { width: '40%' } },
          { name: 'count', type: 'number', min: 1, defaultValue: 1, label: { id: 'Jumlah', en: 'Count' }, admin: { width: '20%' } },
          { name: 'mandatory', type: 'checkbox', defaultValue: true, label: { id: 'Wajib', en: 'Mandatory' }, admin: { width: '20%' } },
        ],
      },
      { name: 'note', type: 'text', localized: true, label: { id: 'Keterangan', en: 'Note' } },
    ],
  },
  {
    name: 'procedure',
    type: 'array',
    label: { id: '2. Sistem, mekanisme, dan prosedur', en: '2. System, mechanism and procedure' },
    labels: { singular: { id: 'Langkah', en: 'Step' }, plural: { id: 'Langkah', en: 'Steps' } },
    admin: {
      description: { id: 'Langkah-langkah secara berurutan dan siapa yang melakukannya.', en: 'The steps in order and who performs each.' },
      initCollapsed: true,
      components: rowLabel('title', 'Langkah'),
    },
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'title', type: 'text', localized: true, label: { id: 'Langkah', en: 'Step' }, admin: { width: '70%' } },
          { name: 'actor', type: 'select', options: toOptions(stepActors), defaultValue: 'officer', label: { id: 'Pelaksana', en: 'Performed by' }, admin: { width: '30%' } },
        ],
      },
    ],
  },
  {
    name: 'duration',
    type: 'group',
    label: { id: '3. Jangka waktu pelayanan', en: '3. Service time' },
    admin: { description: { id: 'Sejak berkas lengkap diterima sampai produk selesai, mis. 14 hari kerja.', en: 'From a complete application to the finished product, e.g. 14 working days.' } },
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'value', type: 'number', min: 0, label: { id: 'Lama', en: 'Length' }, admin: { width: '30%' } },
          { name: 'unit', type: 'select', options: toOptions(durationUnits), label: { id: 'Satuan', en: 'Unit' }, admin: { width: '30%' } },
          { name: 'note', type: 'text', localized: true, label: { id: 'Keterangan', en: 'Note' }, admin: { width: '40%' } },
        ],
      },
    ],
  },
  {
    name: 'fee',
    type: 'group',
    label: { id: '4. Biaya/tarif', en: '4. Fee' },
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'kind',
            type: 'select',
            label: { id: 'Jenis', en: 'Kind' },
            options: [
              { value: 'free', label: { id: 'Gratis', en: 'Free' } },
              { value: 'fixed', label: { id: 'Tarif tetap', en: 'Fixed fee' } },
              { value: 'variable', label: { id: 'Sesuai ketentuan (bervariasi)', en: 'Set by regulation (varies)' } },
            ],
            admin: { width: '30%' },
          },
          {
            name: 'amount',
            type: 'number',
            min: 0,
            label: { id: 'Nominal (Rp)', en: 'Amount (IDR)' },
            admin: { width: '30%', condition: (_, sibling) => sibling?.kind !== 'free' },
          },
        ],
      },
      {
        name: 'basis',
        type: 'text',
        label: { id: 'Dasar hukum tarif', en: 'Legal basis of the fee' },
        admin: { description: { id: 'Peraturan yang menetapkan tarif; wajib untuk layanan berbayar.', en: 'The regulation that sets the fee; required when not free.' } },
      },
      { name: 'note', type: 'text', localized: true, label: { id: 'Keterangan', en: 'Note' } },
    ],
  },
  localizedText('product', '5. Produk pelayanan', '5. Service product', {
    id: 'Apa yang diterima warga, mis. "KTP-el".',
    en: 'What the citizen receives, e.g. "Electronic ID card".',
  }),
  {
    name: 'complaintChannels',
    type: 'array',
    label: { id: '6. Penanganan pengaduan, saran, dan masukan', en: '6. Complaints, suggestions and feedback' },
    labels: { singular: { id: 'Saluran', en: 'Channel' }, plural: { id: 'Saluran', en: 'Channels' } },
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'kind', type: 'select', required: true, options: toOptions(complaintChannelKinds), label: { id: 'Saluran', en: 'Channel' }, admin: { width: '35%' } },
          { name: 'contact', type: 'text', required: true, label: { id: 'Kontak', en: 'Contact' }, admin: { width: '65%' } },
        ],
      },
    ],
  },
]

/** Components 7–14: internal management; shown to citizens in a collapsed section. */
export const internalComponentFields: Field[] = [
  {
    name: 'legalBasis',
    type: 'array',
    label: { id: '7. Dasar hukum', en: '7. Legal basis' },
    labels: { singular: { id: 'Peraturan', en: 'Regulation' }, plural: { id: 'Peraturan', en: 'Regulations' } },
    fields: [
      { name: 'title', type: 'text', required: true, label: { id: 'Peraturan', en: 'Regulation' } },
      {
        name: 'url',
        type: 'text',
        label: { id: 'Tautan naskah', en: 'Link to the text' },
        validate: (value: unknown) => !value || /^https?:\/\/[^\s]+$/.test(String(value)) || 'Tautan harus diawali http:// atau https://',
      },
    ],
  },
  localizedText('facilities', '8. Sarana dan prasarana/fasilitas', '8. Facilities'),
  localizedText('competence', '9. Kompetensi pelaksana', '9. Staff competence'),
  localizedText('internalSupervision', '10. Pengawasan internal', '10. Internal supervision'),
  {
    name: 'staffCount',
    type: 'number',
    min: 0,
    label: { id: '11. Jumlah pelaksana (orang)', en: '11. Number of staff' },
  },
  localizedText('serviceGuarantee', '12. Jaminan pelayanan', '12. Service guarantee'),
  localizedText('securityGuarantee', '13. Jaminan keamanan dan keselamatan pelayanan', '13. Security and safety guarantee'),
  localizedText('performanceEvaluation', '14. Evaluasi kinerja pelaksana', '14. Staff performance evaluation'),
]

/**
 * The tabs that hold the whole standard, for both templates and services. Template slugs are
 * unique province-wide; service slugs only per regency (a compound index on the collection).
 */
export const serviceStandardTabs = ({ uniqueSlug = false } = {}): Tab[] => [
  { label: { id: 'Informasi umum', en: 'General' }, fields: serviceIdentityFields({ uniqueSlug }) },
  { label: { id: 'Standar pelayanan (1–6)', en: 'Service standard (1–6)' }, description: { id: 'Komponen yang diumumkan kepada warga; semuanya wajib diisi sebelum terbit.', en: 'Published to citizens; all must be filled in before publishing.' }, fields: citizenComponentFields },
  { label: { id: 'Pengelolaan internal (7–14)', en: 'Internal management (7–14)' }, fields: internalComponentFields },
]

/** Names of every data field in the standard tabs, for copying a template into a service. */
export const serviceStandardFieldNames = [
  'title', 'slug', 'summary', 'description', 'category', 'lifeEvents', 'channels',
  'requirements', 'procedure', 'duration', 'fee', 'product', 'complaintChannels',
  'legalBasis', 'facilities', 'competence', 'internalSupervision', 'staffCount',
  'serviceGuarantee', 'securityGuarantee', 'performanceEvaluation',
] as const
