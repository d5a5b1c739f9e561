import { documentTypes, maxDocumentBytes, sniffDocumentType, type DocumentType } from '../../../domain/documentType'
import { documentField, missingDocuments, type Requirement } from '../../../domain/forms/application'
import type { FieldError } from '../../../domain/forms/result'

export interface CheckedDocument {
  field: string
  requirement: string
  type: DocumentType
  data: Buffer
}

export type DocumentsCheck = { ok: true; documents: CheckedDocument[] } | { ok: false; status: 413 | 415 | 422; errors: FieldError[] }

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`

/**
 * Every uploaded document, before anything is written: a known requirement, within the size
 * limit, and truly a PDF, JPEG or PNG by its content. Too large wins over a wrong type (413, then
 * 415); missing mandatory documents are 422 with the others' field errors.
 */
export async function checkDocuments(files: Record<string, File>, requirements: Requirement[]): Promise<DocumentsCheck> {
  const limit = maxDocumentBytes()
  const fields = new Map(requirements.map((requirement, index) => [documentField(index), requirement]))
  const tooLarge: FieldError[] = []
  const wrongType: FieldError[] = []
  const unknown: FieldError[] = []
  const documents: CheckedDocument[] = []
  for (const [field, file] of Object.entries(files)) {
    const requirement = fields.get(field)
    if (!requirement) {
      unknown.push({ field, message: 'Dokumen ini tidak diminta oleh layanan.' })
      continue
    }
    if (file.size > limit) {
      tooLarge.push({ field, message: `${requirement.document}: berkas ${megabytes(file.size)}, paling besar ${megabytes(limit)}.` })
      continue
    }
    const data = Buffer.from(await file.arrayBuffer())
    const type = sniffDocumentType(data)
    if (!type) {
      wrongType.push({ field, message: `${requirement.document}: unggah PDF, JPG atau PNG; berkas ini bukan salah satunya.` })
      continue
    }
    documents.push({ field, requirement: requirement.document, type, data })
  }
  if (tooLarge.length) return { ok: false, status: 413, errors: tooLarge }
  if (wrongType.length) return { ok: false, status: 415, errors: wrongType }
  const missing = missingDocuments(requirements, new Set(Object.keys(files)))
  if (unknown.length || missing.length) return { ok: false, status: 422, errors: [...unknown, ...missing] }
  return { ok: true, documents }
}

export const extensionOf = (type: DocumentType) => documentTypes[type].extension
