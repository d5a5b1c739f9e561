import { describe, expect, it } from 'vitest'

import { newTrackingCode, normaliseTrackingCode } from '../../cms/domain/trackingCode'

describe('tracking codes', () => {
  it('are a kind prefix, eight symbols and a check symbol', () => {
    const code = newTrackingCode('application')
    expect(code).toMatch(/^PMH-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]$/)
    expect(newTrackingCode('booking')).toMatch(/^ANT-/)
    expect(newTrackingCode('complaint')).toMatch(/^ADU-/)
  })

  it('are read back however a citizen types them', () => {
    const code = newTrackingCode('complaint', () => [...'0K1Q9XWD'])
    expect(normaliseTrackingCode(code)).toBe(code)
    expect(normaliseTrackingCode(code.toLowerCase().replaceAll('-', ' '))).toBe(code)
    expect(normaliseTrackingCode(code.replace('0', 'O').replace('1', 'l').replaceAll('-', ''))).toBe(code)
  })

  it('catch a mistyped symbol and two swapped neighbours', () => {
    const code = newTrackingCode('application', () => [...'7K2Q9XWD'])
    const symbols = code.replaceAll('-', '').slice(3)
    const typo = `PMH${symbols.slice(0, 2)}${symbols[2] === '3' ? '4' : '3'}${symbols.slice(3)}`
    const swapped = `PMH${symbols[1]}${symbols[0]}${symbols.slice(2)}`
    expect(normaliseTrackingCode(typo)).toBeNull()
    expect(normaliseTrackingCode(swapped)).toBeNull()
  })

  it('refuse other shapes', () => {
    for (const bad of ['', 'PMH-7K2Q-9XWD', 'XYZ-7K2Q-9XWD-M', 'PMH-7K2Q-9XWU-M', 42, null]) expect(normaliseTrackingCode(bad)).toBeNull()
  })
})
