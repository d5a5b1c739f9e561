/**
 * The notification texts, in Bahasa Indonesia. They carry the case code, status and the
 * officer's note to the citizen, never the NIK or documents: e-mail is not a private channel.
 */
export interface CaseMail {
  code: string
  subject: string
  text: string
}

const kinds = {
  application: { noun: 'Permohonan', received: 'Permohonan Anda sudah kami terima.' },
  complaint: { noun: 'Pengaduan', received: 'Pengaduan Anda sudah kami terima.' },
  booking: { noun: 'Antrean', received: 'Antrean Anda sudah terpesan.' },
} as const

export type CaseKind = keyof typeof kinds

const footer = (code: string) =>
  `\n\nLacak status kapan saja di situs MPP Digital Jawa Barat (menu Lacak) dengan kode ${code} dan 4 angka terakhir NIK atau nomor telepon Anda.\n\nPesan ini dikirim otomatis; mohon tidak membalas.\nMPP Digital Jawa Barat`

export function receivedMail(kind: CaseKind, code: string, lines: string[]): CaseMail {
  return {
    code,
    subject: `${kinds[kind].noun} ${code} diterima — MPP Digital Jawa Barat`,
    text: [kinds[kind].received, `Kode: ${code}`, ...lines].join('\n') + footer(code),
  }
}

export function statusMail(kind: CaseKind, code: string, statusLabel: string, note: string): CaseMail {
  return {
    code,
    subject: `${kinds[kind].noun} ${code}: ${statusLabel} — MPP Digital Jawa Barat`,
    text: [`Status ${kinds[kind].noun.toLowerCase()} ${code} sekarang: ${statusLabel}.`, note ? `\nCatatan petugas:\n${note}` : ''].join('\n') + footer(code),
  }
}
