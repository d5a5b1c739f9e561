import type { PayloadRequest } from 'payload'

/**
 * Payload's Local API stores the `locale` it is given on the request it is given. A hook that
 * reads another locale through its caller's request would therefore switch the caller's own
 * write to that locale mid-operation (English text saved as Indonesian). A fork shares the
 * transaction and everything else by prototype, but absorbs such writes itself.
 */
export const forkRequest = (req: PayloadRequest): PayloadRequest => Object.create(req) as PayloadRequest
