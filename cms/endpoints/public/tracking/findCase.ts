import type { PayloadRequest } from 'payload'

import { bookingCase } from './bookingCase'

/** The case behind a canonical tracking code, by its prefix; null when there is none. */
export async function findCase(req: PayloadRequest, code: string) {
  if (code.startsWith('ANT-')) return bookingCase(req, code)
  return null
}
