/**
 * `npm start`: the whole platform on one machine. Seeds an empty database, builds the CMS
 * (Payload admin + REST on Next.js) and serves it on PORT (default 3000).
 */
import { spawn } from 'node:child_process'
import path from 'node:path'

import { projectRoot } from '../dataDir'
import { localSecret } from '../secret'

const port = process.env.PORT ?? '3000'

if (!process.env.PAYLOAD_SECRET) {
  if (process.env.NODE_ENV === 'production') {
    console.error('PAYLOAD_SECRET must be set when NODE_ENV=production.')
    process.exit(1)
  }
  process.env.PAYLOAD_SECRET = localSecret()
}

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
  console.log('1/3 Menyiapkan basis data (migrasi dan data awal)…')
  await run(bin('tsx'), [path.join(projectRoot, 'cms', 'scripts', 'seed.ts')])
  if (process.env.SKIP_BUILD !== '1') {
    console.log('2/3 Membangun CMS…')
    await run(bin('next'), ['build', 'cms'], { ...process.env, NODE_OPTIONS: '--no-deprecation' })
  }
  console.log(`3/3 CMS siap di http://localhost:${port}/admin (REST: /api)`)
  await run(bin('next'), ['start', 'cms', '-p', port], { ...process.env, NODE_OPTIONS: '--no-deprecation' })
} catch (error) {
  console.error((error as Error).message)
  process.exit(1)
}
