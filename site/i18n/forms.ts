import type { FieldSpec, FlowText } from '../islands/forms/types'
import type { Locale } from './locales'

/** The words of the citizen forms; the rules and their messages live in cms/domain/forms. */
const flow: Record<Locale, FlowText> = {
  id: {
    next: 'Lanjut',
    back: 'Kembali',
    check: 'Periksa jawaban',
    checkTitle: 'Periksa jawaban Anda sebelum mengirim',
    change: 'Ubah',
    submit: 'Kirim',
    sending: 'Mengirim…',
    errorTitle: 'Ada yang perlu diperbaiki',
    optional: 'tidak wajib',
    failed: 'Pengiriman gagal karena koneksi terputus. Periksa sambungan Anda lalu tekan Kirim lagi; data tidak akan terkirim dua kali.',
    notGiven: 'Tidak diisi',
    stepOf: 'Langkah {n} dari {total}',
  },
  en: {
    next: 'Continue',
    back: 'Back',
    check: 'Check your answers',
    checkTitle: 'Check your answers before sending',
    change: 'Change',
    submit: 'Send',
    sending: 'Sending…',
    errorTitle: 'There is a problem',
    optional: 'optional',
    failed: 'Sending failed because the connection dropped. Check your connection and press Send again; nothing will be sent twice.',
    notGiven: 'Not given',
    stepOf: 'Step {n} of {total}',
  },
}

export const flowText = (locale: Locale) => flow[locale]

const t = (locale: Locale, id: string, en: string) => (locale === 'id' ? id : en)

/** Name, NIK, phone and e-mail as every form asks them. */
export function identityFields(locale: Locale, { nikRequired = true } = {}): FieldSpec[] {
  return [
    { name: 'name', type: 'text', required: true, autoComplete: 'name', label: t(locale, 'Nama lengkap (sesuai KTP)', 'Full name (as on your ID card)') },
    {
      name: 'nik',
      type: 'text',
      required: nikRequired,
      inputMode: 'numeric',
      autoComplete: 'off',
      label: 'NIK',
      hint: t(locale, '16 angka pada KTP-el atau Kartu Keluarga.', 'The 16 digits on your ID card or family card.'),
    },
    { name: 'phone', type: 'tel', required: true, autoComplete: 'tel', inputMode: 'tel', label: t(locale, 'Nomor ponsel', 'Mobile number'), hint: t(locale, 'Mis. 0812-3456-7890.', 'E.g. 0812-3456-7890.') },
    { name: 'email', type: 'email', autoComplete: 'email', inputMode: 'email', label: t(locale, 'E-mail', 'E-mail'), hint: t(locale, 'Untuk pemberitahuan setiap perubahan status.', 'For a message at every change of status.') },
  ]
}

export const formWords = {
  identity: { id: 'Data diri', en: 'About you' },
  trackTitle: { id: 'Lacak permohonan, antrean, atau pengaduan', en: 'Track an application, booking or complaint' },
  trackIntro: { id: 'Masukkan kode yang Anda terima dan 4 angka terakhir NIK atau nomor telepon Anda (atau PIN pengaduan anonim).', en: 'Enter the code you received and the last 4 digits of your NIK or phone number (or the PIN of an anonymous complaint).' },
  code: { id: 'Kode pelacakan', en: 'Tracking code' },
  codeHint: { id: 'Mis. PMH-7K2Q-9XWD-M.', en: 'E.g. PMH-7K2Q-9XWD-M.' },
  verify: { id: '4 angka terakhir NIK atau nomor telepon', en: 'Last 4 digits of your NIK or phone number' },
  trackButton: { id: 'Lacak', en: 'Track' },
  status: { id: 'Status saat ini', en: 'Current status' },
  history: { id: 'Riwayat', en: 'History' },
  codeLabel: { id: 'Kode pelacakan Anda', en: 'Your tracking code' },
  pinLabel: { id: 'PIN pelacakan (simpan, karena pengaduan anonim tidak memiliki nomor telepon)', en: 'Tracking PIN (keep it: an anonymous complaint has no phone number)' },
  nextTitle: { id: 'Langkah berikutnya', en: 'What happens next' },
  trackLink: { id: 'Lacak status', en: 'Track the status' },
  applyTitle: { id: 'Ajukan permohonan daring', en: 'Apply online' },
  bookTitle: { id: 'Pesan antrean di loket', en: 'Book a counter slot' },
  complainTitle: { id: 'Sampaikan pengaduan atau saran', en: 'Make a complaint or suggestion' },
  rateTitle: { id: 'Beri penilaian layanan (Survei Kepuasan Masyarakat)', en: 'Rate a service (public satisfaction survey)' },
  rateThanks: { id: 'Terima kasih, penilaian Anda sudah kami terima.', en: 'Thank you, your rating has been received.' },
} as const

export const word = (locale: Locale, key: keyof typeof formWords) => formWords[key][locale]
