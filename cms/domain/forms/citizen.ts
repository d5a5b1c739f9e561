import { parseNik } from '../nik'
import { parsePhone } from '../phone'
import { asText, isFieldValue, type FieldError } from './result'

/**
 * The identity fields several citizen forms share (booking, application, complaint): each
 * reader pushes its Indonesian message onto `errors` and returns the cleaned value.
 */
export const serviceKeyPattern = /^[a-z0-9-]+\/[a-z0-9-]+$/

export function readServiceKey(input: unknown, errors: FieldError[]) {
  const service = asText(input)
  if (!service) errors.push({ field: 'service', message: 'Pilih layanan.' })
  else if (!serviceKeyPattern.test(service)) errors.push({ field: 'service', message: 'Layanan tidak dikenal.' })
  return service ?? ''
}

/** A person's name: letters (any script), spaces and the punctuation names carry. */
export function readName(input: unknown, errors: FieldError[], field = 'name') {
  const name = asText(input)?.replace(/\s+/g, ' ')
  if (!name) errors.push({ field, message: 'Nama lengkap wajib diisi.' })
  else if (name.length > 100) errors.push({ field, message: 'Nama paling banyak 100 karakter.' })
  else if (!/^[\p{L}\p{M}][\p{L}\p{M} .,'’-]*$/u.test(name)) errors.push({ field, message: 'Nama hanya boleh berisi huruf, spasi, titik, koma, apostrof atau tanda hubung.' })
  return name ?? ''
}

export function readNik(input: unknown, errors: FieldError[], now: Date) {
  // A NIK is an identifier, not a quantity: sent as a number it has lost any leading zero.
  if (input !== undefined && input !== null && typeof input !== 'string') {
    errors.push({ field: 'nik', message: 'NIK harus dikirim sebagai teks 16 angka.' })
    return ''
  }
  const result = parseNik(asText(input) ?? '', now)
  if (!result.ok) {
    errors.push({ field: 'nik', message: asText(input) ? result.message : 'NIK wajib diisi.' })
    return ''
  }
  return result.nik.value
}

export function readPhone(input: unknown, errors: FieldError[]) {
  if (input !== undefined && input !== null && typeof input !== 'string') {
    errors.push({ field: 'phone', message: 'Nomor telepon harus dikirim sebagai teks, mis. "0812-3456-7890".' })
    return ''
  }
  const result = parsePhone(asText(input) ?? '')
  if (!result.ok) {
    errors.push({ field: 'phone', message: result.message })
    return ''
  }
  return result.e164
}

/** Optional; when given it must look like an address a message can reach. */
export function readEmail(input: unknown, errors: FieldError[]) {
  if (!isFieldValue(input)) {
    errors.push({ field: 'email', message: 'Alamat e-mail tidak valid, mis. nama@contoh.id.' })
    return undefined
  }
  const email = asText(input)?.toLowerCase()
  if (!email) return undefined
  if (email.length > 254 || !/^[^\s@<>()[\]\\,;:"]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/.test(email)) {
    errors.push({ field: 'email', message: 'Alamat e-mail tidak valid, mis. nama@contoh.id.' })
    return undefined
  }
  return email
}
