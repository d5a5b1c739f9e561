import type { Field } from 'payload'

/** A field the system writes and staff may only read (a citizen's submission as it arrived). */
export const readOnly = (field: Field): Field => ({ ...field, access: { update: () => false }, admin: { ...field.admin, readOnly: true } }) as Field
