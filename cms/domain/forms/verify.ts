import { asText } from './result'

/**
 * How a citizen proves a case is theirs without an account: the last four digits of the NIK or
 * phone number they gave, or the PIN an anonymous complaint was handed.
 */
export const verifies = (verify: unknown, secrets: (string | null | undefined)[]) => {
  const digits = asText(verify) ?? ''
  return /^\d{4}$/.test(digits) && secrets.some((value) => typeof value === 'string' && value.length >= 4 && value.endsWith(digits))
}
