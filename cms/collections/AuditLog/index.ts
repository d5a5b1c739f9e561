import type { CollectionConfig } from 'payload'

import { auditReaders } from '../../access/auditReaders'

export const auditActions = [
  { value: 'view-personal-data', label: { id: 'Melihat data pribadi', en: 'Viewed personal data' } },
  { value: 'open-document', label: { id: 'Membuka dokumen', en: 'Opened a document' } },
]

/**
 * Who saw which citizen's personal data, and when (UU 27/2022): one entry per detail view of a
 * case and per document opened. Written by the system only; nobody edits or deletes it, so the
 * record stands when a breach has to be traced.
 */
export const AuditLog: CollectionConfig = {
  slug: 'audit-log',
  labels: {
    singular: { id: 'Catatan akses data pribadi', en: 'Personal-data access record' },
    plural: { id: 'Log akses data pribadi', en: 'Personal-data access log' },
  },
  access: {
    create: () => false,
    read: auditReaders,
    update: () => false,
    delete: () => false,
  },
  admin: {
    group: { id: 'Layanan warga', en: 'Citizen services' },
    defaultColumns: ['createdAt', 'user', 'action', 'targetCollection', 'caseCode'],
    useAsTitle: 'caseCode',
  },
  fields: [
    { name: 'user', type: 'relationship', relationTo: 'users', required: true, index: true, label: { id: 'Petugas', en: 'Staff member' } },
    { name: 'action', type: 'select', required: true, options: auditActions, label: { id: 'Tindakan', en: 'Action' } },
    { name: 'targetCollection', type: 'text', required: true, label: { id: 'Koleksi', en: 'Collection' } },
    { name: 'targetId', type: 'text', required: true, index: true, label: { id: 'ID dokumen', en: 'Document ID' } },
    { name: 'caseCode', type: 'text', index: true, label: { id: 'Kode kasus', en: 'Case code' } },
    { name: 'regency', type: 'relationship', relationTo: 'regencies', index: true, label: { id: 'Kabupaten/Kota', en: 'Regency/City' } },
  ],
}
