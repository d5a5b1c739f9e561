import type { PayloadRequest } from 'payload'

import { applicationCase } from './applicationCase'
import { bookingCase } from './bookingCase'
import { complaintCase } from './complaintCase'

/** The case behind a canonical tracking code, by its prefix; null when there is none. */
export async function findCase(req: PayloadRequest, code: string) {
  if (code.startsWith('PMH-')) return applicationCase(req, code)
  if (code.startsWith('ANT-')) return bookingCase(req, code)
  if (code.startsWith('ADU-')) return complaintCase(req, code)
  return null
}
