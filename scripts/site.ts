/**
 * The public site as a process of its own, for a container or a second machine: waits for the CMS,
 * builds the site from it, serves it, and rebuilds when the CMS calls the rebuild hook. The same
 * build, server and rebuilder as `npm start` (system/site.ts); the variables are README "Configuration".
 *
 *   CMS_URL=… SITE_URL=… OUTBOX_DIR=… SITE_REBUILD_HOOK_TOKEN=… [HOST PORT SITE_REBUILD_PORT] node --import tsx scripts/site.ts
 */
import { waitForHttp } from './system/ports'
import { requiredVariables } from './system/secrets'
import { listenForRebuilds, startSite } from './system/site'

const missing = [...requiredVariables.site, 'SITE_REBUILD_HOOK_TOKEN'].filter(
  (name) => !process.env[name],
)
if (missing.length > 0) {
  console.error(`Not set: ${missing.join(', ')}. See README "Configuration".`)
  process.exit(2)
}

const host = process.env.HOST ?? '0.0.0.0'
const log = (line: string) => console.log(line)

const hook = await listenForRebuilds({
  host,
  port: Number(process.env.SITE_REBUILD_PORT ?? 4322),
  token: process.env.SITE_REBUILD_HOOK_TOKEN,
})
log(`Waiting for the CMS at ${process.env.CMS_URL}…`)
await waitForHttp(`${process.env.CMS_URL}/api/users/me`, 10 * 60_000)
log('Building the public site from the CMS…')
const site = await startSite({
  port: Number(process.env.PORT ?? 4321),
  host,
  env: process.env,
  outboxDir: process.env.OUTBOX_DIR!,
  log,
})
hook.onRequest(() => void site.rebuild())
log(`The public site is served on port ${process.env.PORT ?? 4321}.`)

const stop = async () => {
  await hook.stop()
  await site.stop()
  process.exit(0)
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stop())
