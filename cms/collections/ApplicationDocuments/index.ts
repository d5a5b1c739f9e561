import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { provinceAdminOnly } from '../../access/provinceAdminOnly'
import { submissionsOfOwnAgency } from '../../access/submissionsOfOwnAgency'
import { dataDir } from '../../dataDir'
import { documentTypes } from '../../domain/documentType'
import { recordAccess } from '../../hooks/auditPersonalData'

/**
 * Citizens' uploaded documents (KTP, KK, certificates…): personal data, some of it 'specific'
 * under UU 27/2022. Stored outside any public folder under DATA_DIR/private, named by the
 * application code rather than the citizen's file name, and served only through Payload's
 * access-checked file route (/api/application-documents/file/<name>) to staff of the
 * application's own agency, each opening recorded in the audit log. Created only by the
 * application endpoint, after the file's content was checked.
 */
export const ApplicationDocuments: CollectionConfig = {
  slug: 'application-documents',
  labels: {
    singular: { id: 'Dokumen permohonan', en: 'Application document' },
    plural: { id: 'Dokumen permohonan', en: 'Application documents' },
  },
  access: {
    create: () => false,
    read: submissionsOfOwnAgency,
    update: () => false,
    delete: provinceAdminOnly,
  },
  admin: {
    group: { id: 'Layanan warga', en: 'Citizen services' },
    hidden: true,
  },
  upload: {
    staticDir: path.join(dataDir, 'private', 'application-documents'),
    mimeTypes: Object.keys(documentTypes),
    // Documents are evidence: no resized copies, no cropping.
    crop: false,
    focalPoint: false,
    handlers: [
      async (req, { doc }) => {
        await recordAccess(req, { action: 'open-document', collection: 'application-documents', doc: doc as unknown as Record<string, unknown> })
      },
    ],
  },
  fields: [
    { name: 'requirement', type: 'text', required: true, label: { id: 'Persyaratan', en: 'Requirement' } },
    { name: 'caseCode', type: 'text', required: true, index: true, label: { id: 'Kode permohonan', en: 'Application code' } },
    { name: 'regency', type: 'relationship', relationTo: 'regencies', required: true, index: true },
    { name: 'agency', type: 'relationship', relationTo: 'agencies', required: true, index: true },
  ],
}
