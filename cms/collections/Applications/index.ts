import type { CollectionConfig } from 'payload'

import { citizenSubmissionAccess } from '../../access/citizenSubmissions'
import { caseWorkflowFields } from '../../fields/caseWorkflow'
import { citizenContactFieldNames, citizenContactFields } from '../../fields/citizenContact'
import { readOnly } from '../../fields/readOnly'
import { applicationStatusLabel, applicationStatuses, isClosedApplication } from '../../domain/caseStatus'
import { auditPersonalDataRead } from '../../hooks/auditPersonalData'
import { notifyCitizen } from '../../hooks/notifyCitizen'
import { recordCaseStep } from '../../hooks/recordCaseStep'
import { allowedTransition } from './hooks/allowedTransition'


/**
 * Online applications (POST /api/public/applications). Officers of the service's agency move
 * each through received → being verified → needs revision → in process → completed or
 * rejected, with a note the citizen reads on the tracking page and an optional internal note.
 */
export const Applications: CollectionConfig = {
  slug: 'applications',
  labels: {
    singular: { id: 'Permohonan daring', en: 'Online application' },
    plural: { id: 'Permohonan daring', en: 'Online applications' },
  },
  access: citizenSubmissionAccess,
  admin: {
    useAsTitle: 'code',
    group: { id: 'Layanan warga', en: 'Citizen services' },
    defaultColumns: ['code', 'service', 'name', 'nik', 'status', 'createdAt'],
    description: {
      id: 'Permohonan dari situs. Ubah status dan tulis catatan untuk pemohon; catatan internal hanya terlihat oleh petugas. NIK dan telepon tampil lengkap hanya di halaman rincian, dan setiap pembukaan dicatat.',
      en: 'Applications from the site. Change the status and write a note for the applicant; internal notes are for staff only. NIK and phone show in full only on the detail page, and each view is logged.',
    },
  },
  hooks: {
    afterChange: [notifyCitizen('application', applicationStatusLabel)],
    afterRead: [auditPersonalDataRead('applications', citizenContactFieldNames)],
    beforeChange: [
      allowedTransition,
      recordCaseStep({ receivedNote: 'Permohonan diterima; petugas akan memeriksa berkas Anda.', routedNote: '', isClosed: isClosedApplication }),
    ],
  },
  fields: [
    readOnly({ name: 'code', type: 'text', required: true, unique: true, index: true, label: { id: 'Kode permohonan', en: 'Application code' } }),
    readOnly({ name: 'service', type: 'relationship', relationTo: 'services', required: true, index: true, label: { id: 'Layanan', en: 'Service' } }),
    {
      type: 'collapsible',
      label: { id: 'Pemohon (data pribadi)', en: 'Applicant (personal data)' },
      fields: [
        ...citizenContactFields(),
      ],
    },
    readOnly({ name: 'answers', type: 'json', label: { id: 'Isian formulir', en: 'Form answers' } }),
    {
      name: 'documents',
      type: 'array',
      access: { update: () => false },
      admin: { readOnly: true },
      label: { id: 'Dokumen', en: 'Documents' },
      fields: [
        { name: 'requirement', type: 'text', label: { id: 'Persyaratan', en: 'Requirement' } },
        { name: 'file', type: 'upload', relationTo: 'application-documents', label: { id: 'Berkas', en: 'File' } },
      ],
    },
    ...caseWorkflowFields({
      statuses: applicationStatuses,
      replyLabel: { id: 'Catatan untuk pemohon (tampil di halaman lacak)', en: 'Note to the applicant (shown on the tracking page)' },
      noteLabel: { id: 'Catatan untuk pemohon', en: 'Note to the applicant' },
    }),
    readOnly({ name: 'regency', type: 'relationship', relationTo: 'regencies', required: true, index: true, label: { id: 'Kabupaten/Kota', en: 'Regency/City' }, admin: { position: 'sidebar' } }),
    readOnly({ name: 'agency', type: 'relationship', relationTo: 'agencies', required: true, index: true, label: { id: 'Instansi', en: 'Agency' }, admin: { position: 'sidebar' } }),
    readOnly({ name: 'closedAt', type: 'date', label: { id: 'Ditutup pada', en: 'Closed at' }, admin: { position: 'sidebar' } }),
    readOnly({ name: 'erasedAt', type: 'date', label: { id: 'Data pribadi dihapus pada', en: 'Personal data erased at' }, admin: { position: 'sidebar', condition: (data) => Boolean(data?.erasedAt) } }),
  ],
}
