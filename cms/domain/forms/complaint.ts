import { complaintKinds, type ComplaintKind } from '../complaintDeadlines'
import { readEmail, readName, readNik, readPhone } from './citizen'
import { asText, isFieldValue, type FieldError, type Validated } from './result'

/**
 * A complaint, suggestion or request for information. Anonymous is allowed (domain.md): the
 * citizen then gives no name, NIK or phone and tracks with a PIN the answer hands back. Named
 * complainants give their name and a phone number (NIK optional); the regency is required so the
 * complaint reaches someone, the agency and service are optional ("no wrong door": staff route it).
 */
export interface ComplaintInput {
  regency: string
  agency?: string
  service?: string
  kind: ComplaintKind
  message: string
  anonymous: boolean
  name?: string
  nik?: string
  phone?: string
  email?: string
}

const slug = /^[a-z0-9-]+$/
const truthy = (value: unknown) => value === true || value === 'true' || value === 'on' || value === '1'

export function validateComplaint(input: Record<string, unknown>, now = new Date()): Validated<ComplaintInput> {
  const errors: FieldError[] = []
  const regency = asText(input.regency) ?? ''
  if (!regency) errors.push({ field: 'regency', message: 'Pilih kabupaten/kota tujuan pengaduan.' })
  else if (!slug.test(regency)) errors.push({ field: 'regency', message: 'Kabupaten/kota tidak dikenal.' })
  const agency = asText(input.agency) || undefined
  if (!isFieldValue(input.agency) || (agency && !slug.test(agency))) errors.push({ field: 'agency', message: 'Instansi tidak dikenal.' })
  const service = asText(input.service) || undefined
  if (!isFieldValue(input.service) || (service && !/^[a-z0-9-]+\/[a-z0-9-]+$/.test(service))) errors.push({ field: 'service', message: 'Layanan tidak dikenal.' })

  const kindText = asText(input.kind) ?? ''
  const kind = (Object.keys(complaintKinds) as ComplaintKind[]).find((key) => key === kindText)
  if (!kind) errors.push({ field: 'kind', message: 'Pilih jenis: permintaan informasi, pengaduan, pengaduan dengan pemeriksaan lapangan, atau saran.' })
  const message = asText(input.message) ?? ''
  if (message.length < 20) errors.push({ field: 'message', message: 'Tuliskan pengaduan Anda, paling sedikit 20 karakter: apa, di mana, dan kapan.' })
  else if (message.length > 3000) errors.push({ field: 'message', message: 'Pengaduan paling banyak 3000 karakter.' })

  const anonymous = truthy(input.anonymous)
  let name: string | undefined
  let nik: string | undefined
  let phone: string | undefined
  if (!anonymous) {
    name = readName(input.name, errors)
    phone = readPhone(input.phone, errors)
    nik = asText(input.nik) ? readNik(input.nik, errors, now) : undefined
  }
  const email = readEmail(input.email, errors)
  if (errors.length) return { ok: false, errors }
  return { ok: true, value: { regency, agency, service, kind: kind!, message, anonymous, name, nik, phone, email } }
}
