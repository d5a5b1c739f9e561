/**
 * Tracking codes citizens read aloud, copy from an e-mail or type on a phone: a prefix naming
 * the kind of case, eight random symbols and a check symbol, e.g. PMH-7K2Q-9XWD-M. Crockford's
 * base 32 leaves out I, L, O and U; the check symbol (Luhn mod 32) catches a mistyped symbol or
 * two swapped neighbours before any database lookup.
 */
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

export const trackingPrefixes = { application: 'PMH', booking: 'ANT', complaint: 'ADU' } as const
export type TrackingKind = keyof typeof trackingPrefixes

function checkSymbol(symbols: string) {
  let sum = 0
  let double = true
  for (let index = symbols.length - 1; index >= 0; index--) {
    let value = alphabet.indexOf(symbols[index]) * (double ? 2 : 1)
    value = Math.floor(value / 32) + (value % 32)
    sum += value
    double = !double
  }
  return alphabet[(32 - (sum % 32)) % 32]
}

/** 32 divides 256, so the low five bits of a random byte are uniform. Web Crypto: Node and browsers. */
const randomSymbols = (count: number) => [...globalThis.crypto.getRandomValues(new Uint8Array(count))].map((byte) => alphabet[byte & 31])

export function newTrackingCode(kind: TrackingKind, symbols: (count: number) => string[] = randomSymbols) {
  const body = symbols(8).join('')
  return `${trackingPrefixes[kind]}-${body.slice(0, 4)}-${body.slice(4)}-${checkSymbol(body)}`
}

/** A code as typed (any case, spaces or no dashes, O for 0, I or L for 1) in canonical form, or null. */
export function normaliseTrackingCode(input: unknown): string | null {
  if (typeof input !== 'string') return null
  const compact = input.toUpperCase().replace(/[\s-]/g, '')
  const match = /^(PMH|ANT|ADU)([0-9A-Z]{9})$/.exec(compact)
  if (!match) return null
  const symbols = match[2].replace(/O/g, '0').replace(/[IL]/g, '1')
  if ([...symbols].some((symbol) => !alphabet.includes(symbol))) return null
  const body = symbols.slice(0, 8)
  if (checkSymbol(body) !== symbols[8]) return null
  return `${match[1]}-${body.slice(0, 4)}-${body.slice(4)}-${symbols[8]}`
}
