/**
 * `npm run payload -- <command>`: Payload's CLI (migrate:create, migrate:status, generate:types…)
 * against DATABASE_URL, or against the local embedded PostgreSQL when it is not set.
 */
import { spawnSync } from 'node:child_process'
import path from 'node:path'

import { repoRoot } from './system/cms'
import { startEmbeddedPostgres } from './system/postgres'
import { localSecrets } from './system/secrets'

const dataRoot = process.env.DATA_DIR ?? path.join(repoRoot, '.data')
const database = process.env.DATABASE_URL
  ? { url: process.env.DATABASE_URL, stop: async () => {} }
  : await startEmbeddedPostgres({
      dataDir: path.join(dataRoot, 'postgres'),
      port: Number(process.env.POSTGRES_PORT ?? 54329),
    })

const { secrets } = await localSecrets(dataRoot)
const result = spawnSync(path.join(repoRoot, 'node_modules/.bin/payload'), process.argv.slice(2), {
  cwd: path.join(repoRoot, 'cms'),
  stdio: 'inherit',
  env: {
    ...process.env,
    ...secrets,
    DATABASE_URL: database.url,
    PAYLOAD_CONFIG_PATH: path.join(repoRoot, 'cms/src/payload.config.ts'),
  },
})
await database.stop()
process.exit(result.status ?? 1)
