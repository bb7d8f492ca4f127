import path from 'node:path'

import { demoUsers } from '../seed/src/index'
import { repoRoot } from './system/cms'
import { startSystem } from './system/index'

const log = (line: string) => console.log(line)

const system = await startSystem({
  // Absolute: the CMS and the site run in their own folders.
  dataRoot: path.resolve(process.env.DATA_DIR ?? path.join(repoRoot, '.data')),
  cmsPort: Number(process.env.CMS_PORT ?? 3000),
  sitePort: Number(process.env.SITE_PORT ?? 4321),
  postgresPort: Number(process.env.POSTGRES_PORT ?? 54329),
  seedReferrals: true,
  log: process.env.VERBOSE ? log : (line) => (/^(cms|site): /.test(line) ? undefined : log(line)),
})

// startSystem put the CMS's environment into this process's, MAIL_DIR included.
const mailTarget = process.env.SMTP_HOST
  ? `SMTP ${process.env.SMTP_HOST}`
  : `development inbox, one .eml file a message, in ${path.relative(process.cwd(), process.env.MAIL_DIR!)} (set SMTP_HOST to send)`

console.log(`
Stödportalen is running.

  Public site:  ${system.site?.url}
  Admin (CMS):  ${system.cmsUrl}/admin
  REST API:     ${system.cmsUrl}/api
  Database:     ${system.embeddedDatabase ? 'embedded PostgreSQL in .data/postgres' : 'DATABASE_URL'}
  E-mail:       ${mailTarget}
${system.generatedSecrets.length ? `  Secrets:      made development keys in .data/dev-secrets.json (${system.generatedSecrets.join(', ')})\n` : ''}
Demo logins (for local use only, never in production):
${demoUsers.map((u) => `  ${u.role.padEnd(7)} ${u.email.padEnd(34)} ${u.password}`).join('\n')}

Press Ctrl-C to stop.`)

let stopping = false
const shutdown = async () => {
  if (stopping) return
  stopping = true
  console.log('\nStopping…')
  await system.stop()
  console.log('Stopped.')
  process.exit(0)
}
process.on('SIGINT', shutdown)
process.on('SIGTERM', shutdown)
