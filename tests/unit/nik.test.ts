import { describe, expect, it } from 'vitest'

import { maskNik, parseNik } from '../../cms/domain/nik'

const today = new Date('2026-12-04T00:00:00Z')
const check = (nik: string) => parseNik(nik, today)

describe('NIK', () => {
  it('reads a man’s NIK: region codes, birth date, serial', () => {
    // 32 73 05 | 17 08 85 | 0001: Kota Bandung, born 17 August 1985.
    expect(check('3273051708850001')).toEqual({
      ok: true,
      nik: { value: '3273051708850001', province: '32', regency: '32.73', district: '32.73.05', birthDate: '1985-08-17', sex: 'male', serial: '0001' },
    })
  })

  it('reads a woman’s NIK, whose day of birth has 40 added', () => {
    // Day 57 = 17 + 40.
    expect(check('3273055708850002')).toMatchObject({ ok: true, nik: { birthDate: '1985-08-17', sex: 'female' } })
    expect(check('3273057108850002')).toMatchObject({ ok: true, nik: { birthDate: '1985-08-31', sex: 'female' } })
  })

  it('accepts every province, not only Jawa Barat, and ignores spaces and dots', () => {
    expect(check('3171 0101 0190 0001')).toMatchObject({ ok: true, nik: { province: '31', birthDate: '1990-01-01' } })
    expect(check('9401.0101.0105.0001')).toMatchObject({ ok: true, nik: { province: '94', birthDate: '2005-01-01' } })
  })

  it('puts a two-digit year in the latest century that is not in the future', () => {
    expect(check('3273050101260001')).toMatchObject({ ok: true, nik: { birthDate: '2026-01-01' } })
    expect(check('3273050101270001')).toMatchObject({ ok: true, nik: { birthDate: '1927-01-01' } })
  })

  it('refuses what is not 16 digits', () => {
    for (const bad of ['', '327305170885000', '32730517088500011', '327305170885000A', 3273051708850001, null]) {
      expect(check(bad as string)).toEqual({ ok: false, message: 'NIK harus terdiri dari 16 angka.' })
    }
  })

  it('refuses unknown province codes and zero region codes', () => {
    expect(check('2073051708850001')).toMatchObject({ ok: false, message: expect.stringContaining('provinsi') })
    expect(check('9973051708850001')).toMatchObject({ ok: false, message: expect.stringContaining('provinsi') })
    expect(check('3200051708850001')).toMatchObject({ ok: false, message: expect.stringContaining('kabupaten/kota') })
    expect(check('3273001708850001')).toMatchObject({ ok: false, message: expect.stringContaining('kecamatan') })
  })

  it('refuses impossible birth dates', () => {
    for (const bad of [
      '3273050008850001', // day 0
      '3273053208850001', // day 32
      '3273054008850001', // day 40: neither a man's nor a woman's day
      '3273057208850001', // day 72 = 32 for a woman
      '3273051713850001', // month 13
      '3273053102850001', // 31 February
      '3273052902850001', // 29 February 1985, not a leap year
      '3273056902850001', // 29 February 1985 for a woman
    ]) {
      expect(check(bad), bad).toMatchObject({ ok: false, message: expect.stringContaining('Tanggal lahir') })
    }
    expect(check('3273052902840001')).toMatchObject({ ok: true, nik: { birthDate: '1984-02-29' } })
  })

  it('refuses a birth date later than today and serial 0000', () => {
    expect(check('3273052512260001')).toMatchObject({ ok: false, message: expect.stringContaining('masa depan') })
    expect(check('3273051708850000')).toMatchObject({ ok: false, message: expect.stringContaining('0000') })
  })

  it('masks all but the region and the serial', () => {
    expect(maskNik('3273051708850001')).toBe('3273********0001')
  })
})
