/**
 * `npm start`: the whole platform on one machine. Seeds an empty database, builds the CMS
 * (Payload admin + REST on Next.js) and the public site, then serves the CMS on PORT (default
 * 3000) and the site on SITE_PORT (default 4321). Publishing in the CMS rebuilds the site.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'

import { createSiteServer } from '../../site/server/serve'
import { dataDir, projectRoot } from '../dataDir'
import { currentSiteLink } from '../publishing/paths'
import { localSecret } from '../secret'

const port = process.env.PORT ?? '3000'
const sitePort = Number(process.env.SITE_PORT ?? 4321)

if (!process.env.PAYLOAD_SECRET) {
  if (process.env.NODE_ENV === 'production') {
    console.error('PAYLOAD_SECRET must be set when NODE_ENV=production.')
    process.exit(1)
  }
  process.env.PAYLOAD_SECRET = localSecret()
}
// The CMS process rebuilds the site on publish and must find the same folders as this one.
process.env.DATA_DIR = dataDir
process.env.SITE_URL ??= `http://localhost:${sitePort}`
process.env.PUBLIC_CMS_URL ??= `http://localhost:${port}`

const bin = (name: string) => path.join(projectRoot, 'node_modules', '.bin', name)

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: projectRoot, env, stdio: 'inherit' })
    const forward = (signal: NodeJS.Signals) => child.kill(signal)
    process.once('SIGINT', forward).once('SIGTERM', forward)
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward).off('SIGTERM', forward)
      if (code === 0) resolve()
      else reject(new Error(`${path.basename(command)} ${args.join(' ')} ended with ${signal ?? `exit code ${code}`}`))
    })
  })
}

try {
  console.log('1/4 Menyiapkan basis data (migrasi dan data awal)…')
  await run(bin('tsx'), [path.join(projectRoot, 'cms', 'scripts', 'seed.ts')])
  if (process.env.SKIP_BUILD !== '1') {
    console.log('2/4 Membangun CMS…')
    await run(bin('next'), ['build', 'cms'], { ...process.env, NODE_OPTIONS: '--no-deprecation' })
  }
  console.log('3/4 Membangun situs publik…')
  await run(bin('tsx'), [path.join(projectRoot, 'cms', 'scripts', 'buildSite.ts'), '--release'])
  createSiteServer(currentSiteLink()).listen(sitePort, () => console.log(`Situs publik di http://localhost:${sitePort}/`))
  console.log(`4/4 CMS siap di http://localhost:${port}/admin (REST: /api)`)
  await run(bin('next'), ['start', 'cms', '-p', port], { ...process.env, NODE_OPTIONS: '--no-deprecation', SITE_REBUILD: process.env.SITE_REBUILD ?? 'local', JOBS_AUTORUN: process.env.JOBS_AUTORUN ?? 'true' })
} catch (error) {
  console.error((error as Error).message)
  process.exit(1)
}
