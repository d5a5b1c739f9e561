import type { APIRoute } from 'astro'

import { openDataCsv, openDataRecords } from '../../../cms/snapshot/openData'
import { loadCatalog } from '../../lib/catalog'

/** Open data: every published service, one CSV row each. */
export const GET: APIRoute = async ({ site }) => {
  const catalog = await loadCatalog()
  return new Response(openDataCsv(openDataRecords(catalog, site!.href)))
}
