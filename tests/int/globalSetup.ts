import { chmod, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'

import { freePort } from '../../scripts/system/ports'
import { startSystem } from '../../scripts/system/index'

declare module 'vitest' {
  export interface ProvidedContext {
    system: { cmsUrl: string; databaseUrl: string; submitKey: string; payloadSecret: string }
  }
}

/**
 * The integration tests run against the real system: a throw-away embedded PostgreSQL on a free port,
 * migrated and seeded, and the built CMS served by `next start`, all through `startSystem`.
 */
export default async function setup(project: TestProject) {
  const dataRoot = await mkdtemp(path.join(tmpdir(), 'stodportalen-int-'))
  await chmod(dataRoot, 0o755) // the embedded server runs as the OS user `postgres` when tests run as root
  delete process.env.DATABASE_URL
  delete process.env.PAYLOAD_SECRET
  delete process.env.SUBMIT_API_KEY
  const system = await startSystem({
    dataRoot,
    cmsPort: await freePort(),
    postgresPort: await freePort(),
    seedReferrals: true,
    log: (line) => (line.startsWith('cms: ') ? undefined : console.log(line)),
  })
  project.provide('system', {
    cmsUrl: system.cmsUrl,
    databaseUrl: system.databaseUrl,
    submitKey: system.submitKey,
    payloadSecret: process.env.PAYLOAD_SECRET!,
  })
  return async () => {
    await system.stop()
    await rm(dataRoot, { recursive: true, force: true })
  }
}
