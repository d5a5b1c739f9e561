import type { APIRoute } from 'astro'

import { openDataRecords } from '../../../cms/snapshot/openData'
import { loadCatalog } from '../../lib/catalog'

/** Open data: every published service, as JSON. */
export const GET: APIRoute = async ({ site }) => {
  const catalog = await loadCatalog()
  return new Response(JSON.stringify(openDataRecords(catalog, site!.href)))
}
