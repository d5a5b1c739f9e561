/**
 * The server side of `npm run bench:submissions`: the real Payload on the database DATABASE_URI
 * names, behind the same loopback HTTP server the integration tests use (Payload's REST handler,
 * the one Next.js's `/api/[...slug]` route calls). Runs in its own process so that the load
 * generator does not share its event loop; prints `READY <url>` when it listens.
 */
import { getPayload } from 'payload'

import config from '../payload.config'
import { serveEndpoints } from '../tests/helpers/httpServer'

const sanitized = await config
await getPayload({ config: sanitized })
const server = await serveEndpoints(sanitized)
console.log(`READY ${server.url}`)
process.on('SIGTERM', () => void server.close().then(() => process.exit(0)))
