import type { SQL } from 'drizzle-orm'
import type { Payload, PayloadRequest } from 'payload'

/**
 * Runs one SQL statement and returns its rows. The default is the Postgres adapter's Drizzle instance;
 * the plugin only peer-depends on payload, so the adapter is reached through this one narrow type.
 * For reads the Local API cannot express or cannot do fast enough: reports, the queue, duplicates.
 */
export type SqlRunner = (query: SQL) => Promise<{ rows: Record<string, unknown>[] }>

export const drizzleRunner = (payload: Payload): SqlRunner => {
  const drizzle = (payload.db as unknown as { drizzle?: { execute: SqlRunner } }).drizzle
  if (!drizzle) throw new Error('This needs the PostgreSQL database adapter.')
  return (query) => drizzle.execute(query)
}

type Sessions = Record<string | number, { db?: { execute: SqlRunner } } | undefined>

/**
 * The same, inside the request's transaction when it has one (as Payload's own adapter does): a hook
 * that queried through a second pool connection while its transaction held one would deadlock the
 * pool under load.
 */
export const requestRunner = async (req: PayloadRequest): Promise<SqlRunner> => {
  const sessions = (req.payload.db as unknown as { sessions?: Sessions }).sessions
  const session = req.transactionID ? sessions?.[await req.transactionID]?.db : undefined
  return session ? (query) => session.execute(query) : drizzleRunner(req.payload)
}

/**
 * Runs `work` in one database transaction of its own: committed when it returns, rolled back when it
 * throws. For batch work outside any request (retention).
 */
export const inTransaction = async <T>(payload: Payload, work: (run: SqlRunner) => Promise<T>): Promise<T> => {
  const drizzle = (payload.db as unknown as { drizzle?: { transaction: <R>(fn: (tx: { execute: SqlRunner }) => Promise<R>) => Promise<R> } }).drizzle
  if (!drizzle) throw new Error('This needs the PostgreSQL database adapter.')
  return drizzle.transaction((tx) => work((query) => tx.execute(query)))
}

/** The table Payload's PostgreSQL adapter gives a collection (`referral-events` → `referral_events`). */
export const tableName = (payload: Payload, slug: string) => {
  const snake = slug.replace(/-/g, '_')
  return (payload.db as unknown as { tableNameMap?: Map<string, string> }).tableNameMap?.get(snake) ?? snake
}

/** The column the adapter gives a field path: `applicant.dateOfBirth` → `applicant_date_of_birth`. */
export const columnOf = (path: string) =>
  path
    .split('.')
    .map((name) => name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase())
    .join('_')
