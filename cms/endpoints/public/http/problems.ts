import type { FieldError } from '../../../domain/forms/result'

/** The public API's error bodies: `{ errors: [{ field, message }] }`, messages in Indonesian. */
export const unprocessable = (errors: FieldError[]) => Response.json({ errors }, { status: 422 })

export const problem = (status: number, message: string, headers: Record<string, string> = {}) =>
  Response.json({ errors: [{ field: '', message }] }, { status, headers })
