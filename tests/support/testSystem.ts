import type { TestProject } from 'vitest/node'

import { randomBytes } from 'node:crypto'
import { chmod, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { startSystem } from '../../scripts/system'
import { freePort } from '../../scripts/system/ports'
import { secretNames } from '../../scripts/system/secrets'

export interface TestSystem {
  cmsUrl: string
  siteUrl: string | null
  /** The built site the test system serves, to start another server on it. */
  siteOutDir: string | null
  databaseUrl: string
  submitKey: string
  /** Every secret the system runs with, by environment variable. */
  secrets: Record<string, string>
  /** The CMS's development inbox: every e-mail it sends is a file here. */
  mailDir: string
  /** The CMS's development SMS inbox: every SMS it sends is a file here. */
  smsDir: string
  /** Where the read audit keeps entries the database could not take (shared by the CMS and the tests). */
  auditSpoolDir: string
  /** The site's outbox (null without the site). */
  outboxDir: string | null
}

declare module 'vitest' {
  export interface ProvidedContext {
    system: TestSystem
  }
}

/**
 * A vitest globalSetup that runs the real system as `npm start` does, on a throw-away embedded
 * PostgreSQL and free ports: migrated, seeded, the built CMS over HTTP, and the site when asked.
 */
export const testSystemSetup = (withSite: boolean) =>
  async function setup(project: TestProject) {
    const dataRoot = await mkdtemp(path.join(tmpdir(), 'stodportalen-test-'))
    await chmod(dataRoot, 0o755) // the embedded server runs as the OS user `postgres` when tests run as root
    // Not the developer's own database, mail server or SMS provider: tests never e-mail or text anyone.
    for (const name of [
      'DATABASE_URL',
      ...secretNames,
      'SMTP_HOST',
      'MAIL_DIR',
      'SMS_PROVIDER_URL',
      'SMS_API_KEY',
      'SMS_DIR',
      'AUDIT_SPOOL_DIR',
      'OUTBOX_DIR',
    ])
      delete process.env[name]
    // Two data keys, as while a key is rotated: the encryption test rotates to the second and back.
    process.env.DATA_ENCRYPTION_KEYS = ['test-active', 'test-standby']
      .map((id) => `${id}:${randomBytes(32).toString('base64')}`)
      .join(',')
    // Tests run the retention job themselves, with a clock they control; the CMS must not run it on its own.
    process.env.JOBS_AUTORUN = 'false'
    // Tests submit at machine speed from one address: the limits are lifted, still counted on every
    // submission. tests/int/rate-limit.test.ts runs CMS processes of its own with the limits it tests.
    process.env.SUBMIT_LIMIT_GLOBAL = '1000000/1m'
    process.env.SUBMIT_LIMIT_PER_CLIENT = '1000000/1m'
    const system = await startSystem({
      dataRoot,
      cmsPort: await freePort(),
      sitePort: withSite ? await freePort() : null,
      postgresPort: await freePort(),
      seedReferrals: true,
      log: (line) => (/^(cms|site): /.test(line) ? undefined : console.log(line)),
    })
    project.provide('system', {
      cmsUrl: system.cmsUrl,
      siteUrl: system.site?.url ?? null,
      siteOutDir: system.site?.outDir ?? null,
      databaseUrl: system.databaseUrl,
      submitKey: system.submitKey,
      secrets: system.secrets,
      mailDir: process.env.MAIL_DIR!,
      smsDir: process.env.SMS_DIR!,
      auditSpoolDir: process.env.AUDIT_SPOOL_DIR!,
      outboxDir: system.site?.outboxDir ?? null,
    })
    return async () => {
      await system.stop()
      await rm(dataRoot, { recursive: true, force: true })
    }
  }
