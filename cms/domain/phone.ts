/**
 * Indonesian phone numbers as citizens type them (0812-3456-7890, +62 812 3456 7890,
 * 62812…, (022) 4231234) normalised to E.164 (+6281234567890). Mobile numbers start with 8
 * after the country code; landlines with a 2–4 digit area code starting 2–7 or 9.
 */
export type PhoneResult = { ok: true; e164: string; kind: 'mobile' | 'landline' } | { ok: false; message: string }

export function parsePhone(input: unknown): PhoneResult {
  const raw = typeof input === 'string' ? input.trim() : ''
  if (!raw) return { ok: false, message: 'Nomor telepon wajib diisi.' }
  if (!/^\+?[\d\s().-]+$/.test(raw)) return { ok: false, message: 'Nomor telepon hanya boleh berisi angka, spasi, tanda hubung, dan + di depan.' }
  const digits = raw.replace(/\D/g, '')
  let national: string
  if (raw.startsWith('+')) {
    if (!digits.startsWith('62')) return { ok: false, message: 'Gunakan nomor telepon Indonesia (+62).' }
    national = digits.slice(2)
  } else if (digits.startsWith('62')) national = digits.slice(2)
  else if (digits.startsWith('0')) national = digits.slice(1)
  else national = digits
  national = national.replace(/^0/, '')

  if (national.startsWith('8')) {
    if (national.length < 9 || national.length > 12) return { ok: false, message: 'Nomor ponsel harus 10–13 angka, mis. 0812-3456-7890.' }
    return { ok: true, e164: `+62${national}`, kind: 'mobile' }
  }
  if (/^[2-79]/.test(national)) {
    if (national.length < 8 || national.length > 11) return { ok: false, message: 'Nomor telepon rumah/kantor harus berisi kode wilayah dan nomor, mis. (022) 4231234.' }
    return { ok: true, e164: `+62${national}`, kind: 'landline' }
  }
  return { ok: false, message: 'Nomor telepon tidak valid; contoh: 0812-3456-7890.' }
}

/** Shown in lists: +62812******90. */
export const maskPhone = (e164: string) => (e164.length > 8 ? `${e164.slice(0, 6)}${'*'.repeat(e164.length - 8)}${e164.slice(-2)}` : '********')
