import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'

// The Next.js app (Payload's admin and REST) lives in cms/, but imports the root
// payload.config.ts, so the bundler's root is the repository.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** @type {import('next').NextConfig} */
const nextConfig = {
  turbopack: { root },
  outputFileTracingRoot: root,
  // Types are checked by `npm test` (tsc) over the whole repository, once.
  typescript: { ignoreBuildErrors: true },
  poweredByHeader: false,
  // Native modules load from node_modules as published, not bundled: Pagefind's indexer (the
  // publish hook) and libsql (cms/db/libsql/mendClient opens its own connection).
  serverExternalPackages: ['pagefind', 'libsql', '@libsql/client'],
  experimental: {
    // Keep `next dev` from writing agent files into the repository.
    agentUpgrade: false,
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
