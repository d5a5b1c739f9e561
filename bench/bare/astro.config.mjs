// The yardstick for bench/siteBuild.ts: a bare Astro project that renders the same number of
// pages from static data, with no content collections, components or styles.
import { defineConfig } from 'astro/config'

export default defineConfig({
  root: new URL('.', import.meta.url).pathname,
  outDir: process.env.BARE_OUT_DIR ?? './dist',
  build: { format: 'directory' },
})
