/**
 * NIK (Nomor Induk Kependudukan): PP RR KK DDMMYY SSSS. Province, regency and district codes,
 * the birth date (40 added to the day for women) and a serial from 0001. Citizens of every
 * province may use any MPP, so every province code in use is accepted, not only Jawa Barat's.
 */

/** Kemendagri province codes in use on NIKs, including the Papua provinces formed in 2022. */
const provinceCodes = new Set([
  '11', '12', '13', '14', '15', '16', '17', '18', '19', '21',
  '31', '32', '33', '34', '35', '36', '51', '52', '53',
  '61', '62', '63', '64', '65', '71', '72', '73', '74', '75', '76',
  '81', '82', '91', '92', '93', '94', '95', '96',
])

export interface Nik {
  value: string
  province: string
  regency: string
  district: string
  birthDate: string
  sex: 'female' | 'male'
  serial: string
}

export type NikResult = { ok: true; nik: Nik } | { ok: false; message: string }

const pad = (value: number) => String(value).padStart(2, '0')

export function parseNik(input: unknown, today: Date = new Date()): NikResult {
  const value = typeof input === 'string' ? input.replace(/[\s.-]/g, '') : ''
  if (!/^\d{16}$/.test(value)) return { ok: false, message: 'NIK harus terdiri dari 16 angka.' }
  const province = value.slice(0, 2)
  if (!provinceCodes.has(province)) return { ok: false, message: 'Kode provinsi pada NIK (dua angka pertama) tidak dikenal.' }
  if (value.slice(2, 4) === '00' || value.slice(4, 6) === '00') return { ok: false, message: 'Kode kabupaten/kota atau kecamatan pada NIK tidak valid.' }

  const rawDay = Number(value.slice(6, 8))
  const month = Number(value.slice(8, 10))
  const shortYear = Number(value.slice(10, 12))
  const sex = rawDay > 40 ? 'female' : 'male'
  const day = rawDay > 40 ? rawDay - 40 : rawDay
  // Two-digit years: the latest century that does not put the birth in the future.
  const thisYear = today.getUTCFullYear()
  let year = Math.floor(thisYear / 100) * 100 + shortYear
  if (year > thisYear) year -= 100
  const date = new Date(Date.UTC(year, month - 1, day))
  const valid = day >= 1 && day <= 31 && month >= 1 && month <= 12 && date.getUTCDate() === day && date.getUTCMonth() === month - 1
  if (!valid) return { ok: false, message: 'Tanggal lahir pada NIK (angka ke-7 sampai ke-12) tidak valid.' }
  if (date.getTime() > today.getTime()) return { ok: false, message: 'Tanggal lahir pada NIK berada di masa depan.' }

  const serial = value.slice(12)
  if (serial === '0000') return { ok: false, message: 'Nomor urut pada NIK (empat angka terakhir) tidak boleh 0000.' }
  return {
    ok: true,
    nik: { value, province, regency: `${province}.${value.slice(2, 4)}`, district: `${province}.${value.slice(2, 4)}.${value.slice(4, 6)}`, birthDate: `${year}-${pad(month)}-${pad(day)}`, sex, serial },
  }
}

/** Shown in lists: 3273********0001 (UU 27/2022: only what is needed). */
export const maskNik = (nik: string) => (nik.length === 16 ? `${nik.slice(0, 4)}********${nik.slice(12)}` : '****************')
