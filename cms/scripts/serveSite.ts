/** `npm run serve:site`: serve a built site folder (default dist/) with the production headers. */
import path from 'node:path'

import { createSiteServer } from '../../site/server/serve'

const root = path.resolve(process.argv[2] ?? 'dist')
const port = Number(process.env.SITE_PORT ?? 4321)
createSiteServer(root).listen(port, () => console.log(`Situs dari ${root} di http://localhost:${port}/`))
