import { describe, expect, it } from 'vitest'

import { isSlug, slugify } from '../../cms/domain/slug'

describe('slugify', () => {
  it('makes URL segments from Indonesian titles', () => {
    expect(slugify('Akta Kelahiran (Baru)')).toBe('akta-kelahiran-baru')
    expect(slugify('  Perekaman & Penerbitan KTP-el  ')).toBe('perekaman-dan-penerbitan-ktp-el')
    expect(slugify('Surat Keterangan Catatan Kepolisian — SKCK')).toBe('surat-keterangan-catatan-kepolisian-skck')
    expect(slugify('Café Émile')).toBe('cafe-emile')
  })

  it('keeps slugs short and never ends on a hyphen', () => {
    const slug = slugify('a '.repeat(200))
    expect(slug.length).toBeLessThanOrEqual(96)
    expect(isSlug(slug)).toBe(true)
  })

  it('recognises valid slugs only', () => {
    expect(isSlug('paspor-baru')).toBe(true)
    expect(isSlug('Paspor')).toBe(false)
    expect(isSlug('paspor--baru')).toBe(false)
    expect(isSlug('-paspor')).toBe(false)
    expect(isSlug('')).toBe(false)
  })
})
