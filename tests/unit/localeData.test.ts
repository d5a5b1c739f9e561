import { describe, expect, it } from 'vitest'

import { alignRows, inLocale, withoutRowIds } from '../../cms/utilities/localeData'

describe('writing one document in two locales', () => {
  const seed = {
    title: { id: 'Paspor', en: 'Passport' },
    requirements: [
      { document: { id: 'KTP-el', en: 'ID card' }, count: 1 },
      { document: { id: 'Kartu Keluarga', en: 'Family card' }, count: 1 },
    ],
    fee: { amount: 350000, note: { id: 'Paspor biasa', en: 'Ordinary passport' } },
  }

  it('picks one locale from { id, en } pairs, leaving other values alone', () => {
    expect(inLocale(seed, 'en')).toEqual({
      title: 'Passport',
      requirements: [
        { document: 'ID card', count: 1 },
        { document: 'Family card', count: 1 },
      ],
      fee: { amount: 350000, note: 'Ordinary passport' },
    })
  })

  it('puts the created rows’ IDs on the second locale, by position', () => {
    const created = { id: 7, requirements: [{ id: 'r1', document: 'KTP-el' }, { id: 'r2', document: 'Kartu Keluarga' }] }
    const aligned = alignRows(inLocale(seed, 'en'), created) as { requirements: { id: string; document: string }[] }
    expect(aligned.requirements.map((row) => [row.id, row.document])).toEqual([
      ['r1', 'ID card'],
      ['r2', 'Family card'],
    ])
  })

  it('drops row IDs when copying, but leaves rich text untouched', () => {
    const richText = { root: { id: 'keep', children: [] } }
    expect(withoutRowIds({ rows: [{ id: 'x', a: 1 }], description: richText })).toEqual({ rows: [{ a: 1 }], description: richText })
  })
})
