import type { Payload } from 'payload'

import { followUpReport, submitReferral } from '@stodportalen/support-services'
/**
 * DATABASE_REPLICA_URLS with two real PostgreSQL servers: the embedded one twice, the second fed by
 * logical replication from the first (the embedded package ships no pg_basebackup). With the
 * replication paused, the replica is a step behind, which tells where each read went: public content
 * and the report come from the replica, while the submit path (its read-back and its idempotency)
 * never reads from it.
 */
import { randomBytes, randomUUID } from 'node:crypto'
import { chmod, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, expect, test } from 'vitest'

import { dataFolders, migrateAndSeed } from '../../scripts/system/index'
import { freePort } from '../../scripts/system/ports'
import { type Database, startEmbeddedPostgres } from '../../scripts/system/postgres'
import { localSecrets } from '../../scripts/system/secrets'
import { validIpsAnswers } from '../support/answers'

let dataRoot: string
let primary: Database
let replica: Database
let payload: Payload
// pg's Pool.end() resolves before its clients have closed: the servers' shutdown right after may
// still reach one of them, which is expected, not an error of the test.
const sqlOn = (database: Database) =>
  new pg.Pool({ connectionString: database.url, max: 2 }).on('error', () => {})
let onPrimary: pg.Pool
let onReplica: pg.Pool

const referralCount = async (pool: pg.Pool) =>
  Number((await pool.query('SELECT count(*) AS n FROM referrals')).rows[0].n)

/** Tables whose first copy to the replica is not finished yet (each table is copied on its own). */
const tablesCopying = async () =>
  Number(
    (await onReplica.query(`SELECT count(*) AS n FROM pg_subscription_rel WHERE srsubstate <> 'r'`))
      .rows[0].n,
  )

/** Until every table has been copied and the replica has every referral the primary has. */
const caughtUp = async () => {
  const target = await referralCount(onPrimary)
  for (let tries = 0; tries < 240; tries++) {
    if ((await tablesCopying()) === 0 && (await referralCount(onReplica)) === target) return
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error('The replica did not catch up with the primary within 60 s.')
}

beforeAll(async () => {
  dataRoot = await mkdtemp(path.join(tmpdir(), 'stodportalen-replica-'))
  await chmod(dataRoot, 0o755) // the embedded server runs as the OS user `postgres` under root
  primary = await startEmbeddedPostgres({
    dataDir: path.join(dataRoot, 'primary'),
    port: await freePort(),
    settings: { wal_level: 'logical' },
  })
  replica = await startEmbeddedPostgres({
    dataDir: path.join(dataRoot, 'replica'),
    port: await freePort(),
  })
  const { secrets } = await localSecrets(dataRoot)
  const env = { ...process.env, ...secrets, ...dataFolders(dataRoot) }
  const quiet = () => {}
  // The primary gets the data; the replica only the schema, which logical replication does not copy.
  await migrateAndSeed({ ...env, DATABASE_URL: primary.url }, true, quiet)
  await migrateAndSeed({ ...env, DATABASE_URL: replica.url, SEED: 'false' }, false, quiet)

  onPrimary = sqlOn(primary)
  onReplica = sqlOn(replica)
  // Logical replication identifies a changed row by its primary key; the tables without one (kept by
  // triggers, e.g. referral_stays) are identified by the whole row.
  await onPrimary.query(`DO $$ DECLARE t text; BEGIN
    FOR t IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'r'
        AND NOT EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = c.oid AND i.indisprimary)
    LOOP EXECUTE format('ALTER TABLE %I REPLICA IDENTITY FULL', t); END LOOP; END $$`)
  await onPrimary.query('CREATE PUBLICATION everything FOR ALL TABLES')
  // The replica's own migration rows would collide with the copied ones.
  await onReplica.query('TRUNCATE payload_migrations')
  const source = new URL(primary.url)
  await onReplica.query(
    `CREATE SUBSCRIPTION from_primary CONNECTION 'host=127.0.0.1 port=${source.port} dbname=${source.pathname.slice(1)} user=${source.username} password=${source.password}' PUBLICATION everything`,
  )
  await caughtUp()

  Object.assign(process.env, env, {
    DATABASE_URL: primary.url,
    DATABASE_REPLICA_URLS: replica.url,
    DATABASE_POOL_MAX: '4',
  })
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../cms/src/payload.config')
  payload = await getPayload({ config })
}, 300_000)

afterAll(async () => {
  // The adapter keeps clients open to the end: the servers' shutdown is expected news to them.
  const { drizzle, pool } = (payload?.db ?? {}) as {
    drizzle?: { $replicas?: { $client: pg.Pool }[] }
    pool?: pg.Pool
  }
  for (const each of [pool, ...(drizzle?.$replicas ?? []).map((r) => r.$client)])
    each?.on('error', () => {})
  await payload?.destroy()
  await onReplica?.query('DROP SUBSCRIPTION IF EXISTS from_primary').catch(() => {})
  await Promise.all([onPrimary?.end(), onReplica?.end()])
  await replica?.stop()
  await primary?.stop()
  await rm(dataRoot, { recursive: true, force: true })
})

test('public content and the report come from the replica; the submit path never reads from it', async () => {
  const ips = async () =>
    (await payload.find({ collection: 'services', where: { slug: { equals: 'ips' } } })).docs[0]
  // Two years back to tomorrow: today in Stockholm is inside it at any hour.
  const day = (offset: number) =>
    new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10)
  const period = { from: day(-730), to: day(1) }
  const received = async () =>
    (await followUpReport(payload, { ...period, serviceIds: [(await ips()).id as number] })).inflow
      .total
  const before = { name: (await ips()).name, received: await received() }

  // The replica stops following: from here on it is behind.
  await onReplica.query('ALTER SUBSCRIPTION from_primary DISABLE')
  await onPrimary.query(
    "UPDATE services_locales SET name = name || ' (ändrad)' WHERE _locale = 'sv' AND _parent_id = (SELECT id FROM services WHERE slug = 'ips')",
  )

  // The read-back finds the new row, and a retry is recognised: both read the primary.
  const submission = {
    service: 'ips',
    locale: 'sv',
    answers: validIpsAnswers,
    idempotencyKey: randomUUID(),
  }
  const first = await submitReferral(payload, submission, { randomBytes })
  const retry = await submitReferral(payload, submission, { randomBytes })
  expect(first).toMatchObject({ ok: true, created: true })
  expect(retry).toMatchObject({ ok: true, created: false })
  expect(retry.ok && first.ok && retry.reference).toBe(first.ok && first.reference)
  expect(await referralCount(onPrimary)).toBe((await referralCount(onReplica)) + 1)

  // Past the adapter's read-after-write window (2 s), reads go to the replica, a step behind.
  await new Promise((resolve) => setTimeout(resolve, 2_500))
  expect((await ips()).name).toBe(before.name)
  expect(await received()).toBe(before.received)

  // Following again, the replica shows the change and the new referral.
  await onReplica.query('ALTER SUBSCRIPTION from_primary ENABLE')
  await caughtUp()
  await new Promise((resolve) => setTimeout(resolve, 500))
  expect((await ips()).name).toBe(`${before.name} (ändrad)`)
  expect(await received()).toBe(before.received + 1)
})
