/**
 * What a citizen's upload really is, read from its first bytes rather than its name or the
 * browser's claim: a `.pdf` that is an executable is refused. PDF, JPEG and PNG only.
 */
export const documentTypes = {
  'application/pdf': { extension: 'pdf', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  'image/jpeg': { extension: 'jpg', magic: [0xff, 0xd8, 0xff] },
  'image/png': { extension: 'png', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
} as const

export type DocumentType = keyof typeof documentTypes

export function sniffDocumentType(bytes: Uint8Array): DocumentType | null {
  for (const [type, { magic }] of Object.entries(documentTypes)) {
    if (bytes.length >= magic.length && magic.every((byte, index) => bytes[index] === byte)) {
      return type !== 'application/pdf' || completePdf(bytes) ? (type as DocumentType) : null
    }
  }
  return null
}

/** A PDF ends with its cross-reference pointer and %%EOF; a cut-off upload does not. */
function completePdf(bytes: Uint8Array) {
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 1024))).toString('latin1')
  return tail.includes('xref') && tail.includes('%%EOF')
}

/** Each document's limit (APPLICATION_UPLOAD_MAX_BYTES, default 5 MB). */
export const maxDocumentBytes = () => Number(process.env.APPLICATION_UPLOAD_MAX_BYTES ?? 5 * 1024 * 1024)
