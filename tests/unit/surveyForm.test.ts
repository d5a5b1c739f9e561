import { describe, expect, it } from 'vitest'

import { validateSurvey } from '../../cms/domain/forms/survey'

const scores = { u1: 4, u2: 3, u3: 3, u4: 4, u5: 3, u6: 4, u7: 4, u8: 2, u9: 3 }

describe('the satisfaction survey form', () => {
  it('accepts nine scores and an optional profile, from JSON or from a plain form post', () => {
    expect(validateSurvey({ service: 'kota-bandung/paspor-baru', ...scores, age: 34, gender: 'P', education: 's1', occupation: 'swasta' })).toEqual({
      ok: true,
      value: { service: 'kota-bandung/paspor-baru', scores: [4, 3, 3, 4, 3, 4, 4, 2, 3], age: 34, gender: 'P', education: 's1', occupation: 'swasta', comment: undefined },
    })
    const posted = Object.fromEntries(Object.entries({ service: 'kota-bandung/paspor-baru', ...scores, age: '', comment: '  Antrean cepat.  ' }).map(([key, value]) => [key, String(value)]))
    expect(validateSurvey(posted)).toMatchObject({ ok: true, value: { scores: [4, 3, 3, 4, 3, 4, 4, 2, 3], age: undefined, comment: 'Antrean cepat.' } })
  })

  it('names every missing or out-of-range score in Indonesian', () => {
    const result = validateSurvey({ service: 'kota-bandung/paspor-baru', ...scores, u3: 5, u8: 0, u9: undefined })
    expect(result).toEqual({
      ok: false,
      errors: [
        { field: 'u3', message: 'Beri nilai 1–4 untuk unsur 3 (Waktu penyelesaian).' },
        { field: 'u8', message: 'Beri nilai 1–4 untuk unsur 8 (Penanganan pengaduan, saran dan masukan).' },
        { field: 'u9', message: 'Beri nilai 1–4 untuk unsur 9 (Sarana dan prasarana).' },
      ],
    })
  })

  it('refuses wrong types, unknown options and oversize text', () => {
    const result = validateSurvey({ service: '../etc/passwd', ...scores, u1: '3.5', u2: true, age: 9, gender: 'X', education: 'phd', occupation: 1, comment: 'x'.repeat(1001) })
    expect(result.ok).toBe(false)
    expect((result as { errors: { field: string }[] }).errors.map((error) => error.field)).toEqual(['service', 'u1', 'u2', 'age', 'gender', 'education', 'occupation', 'comment'])
  })
})
