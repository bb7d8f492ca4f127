import { spawn } from 'node:child_process'
import path from 'node:path'

import { track } from './children'
import { buildCmsIfChanged, repoRoot, startCms } from './cms'
import { type Database, startEmbeddedPostgres } from './postgres'
import { localSecrets } from './secrets'
import { listenForRebuilds, type RunningSite, startSite } from './site'

export interface SystemOptions {
  /** Where local state lives: embedded PostgreSQL's data, media, development secrets. */
  dataRoot: string
  cmsPort: number
  /** Port of the public site; null runs the CMS alone (the integration tests need no site). */
  sitePort: number | null
  /** Port of the embedded PostgreSQL (ignored when DATABASE_URL is set). */
  postgresPort: number
  /** Seed the demo referrals too (services, forms and demo users are always ensured). */
  seedReferrals: boolean
  log: (line: string) => void
}

export interface RunningSystem {
  cmsUrl: string
  site: RunningSite | null
  databaseUrl: string
  submitKey: string
  /** Every secret the CMS and site run with (see secrets.ts), for tests that use Payload in-process. */
  secrets: Record<string, string>
  embeddedDatabase: boolean
  /** The secrets made for this run's data folder, to tell the developer. */
  generatedSecrets: string[]
  seeded: { services: number; referrals: number }
  /** Restarts the embedded PostgreSQL (not one from DATABASE_URL), down for `downMs` (chaos benchmark). */
  restartDatabase: (downMs?: number) => Promise<void>
  /** Restarts the CMS server, down for `downMs`; resolves when it answers again. */
  restartCms: (downMs?: number) => Promise<void>
  stop: () => Promise<void>
}

/** The CMS's folders under the data root, unless the environment names them. */
export const dataFolders = (dataRoot: string) => ({
  MEDIA_DIR: process.env.MEDIA_DIR ?? path.join(dataRoot, 'media'),
  DOCUMENTS_DIR: process.env.DOCUMENTS_DIR ?? path.join(dataRoot, 'documents'),
  // Read-audit entries the database could not take (see the plugin's operations/readAudit.ts).
  AUDIT_SPOOL_DIR: process.env.AUDIT_SPOOL_DIR ?? path.join(dataRoot, 'audit-spool'),
  // The development inbox (cms/src/email.ts); SMTP_HOST, when set, takes precedence.
  MAIL_DIR: process.env.MAIL_DIR ?? path.resolve(dataRoot, 'mail'),
  // The development SMS inbox (cms/src/sms.ts); SMS_PROVIDER_URL, when set, takes precedence.
  SMS_DIR: process.env.SMS_DIR ?? path.resolve(dataRoot, 'sms'),
})

/** Migrations and seed, in a child process of their own (see prepareDatabase.ts). */
export const migrateAndSeed = (
  env: NodeJS.ProcessEnv,
  seedReferrals: boolean,
  log: (line: string) => void,
) =>
  new Promise<{ services: number; referrals: number }>((resolve, reject) => {
    const child = track(
      spawn(
        process.execPath,
        ['--import', 'tsx', path.join(import.meta.dirname, 'prepareDatabase.ts')],
        {
          cwd: repoRoot,
          env: { ...env, SEED_REFERRALS: String(seedReferrals) },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      ),
    )
    let result: { services: number; referrals: number } | undefined
    let errors = ''
    child.stdout.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n').filter(Boolean)) {
        if (line.startsWith('{"seeded"')) result = JSON.parse(line).seeded
        else log(line)
      }
    })
    child.stderr.on('data', (chunk) => (errors += chunk))
    child.on('close', (code) =>
      code === 0 && result
        ? resolve(result)
        : reject(new Error(`Migrating and seeding failed (exit code ${code}):\n${errors}`)),
    )
  })

/**
 * The whole system, in order: PostgreSQL (embedded unless DATABASE_URL), migrations, seed, the CMS
 * build when its sources changed, the CMS server. `stop()` ends them in reverse order. `npm start`,
 * the browser tests and the benchmarks all run the system through this one function.
 */
export const startSystem = async (options: SystemOptions): Promise<RunningSystem> => {
  const { log } = options
  const started: Array<{ stop: () => Promise<void> }> = []
  const stop = async () => {
    for (const part of started.reverse()) await part.stop()
  }
  try {
    const { secrets, generated } = await localSecrets(options.dataRoot)
    const external = process.env.DATABASE_URL
    const database: Database = external
      ? { url: external, stop: async () => {} }
      : await startEmbeddedPostgres({
          dataDir: path.join(options.dataRoot, 'postgres'),
          port: options.postgresPort,
          log,
        })
    started.push(database)

    const rebuildHook = options.sitePort === null ? null : await listenForRebuilds()
    if (rebuildHook) started.push(rebuildHook)
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ...secrets,
      DATABASE_URL: database.url,
      ...dataFolders(options.dataRoot),
      PAYLOAD_CONFIG_PATH: path.join(repoRoot, 'cms/src/payload.config.ts'),
      CMS_URL: `http://localhost:${options.cmsPort}`,
      ...(rebuildHook && {
        SITE_REBUILD_HOOK_URL: rebuildHook.url,
        SITE_REBUILD_HOOK_TOKEN: rebuildHook.token,
      }),
      ...(options.sitePort !== null && { SITE_URL: `http://localhost:${options.sitePort}` }),
    }
    // Scripts that go on to use Payload in this process (benchmarks) read their configuration here.
    Object.assign(process.env, env)

    const seeded = await migrateAndSeed(env, options.seedReferrals, log)
    await buildCmsIfChanged(env, log)
    const cms = await startCms({ port: options.cmsPort, env, log })
    started.push(cms)

    let site: RunningSite | null = null
    if (rebuildHook && options.sitePort !== null) {
      log('Building the public site from the CMS…')
      site = await startSite({
        port: options.sitePort,
        env,
        outboxDir: process.env.OUTBOX_DIR ?? path.join(options.dataRoot, 'outbox'),
        log,
      })
      started.push(site)
      rebuildHook.onRequest(() => void site!.rebuild())
    }

    return {
      cmsUrl: cms.url,
      site,
      databaseUrl: database.url,
      submitKey: secrets.SUBMIT_API_KEY,
      secrets,
      embeddedDatabase: !external,
      generatedSecrets: generated,
      seeded,
      restartDatabase: async (downMs) => {
        if (!database.restart)
          throw new Error(
            'Only the embedded PostgreSQL can be restarted from here (DATABASE_URL is set).',
          )
        await database.restart(downMs)
      },
      restartCms: (downMs) => cms.restart(downMs),
      stop,
    }
  } catch (error) {
    // Said before stopping: stopping PostgreSQL under open connections raises errors of its own.
    log(
      `Could not start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    )
    await stop()
    throw error
  }
}
