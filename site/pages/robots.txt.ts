import type { APIRoute } from 'astro'

/** Crawlers may read the whole catalog; the form pages have nothing to index. */
export const GET: APIRoute = ({ site }) =>
  new Response(
    ['User-agent: *', 'Allow: /', 'Disallow: /*/ajukan/', 'Disallow: /*/antrean/', '', `Sitemap: ${new URL('sitemap-index.xml', site)}`, ''].join('\n'),
  )
