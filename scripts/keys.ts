/**
 * `npm run keys -- env`: prints every secret the system runs with, made new, as a `.env` file for
 * docker-compose.yml (with the database password and the rebuild hook's token).
 * `npm run keys -- generate`: prints a new data-encryption key entry (`keyId:base64key`) to put first
 * in DATA_ENCRYPTION_KEYS.
 * `npm run keys -- rotate`: re-encrypts every referral's personal data with the first key and
 * recomputes the duplicate-lookup hashes with LOOKUP_HASH_KEY; afterwards the old keys can go.
 * Against DATABASE_URL, or the local embedded PostgreSQL and its development keys.
 */
import { randomBytes } from 'node:crypto'
import path from 'node:path'

import { repoRoot } from './system/cms'
import { startEmbeddedPostgres } from './system/postgres'
import { localSecrets, newDeploymentSecrets } from './system/secrets'

const [command] = process.argv.slice(2)

if (command === 'generate') {
  console.log(
    `${new Date().toISOString().slice(0, 10)}-${randomBytes(3).toString('hex')}:${randomBytes(32).toString('base64')}`,
  )
  process.exit(0)
}
if (command === 'env') {
  for (const [name, value] of Object.entries(newDeploymentSecrets()))
    console.log(`${name}=${value}`)
  process.exit(0)
}
if (command !== 'rotate') {
  console.error('Usage: npm run keys -- env | generate | rotate')
  process.exit(2)
}

const dataRoot = process.env.DATA_DIR ?? path.join(repoRoot, '.data')
const database = process.env.DATABASE_URL
  ? { url: process.env.DATABASE_URL, stop: async () => {} }
  : await startEmbeddedPostgres({
      dataDir: path.join(dataRoot, 'postgres'),
      port: Number(process.env.POSTGRES_PORT ?? 54329),
    })
const { secrets } = await localSecrets(dataRoot)
Object.assign(process.env, secrets, { DATABASE_URL: database.url })

const { getPayload } = await import('payload')
const { default: config } = await import('../cms/src/payload.config')
const { fieldCipher, lookupHasher, parseDataKeys, rotateFieldEncryption } =
  await import('@stodportalen/support-services')

const payload = await getPayload({ config })
const keys = parseDataKeys(process.env.DATA_ENCRYPTION_KEYS)
const counts = await rotateFieldEncryption(payload, {
  cipher: fieldCipher(keys),
  lookupHash: lookupHasher(process.env.LOOKUP_HASH_KEY),
})
console.log(`Rotated to key "${keys.active.id}":`)
for (const [table, count] of Object.entries(counts)) {
  console.log(
    `  ${table}: ${count.rows} rows read, ${count.reencrypted} re-encrypted, ${count.relinked} lookup hashes renewed`,
  )
}
// Close the pool before stopping the database, or its idle clients report the shutdown as an error.
await (payload.db as unknown as { pool: { end: () => Promise<void> } }).pool.end()
await database.stop()
process.exit(0)
