import path from 'node:path'

import { demoUsers } from '../seed/src/index'
import { stopAllChildren } from './system/children'
import { repoRoot } from './system/cms'
import { type RunningSystem, startSystem } from './system/index'

let stopping = false
// eslint-disable-next-line prefer-const -- shutdown() may read it before the start has finished
let system: RunningSystem | undefined
/** Stops whatever has started, in reverse order once the system is up, at once while it starts. */
const shutdown = async () => {
  if (stopping) return
  stopping = true
  console.log('\nStopping…')
  await (system ? system.stop() : stopAllChildren())
  console.log('Stopped.')
  process.exit(0)
}
// A terminal sends SIGINT, service managers SIGTERM, a closed session SIGHUP: each to this process
// alone or to its whole process group.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const)
  process.on(signal, () => void shutdown())
// npm passes SIGINT and SIGTERM on, but not SIGHUP, and a killed parent passes nothing on: a new
// parent means the one that started this is gone.
const parent = process.ppid
setInterval(() => process.ppid !== parent && void shutdown(), 1000).unref()

// A closed terminal (SIGHUP) must not end this process before its children are stopped.
process.stdout.on('error', () => {})
// Once stopping, the start's own failures (its children were stopped under it) are not news.
const log = (line: string) => {
  if (!stopping) console.log(line)
}

system = await startSystem({
  // Absolute: the CMS and the site run in their own folders.
  dataRoot: path.resolve(process.env.DATA_DIR ?? path.join(repoRoot, '.data')),
  cmsPort: Number(process.env.CMS_PORT ?? 3000),
  sitePort: Number(process.env.SITE_PORT ?? 4321),
  postgresPort: Number(process.env.POSTGRES_PORT ?? 54329),
  seedReferrals: true,
  log: process.env.VERBOSE ? log : (line) => (/^(cms|site): /.test(line) ? undefined : log(line)),
}).catch(() => {
  if (!stopping) process.exit(1) // startSystem said why
  return new Promise<never>(() => {}) // shutdown() ends the process
})

// startSystem put the CMS's environment into this process's, MAIL_DIR and SMS_DIR included.
const mailTarget = process.env.SMTP_HOST
  ? `SMTP ${process.env.SMTP_HOST}`
  : `development inbox, one .eml file a message, in ${path.relative(process.cwd(), process.env.MAIL_DIR!)} (set SMTP_HOST to send)`

const smsTarget = process.env.SMS_PROVIDER_URL
  ? `provider ${new URL(process.env.SMS_PROVIDER_URL).host}`
  : `development inbox, one .json file a message, in ${path.relative(process.cwd(), process.env.SMS_DIR!)} (set SMS_PROVIDER_URL to send)`

console.log(`
Stödportalen is running.

  Public site:  ${system.site?.url}
  Admin (CMS):  ${system.cmsUrl}/admin
  REST API:     ${system.cmsUrl}/api
  Database:     ${system.embeddedDatabase ? 'embedded PostgreSQL in .data/postgres' : 'DATABASE_URL'}
  E-mail:       ${mailTarget}
  SMS:          ${smsTarget}
${system.generatedSecrets.length ? `  Secrets:      made development keys in .data/dev-secrets.json (${system.generatedSecrets.join(', ')})\n` : ''}
Demo logins (for local use only, never in production):
${demoUsers.map((u) => `  ${u.role.padEnd(7)} ${u.email.padEnd(34)} ${u.password}`).join('\n')}

Press Ctrl-C to stop.`)
