import type { PayloadRequest } from 'payload'

/**
 * The CMS's public address for links citizens follow (confirmation, tracking): the one the site
 * posts to (PUBLIC_CMS_URL), else SERVER_URL, else the request's own origin, which behind a proxy
 * or a loopback-bound server is not an address a browser can reach.
 */
export const cmsURL = (req: PayloadRequest) => (process.env.PUBLIC_CMS_URL || process.env.SERVER_URL || new URL(req.url ?? 'http://localhost:3000/').origin).replace(/\/$/, '')
