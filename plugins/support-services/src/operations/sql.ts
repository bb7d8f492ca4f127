import type { PostgresAdapter, PostgresAdapterArgs } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

import { sql, type SQL } from '@payloadcms/db-postgres/drizzle'

import { slugs } from '../defaults'

/**
 * The Postgres adapter, typed. For reads the Local API cannot express or cannot do fast enough
 * (reports, the queue, duplicates) the plugin writes SQL, so it needs PostgreSQL.
 */
export const postgresOf = (payload: Payload): PostgresAdapter => {
  if (payload.db.name !== 'postgres') throw new Error('This needs the PostgreSQL database adapter.')
  // Payload types `payload.db` as the generic adapter, which the Postgres one does not extend as declared: the name is the check.
  return payload.db as unknown as PostgresAdapter
}

/**
 * A hook for the adapter's `afterSchemaInit`: how the plugin defines the indexes its SQL relies on,
 * beside that SQL (collection `indexes` cannot express `WHERE`, `DESC` or an expression).
 */
export type SchemaHook = NonNullable<PostgresAdapterArgs['afterSchemaInit']>[number]

/** Runs one SQL statement and returns its rows. */
export type SqlRunner = (query: SQL) => Promise<{ rows: Record<string, unknown>[] }>

/** Statements on the adapter's own connection pool. */
export const drizzleRunner = (payload: Payload): SqlRunner => {
  const { drizzle } = postgresOf(payload)
  return (query) => drizzle.execute(query)
}

/**
 * Statements that may read data a moment old (the report): on a read replica when the adapter has
 * `readReplicas`, otherwise on the primary. Never for what must see a write just made (the submit
 * path's read-back, idempotency, the queue staff act on, the audit): those use `drizzleRunner`, whose
 * `execute` always goes to the primary.
 */
export const replicaRunner = (payload: Payload): SqlRunner => {
  const { drizzle } = postgresOf(payload)
  // Set by drizzle's withReplicas, which the adapter wraps around its handle when it has replicas.
  const replicas = (drizzle as { $replicas?: (typeof drizzle)[] }).$replicas ?? []
  const db = replicas.length > 0 ? replicas[Math.floor(Math.random() * replicas.length)] : drizzle
  return (query) => db.execute(query)
}

/**
 * At most `slots` of a runner's statements at a time; the others wait their turn, in the order they
 * came.
 */
export const limitedRunner = (run: SqlRunner, slots: number): SqlRunner => {
  let running = 0
  const waiting: (() => void)[] = []
  return async (query) => {
    // A finished statement hands its slot straight to the next in line.
    if (running < slots) running++
    else await new Promise<void>((resolve) => waiting.push(resolve))
    try {
      return await run(query)
    } finally {
      const next = waiting.shift()
      if (next) next()
      else running--
    }
  }
}

/**
 * The same, inside the request's transaction when it has one (as Payload's own adapter does): a hook
 * that queried through a second pool connection while its transaction held one would deadlock the
 * pool under load.
 */
export const requestRunner = async (req: PayloadRequest): Promise<SqlRunner> => {
  const session = req.transactionID
    ? postgresOf(req.payload).sessions[await req.transactionID]?.db
    : undefined
  return session ? (query) => session.execute(query) : drizzleRunner(req.payload)
}

/**
 * Runs `work` in one database transaction of its own: committed when it returns, rolled back when it
 * throws. For batch work outside any request (retention).
 */
export const inTransaction = async <T>(
  payload: Payload,
  work: (run: SqlRunner) => Promise<T>,
): Promise<T> => postgresOf(payload).drizzle.transaction((tx) => work((query) => tx.execute(query)))

/**
 * Our own constants (statuses) as SQL literals, never input: an index's expression and predicate only
 * match literals, and DDL takes no bind parameters.
 */
export const literals = (values: readonly string[]) =>
  sql.raw(values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', '))

/** The table Payload's PostgreSQL adapter gives a collection (`referral-events` → `referral_events`). */
export const tableName = (payload: Payload, slug: string) => {
  const snake = slug.replace(/-/g, '_')
  return postgresOf(payload).tableNameMap.get(snake) ?? snake
}

const table = (name: string) => sql.identifier(name)
const collectionTable = (slug: string) => slug.replace(/-/g, '_')

/**
 * The plugin's tables, for its SQL: one place, so no statement spells a table by hand. Payload's adapter
 * names a collection's table after its slug (the plugin sets no `dbName`), its relationships
 * `<table>_rels` and its localized fields `<table>_locales`; `referral_stays` and `referral_starts` are
 * kept by triggers for the report (see their migrations). The host's users table goes through `tableName`.
 */
export const tables = {
  services: table(collectionTable(slugs.services)),
  servicesLocales: table(`${collectionTable(slugs.services)}_locales`),
  servicesTargets: table(`${collectionTable(slugs.services)}_targets`),
  referrals: table(collectionTable(slugs.referrals)),
  referralsRels: table(`${collectionTable(slugs.referrals)}_rels`),
  referralEvents: table(collectionTable(slugs.referralEvents)),
  referralAccessLog: table(collectionTable(slugs.referralAccessLog)),
  referralTallies: table(collectionTable(slugs.referralTallies)),
  caseloadImports: table(collectionTable(slugs.caseloadImports)),
  rateLimits: table(collectionTable(slugs.rateLimits)),
  referralStays: table('referral_stays'),
  referralStarts: table('referral_starts'),
  events: table(collectionTable(slugs.events)),
  eventsLocales: table(`${collectionTable(slugs.events)}_locales`),
  outreachActivities: table(collectionTable(slugs.outreachActivities)),
  outreachActivitiesRels: table(`${collectionTable(slugs.outreachActivities)}_rels`),
} as const

/** The column the adapter gives a field path: `applicant.dateOfBirth` → `applicant_date_of_birth`. */
export const columnOf = (path: string) =>
  path
    .split('.')
    .map((name) => name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase())
    .join('_')
