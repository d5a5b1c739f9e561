import { describe, expect, it } from 'vitest'

import { maskPhone, parsePhone } from '../../cms/domain/phone'

describe('phone numbers', () => {
  it('normalises the ways citizens write a mobile number to +62', () => {
    for (const written of ['081234567890', '0812-3456-7890', '0812 3456 7890', '+62 812 3456 7890', '+6281234567890', '6281234567890', '+62 (0)812-3456-7890', '81234567890']) {
      expect(parsePhone(written), written).toEqual({ ok: true, e164: '+6281234567890', kind: 'mobile' })
    }
  })

  it('accepts landlines with their area code', () => {
    expect(parsePhone('(022) 4231234')).toEqual({ ok: true, e164: '+62224231234', kind: 'landline' })
    expect(parsePhone('021-5551234')).toEqual({ ok: true, e164: '+62215551234', kind: 'landline' })
    expect(parsePhone('0266 221234')).toEqual({ ok: true, e164: '+62266221234', kind: 'landline' })
  })

  it('accepts the shortest and longest mobile numbers in use', () => {
    expect(parsePhone('0812345678')).toMatchObject({ ok: true, e164: '+62812345678' })
    expect(parsePhone('0812345678901')).toMatchObject({ ok: true, e164: '+62812345678901' })
  })

  it('refuses numbers that cannot be Indonesian phone numbers, in Indonesian', () => {
    for (const bad of ['', '   ', '08123', '08123456789012', '+1 415 555 0100', '0112345678', 'nomor saya 0812', '0812<script>', 812345678, undefined]) {
      const result = parsePhone(bad as string)
      expect(result.ok, String(bad)).toBe(false)
      expect((result as { message: string }).message).toMatch(/[Nn]omor|Gunakan/)
    }
  })

  it('masks the middle digits', () => {
    expect(maskPhone('+6281234567890')).toBe('+62812******90')
  })
})
