// The public site's build. Its source lives in site/; the pages arrive with the public-site
// issue, which also wires this build into `npm start`.
import react from '@astrojs/react'
import { defineConfig } from 'astro/config'

export default defineConfig({
  root: './site',
  outDir: './dist',
  integrations: [react()],
})
