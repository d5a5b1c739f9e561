import type { Endpoint, PayloadRequest } from 'payload'

import { validateApplication, type OnlineQuestion, type Requirement } from '../../../domain/forms/application'
import { newTrackingCode } from '../../../domain/trackingCode'
import { findPublishedService } from '../findPublishedService'
import { cmsURL } from '../http/cmsURL'
import { unprocessable } from '../http/problems'
import { submissionHandler } from '../http/submission'
import { checkDocuments, extensionOf, type CheckedDocument } from './checkDocuments'

interface OnlineService {
  id: number | string
  agency: unknown
  regency: unknown
  channels?: { online?: boolean | null } | null
  onlineForm?: (OnlineQuestion & { label: string })[] | null
  requirements?: ({ document?: string | null; mandatory?: boolean | null } | null)[] | null
}

/** Stores the documents, then the application; if any write fails, what was written is removed. */
async function saveApplication(req: PayloadRequest, service: OnlineService, code: string, documents: CheckedDocument[], data: Record<string, unknown>) {
  const stored: (number | string)[] = []
  try {
    const rows = []
    for (const [index, document] of documents.entries()) {
      const doc = await req.payload.create({
        collection: 'application-documents',
        overrideAccess: true,
        depth: 0,
        data: { requirement: document.requirement, caseCode: code, regency: service.regency, agency: service.agency } as never,
        // Named by the case, never by the citizen's file name (which may carry their name or NIK).
        file: { data: document.data, mimetype: document.type, name: `${code}-${index + 1}.${extensionOf(document.type)}`, size: document.data.length },
      })
      stored.push(doc.id)
      rows.push({ requirement: document.requirement, file: doc.id })
    }
    await req.payload.create({ collection: 'applications', overrideAccess: true, depth: 0, data: { ...data, code, documents: rows } as never })
  } catch (error) {
    for (const id of stored) await req.payload.delete({ collection: 'application-documents', id, overrideAccess: true }).catch(() => undefined)
    throw error
  }
}

/**
 * POST /api/public/applications: an online application with its documents (multipart), or
 * JSON when the service asks for none. 201 with the tracking code; 413/415 for a document too
 * large or not a PDF/JPEG/PNG; 422 with field messages. Nothing is stored unless all is valid.
 */
export const postApplication: Endpoint = {
  path: '/public/applications',
  method: 'post',
  handler: submissionHandler({
    scope: 'applications',
    confirmation: (answer) => String((answer.links as Record<string, string>).confirmation),
    handle: async (req, form, files) => {
      const serviceKey = typeof form.service === 'string' ? form.service.trim() : ''
      const service = (/^[a-z0-9-]+\/[a-z0-9-]+$/.test(serviceKey) ? await findPublishedService(req, serviceKey, {
              channels: { online: true },
              // Named field by field: `onlineForm: true` drops the hasMany `choices` on SQLite (Payload 3.90).
              onlineForm: { name: true, label: true, type: true, required: true, choices: true },
              requirements: { document: true, mandatory: true },
            }) : null) as OnlineService | null
      const questions = service?.onlineForm ?? []
      const checked = validateApplication(form, questions)
      if (!checked.ok) return unprocessable(checked.errors)
      if (!service) return unprocessable([{ field: 'service', message: 'Layanan tidak dikenal atau tidak lagi diterbitkan.' }])
      if (!service.channels?.online) return unprocessable([{ field: 'service', message: 'Layanan ini belum menerima permohonan daring; silakan datang ke loket MPP.' }])

      const requirements: Requirement[] = (service.requirements ?? []).map((row) => ({ document: row?.document ?? 'Dokumen', mandatory: row?.mandatory }))
      const documents = await checkDocuments(files, requirements)
      if (!documents.ok) return Response.json({ errors: documents.errors }, { status: documents.status })

      const application = checked.value
      const code = newTrackingCode('application')
      await saveApplication(req, service, code, documents.documents, {
        service: service.id,
        agency: service.agency,
        regency: service.regency,
        name: application.name,
        nik: application.nik,
        phone: application.phone,
        email: application.email,
        answers: application.answers,
        status: 'received',
      })
      const base = cmsURL(req)
      return Response.json(
        {
          code,
          status: 'received',
          documents: documents.documents.length,
          next: 'Petugas memeriksa berkas Anda. Bila ada yang perlu diperbaiki, Anda diberi tahu lewat halaman lacak (dan e-mail bila diisi). Lacak dengan kode ini dan 4 angka terakhir NIK atau nomor telepon Anda.',
          links: { confirmation: `${base}/api/public/terkirim/${code}`, track: `${base}/api/public/track/${code}` },
        },
        { status: 201 },
      )
    },
  }),
}
