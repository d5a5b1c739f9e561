import type { PayloadRequest } from 'payload'

/** The CMS's public address for links citizens follow (SERVER_URL behind a proxy, else the request's own). */
export const cmsURL = (req: PayloadRequest) => (process.env.SERVER_URL || new URL(req.url ?? 'http://localhost:3000/').origin).replace(/\/$/, '')
