/**
 * `npm run seed`: the committed migrations and the idempotent seed, as `npm start` applies them
 * (services, forms, pages, partners, demo users outside production, and synthetic referrals into an
 * empty queue), against DATABASE_URL or the local embedded PostgreSQL.
 */
import path from 'node:path'

import { repoRoot } from './system/cms'
import { dataFolders, migrateAndSeed } from './system/index'
import { startEmbeddedPostgres } from './system/postgres'
import { localSecrets } from './system/secrets'

const dataRoot = path.resolve(process.env.DATA_DIR ?? path.join(repoRoot, '.data'))
const database = process.env.DATABASE_URL
  ? { url: process.env.DATABASE_URL, stop: async () => {} }
  : await startEmbeddedPostgres({
      dataDir: path.join(dataRoot, 'postgres'),
      port: Number(process.env.POSTGRES_PORT ?? 54329),
      log: console.log,
    })

const { secrets } = await localSecrets(dataRoot)
const env = {
  ...process.env,
  ...secrets,
  ...dataFolders(dataRoot),
  DATABASE_URL: database.url,
  PAYLOAD_CONFIG_PATH: path.join(repoRoot, 'cms/src/payload.config.ts'),
}
let failed = false
try {
  const seeded = await migrateAndSeed(env, process.env.SEED_REFERRALS !== 'false', console.log)
  console.log(`Seeded: ${seeded.services} services, ${seeded.referrals} new synthetic referrals.`)
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  failed = true
}
await database.stop()
process.exit(failed ? 1 : 0)
