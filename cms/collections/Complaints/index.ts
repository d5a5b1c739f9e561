import type { CollectionConfig } from 'payload'

import { citizenSubmissionAccess } from '../../access/citizenSubmissions'
import { caseWorkflowFields } from '../../fields/caseWorkflow'
import { citizenContactFieldNames, citizenContactFields } from '../../fields/citizenContact'
import { readOnly } from '../../fields/readOnly'
import { auditPersonalDataRead } from '../../hooks/auditPersonalData'
import { notifyCitizen } from '../../hooks/notifyCitizen'
import { complaintStatusLabel, complaintStatuses, isClosedComplaint } from '../../domain/caseStatus'
import { complaintKinds } from '../../domain/complaintDeadlines'
import { ensureAgencyInRegency } from '../../hooks/ensureAgencyInRegency'
import { recordCaseStep } from '../../hooks/recordCaseStep'
import { flagOverdue } from './hooks/flagOverdue'


/**
 * Complaints, suggestions and requests for information from the site (POST
 * /api/public/complaints), each with its due dates (domain/complaintDeadlines) and a history
 * the citizen follows with the tracking code. Staff answer by changing the status with a reply,
 * and route a complaint sent to the wrong agency by changing its agency ("no wrong door"):
 * it then leaves the first agency's list and appears in the second's.
 */
export const Complaints: CollectionConfig = {
  slug: 'complaints',
  labels: {
    singular: { id: 'Pengaduan', en: 'Complaint' },
    plural: { id: 'Pengaduan', en: 'Complaints' },
  },
  access: citizenSubmissionAccess,
  admin: {
    useAsTitle: 'code',
    group: { id: 'Layanan warga', en: 'Citizen services' },
    defaultColumns: ['code', 'kind', 'agency', 'status', 'dueDate', 'overdue', 'createdAt'],
    description: {
      id: 'Pengaduan, saran, dan permintaan informasi dari warga. Jawab dengan mengubah status dan menulis tanggapan; teruskan ke instansi lain bila salah alamat.',
      en: 'Complaints, suggestions and information requests from citizens. Answer by changing the status with a reply; route to another agency when misaddressed.',
    },
  },
  hooks: {
    afterChange: [notifyCitizen('complaint', complaintStatusLabel, (doc) => [`Tanggapan pertama paling lambat: ${doc.firstReplyDue}`, `Selesai paling lambat: ${doc.dueDate}`])],
    afterRead: [auditPersonalDataRead('complaints', citizenContactFieldNames)],
    beforeValidate: [ensureAgencyInRegency('complaints', 'Pengaduan hanya dapat diteruskan ke instansi di kabupaten/kota yang sama.')],
    beforeChange: [
      recordCaseStep({
        receivedNote: 'Pengaduan diterima dan diteruskan ke petugas.',
        routedNote: 'Pengaduan diteruskan ke instansi yang berwenang.',
        isClosed: isClosedComplaint,
      }),
    ],
  },
  fields: [
    readOnly({ name: 'code', type: 'text', required: true, unique: true, index: true, label: { id: 'Kode pengaduan', en: 'Complaint code' } }),
    readOnly({ name: 'kind', type: 'select', required: true, options: Object.entries(complaintKinds).map(([value, label]) => ({ value, label })), label: { id: 'Jenis', en: 'Kind' } }),
    readOnly({ name: 'message', type: 'textarea', required: true, label: { id: 'Isi pengaduan', en: 'Message' } }),
    readOnly({ name: 'service', type: 'relationship', relationTo: 'services', label: { id: 'Layanan', en: 'Service' } }),
    {
      type: 'collapsible',
      label: { id: 'Pelapor (data pribadi)', en: 'Complainant (personal data)' },
      admin: { initCollapsed: true },
      fields: [
        readOnly({ name: 'anonymous', type: 'checkbox', defaultValue: false, label: { id: 'Anonim', en: 'Anonymous' } }),
        ...citizenContactFields(),
      ],
    },
    // The anonymous complainant's proof for tracking, handed back once; never shown to staff.
    { name: 'pin', type: 'text', access: { read: () => false, update: () => false }, admin: { hidden: true } },
    ...caseWorkflowFields({
      statuses: complaintStatuses,
      replyLabel: { id: 'Tanggapan untuk pelapor (tampil di halaman lacak)', en: 'Reply to the complainant (shown on the tracking page)' },
      noteLabel: { id: 'Tanggapan', en: 'Reply' },
    }),
    readOnly({ name: 'regency', type: 'relationship', relationTo: 'regencies', required: true, index: true, label: { id: 'Kabupaten/Kota', en: 'Regency/City' }, admin: { position: 'sidebar' } }),
    {
      name: 'agency',
      type: 'relationship',
      relationTo: 'agencies',
      index: true,
      label: { id: 'Instansi yang menangani', en: 'Handling agency' },
      admin: { position: 'sidebar', description: { id: 'Ubah untuk meneruskan pengaduan ke instansi yang berwenang.', en: 'Change to route the complaint to the responsible agency.' } },
      filterOptions: ({ data }) => (data?.regency ? { regency: { equals: data.regency } } : true),
    },
    readOnly({ name: 'firstReplyDue', type: 'text', label: { id: 'Tanggapan pertama paling lambat', en: 'First reply due' }, admin: { position: 'sidebar' } }),
    readOnly({ name: 'dueDate', type: 'text', index: true, label: { id: 'Selesai paling lambat', en: 'Resolution due' }, admin: { position: 'sidebar' } }),
    {
      name: 'overdue',
      type: 'checkbox',
      virtual: true,
      label: { id: 'Lewat batas waktu', en: 'Overdue' },
      admin: { position: 'sidebar', readOnly: true },
      hooks: { afterRead: [flagOverdue] },
    },
    readOnly({ name: 'erasedAt', type: 'date', label: { id: 'Data pribadi dihapus pada', en: 'Personal data erased at' }, admin: { position: 'sidebar', condition: (data) => Boolean(data?.erasedAt) } }),
    readOnly({ name: 'closedAt', type: 'date', label: { id: 'Ditutup pada', en: 'Closed at' }, admin: { position: 'sidebar' } }),
  ],
}
