/**
 * What every citizen form's validation returns, on the site (islands) and in the endpoints
 * alike: the cleaned value, or the problems as `{ field, message }` with Indonesian messages
 * (the API contract's 422 body).
 */
export interface FieldError {
  field: string
  message: string
}

export type Validated<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] }

/** Form posts carry strings; JSON may carry numbers. Both become a trimmed string or undefined. */
export const asText = (value: unknown) => (typeof value === 'string' ? value.trim() : typeof value === 'number' && Number.isFinite(value) ? String(value) : undefined)

/** A whole number within bounds, from a JSON number or a form field's text. */
export function asWholeNumber(value: unknown, min: number, max: number): number | undefined {
  const text = asText(value)
  if (text === undefined || !/^-?\d+$/.test(text)) return undefined
  const number = Number(text)
  return number >= min && number <= max ? number : undefined
}

/** True for a value a form field can carry; objects, arrays and booleans are a wrong type. */
export const isFieldValue = (value: unknown) => value === undefined || value === null || typeof value === 'string' || typeof value === 'number'

/** The problems of a validation, none when it passed: what a form shows in its error summary. */
export const problemsOf = <T>(checked: Validated<T>): FieldError[] => (checked.ok ? [] : checked.errors)
