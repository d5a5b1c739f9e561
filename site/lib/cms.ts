/**
 * Where the citizens' forms post: the CMS's public API (PUBLIC_CMS_URL at build time), and the
 * per-document upload limit the CMS enforces (APPLICATION_UPLOAD_MAX_BYTES). Read at build
 * time only, by the pages, never shipped as configuration to the browser.
 */
export const cmsURL = (process.env.PUBLIC_CMS_URL ?? 'http://localhost:3000').replace(/\/$/, '')
export const publicApi = (path: string) => `${cmsURL}/api/public${path}`

export const maxDocumentBytes = Number(process.env.APPLICATION_UPLOAD_MAX_BYTES ?? 5 * 1024 * 1024)
