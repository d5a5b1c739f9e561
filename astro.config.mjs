// The public site: a static build of the catalog snapshot (see docs/site.md). Its source lives
// in site/; the snapshot folder and the output folder come from the environment so that the
// CMS can build a new release beside the one being served.
import react from '@astrojs/react'
import sitemap from '@astrojs/sitemap'
import { defineConfig } from 'astro/config'

const site = process.env.SITE_URL ?? 'http://localhost:4321'
// Citizens' forms post to the CMS's public endpoints (the citizen-transactions issue).
const cmsOrigin = new URL(process.env.PUBLIC_CMS_URL ?? 'http://localhost:3000').origin

export default defineConfig({
  site,
  srcDir: './site',
  publicDir: './site/public',
  outDir: process.env.SITE_OUT_DIR ?? './dist',
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // One cached stylesheet instead of a copy inlined into every page; also keeps styles
    // inside the Content-Security-Policy without 'unsafe-inline'.
    inlineStylesheets: 'never',
    concurrency: 4,
  },
  // Pages are plain HTML; a prefetch or a client router would only add script.
  prefetch: false,
  compressHTML: true,
  integrations: [
    react(),
    sitemap({
      i18n: { defaultLocale: 'id', locales: { id: 'id-ID', en: 'en-US' } },
      filter: (page) => !/\/(ajukan|antrean|terima-kasih)\/$/.test(page),
    }),
  ],
  experimental: {
    // Hashes every inline script and style Astro emits (island bootstrap) into a CSP meta tag,
    // so the policy needs no 'unsafe-inline'.
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", `form-action 'self' ${cmsOrigin}`, `connect-src 'self' ${cmsOrigin}`],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
})
