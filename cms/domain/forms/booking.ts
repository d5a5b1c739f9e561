import { isCalendarDate } from '../workingDays'
import { readEmail, readName, readNik, readPhone, readServiceKey } from './citizen'
import { asText, type FieldError, type Validated } from './result'

/**
 * Booking a queue slot: the service, a date and a slot time, and who is coming (name, NIK,
 * mobile number; e-mail optional for the confirmation). Whether the date and time are open is
 * the service's own rule (domain/slots), checked by the endpoint against its settings.
 */
export interface BookingInput {
  service: string
  date: string
  time: string
  name: string
  nik: string
  phone: string
  email?: string
}

export function validateBooking(input: Record<string, unknown>, now = new Date()): Validated<BookingInput> {
  const errors: FieldError[] = []
  const service = readServiceKey(input.service, errors)
  const date = asText(input.date) ?? ''
  if (!date) errors.push({ field: 'date', message: 'Pilih tanggal kedatangan.' })
  else if (!isCalendarDate(date)) errors.push({ field: 'date', message: 'Tanggal harus berformat TTTT-BB-HH, mis. 2026-12-07.' })
  const time = asText(input.time) ?? ''
  if (!time) errors.push({ field: 'time', message: 'Pilih jam kedatangan.' })
  else if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) errors.push({ field: 'time', message: 'Jam harus berformat JJ:MM, mis. 09:00.' })
  const name = readName(input.name, errors)
  const nik = readNik(input.nik, errors, now)
  const phone = readPhone(input.phone, errors)
  const email = readEmail(input.email, errors)
  if (errors.length) return { ok: false, errors }
  return { ok: true, value: { service, date, time, name, nik, phone, email } }
}

