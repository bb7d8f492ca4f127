import type { Payload } from 'payload'

import { sql, type SQL } from '@payloadcms/db-postgres/drizzle'

import type { RateLimit } from '../types'

import { isRateLimit, type SubmitLimits } from '../sanitizeOptions'
import { drizzleRunner, type SqlRunner, tables } from './sql'

export type LimitVerdict =
  { ok: true } | { ok: false; scope: 'client' | 'global'; retryAfterSeconds: number }

/** The header in which the site names the client: its keyed hash of the address, never the address. */
export const clientKeyHeader = 'x-client-key'

const clientKeyPattern = /^[A-Za-z0-9_-]{16,128}$/

export const isClientKey = (value: string) => clientKeyPattern.test(value)

const units: Record<string, number> = { s: 1, m: 60, h: 3600 }

/**
 * A limit written as configuration text: `5/10m` (5 per 10 minutes), `30/1m`, `100/30s`, `off`.
 * Unset gives undefined (the default applies); anything else is refused, so a typo stops the start.
 */
export function rateLimitFromText(
  text: string | undefined,
  name = 'limit',
): RateLimit | false | undefined {
  const value = text?.trim()
  if (!value) return undefined
  if (value === 'off') return false
  const match = /^(\d+)\s*\/\s*(\d+)\s*([smh])$/.exec(value)
  const limit = match && {
    max: Number(match[1]),
    windowSeconds: Number(match[2]) * units[match[3]],
  }
  if (!limit || !isRateLimit(limit))
    throw new Error(
      `${name}: "${value}" is not a limit. Write e.g. 5/10m (5 per 10 minutes), 30/1m, 100/30s or off.`,
    )
  return limit
}

/* Buckets name the window's length too, so a changed limit starts counters of its own. */
const clientBucket = (key: string, limit: RateLimit, prefix = '') =>
  `${prefix}client:${limit.windowSeconds}:${key}`
const globalBucket = (limit: RateLimit, prefix = '') => `${prefix}global:${limit.windowSeconds}`

/**
 * One hit on a bucket: a new window starts at the first hit after the last one ended (so a person who
 * waits as told always gets through), otherwise the window's count goes up. `source` is the VALUES or
 * SELECT that proposes the row.
 */
const countHit = (source: SQL) => sql`
  INSERT INTO ${tables.rateLimits} AS w (bucket, window_ends_at, hits) ${source}
  ON CONFLICT (bucket) DO UPDATE SET
    hits = CASE WHEN w.window_ends_at <= now() THEN 1 ELSE w.hits + 1 END,
    window_ends_at = CASE WHEN w.window_ends_at <= now() THEN excluded.window_ends_at ELSE w.window_ends_at END
  RETURNING w.hits, w.window_ends_at`

const windowEnd = (limit: RateLimit) => sql`now() + make_interval(secs => ${limit.windowSeconds})`
const secondsLeft = sql`GREATEST(1, CEIL(EXTRACT(EPOCH FROM window_ends_at - now())))::int`

interface Counted {
  scope: 'client' | 'global'
  hits: number
  retry_after: number
}

/**
 * Counts the client's hit and, only when the client is within its limit, the global one, in one
 * statement: a client over its own limit cannot use up everyone else's ceiling.
 */
const countBoth = (key: string, perClient: RateLimit, global: RateLimit, prefix: string) => sql`
  WITH per_client AS (${countHit(sql`VALUES (${clientBucket(key, perClient, prefix)}, ${windowEnd(perClient)}, 1)`)}),
  all_clients AS (${countHit(sql`SELECT ${globalBucket(global, prefix)}, ${windowEnd(global)}, 1 FROM per_client WHERE hits <= ${perClient.max}`)})
  SELECT 'client' AS scope, hits, ${secondsLeft} AS retry_after FROM per_client
  UNION ALL
  SELECT 'global' AS scope, hits, ${secondsLeft} AS retry_after FROM all_clients`

const countOne = (scope: 'client' | 'global', bucket: string, limit: RateLimit) => sql`
  WITH counted AS (${countHit(sql`VALUES (${bucket}, ${windowEnd(limit)}, 1)`)})
  SELECT ${scope} AS scope, hits, ${secondsLeft} AS retry_after FROM counted`

/** Takes back a client's hit that the global ceiling then refused: only accepted tries use up a person's limit. */
const uncountClient = (key: string, perClient: RateLimit, prefix: string) =>
  sql`UPDATE ${tables.rateLimits} SET hits = hits - 1 WHERE bucket = ${clientBucket(key, perClient, prefix)} AND hits > 0`

const sweepEveryMs = 60_000
let lastSweep = 0

/** Windows that have ended are deleted now and then (at most once a minute per process), off the request's path. */
const sweepEndedWindows = (run: SqlRunner, payload: Payload) => {
  if (Date.now() - lastSweep < sweepEveryMs) return
  lastSweep = Date.now()
  run(sql`DELETE FROM ${tables.rateLimits} WHERE window_ends_at < now()`).catch((error: Error) =>
    payload.logger.error(`Ended rate-limit windows were not removed: ${error.message}`),
  )
}

/**
 * Counts one submission against the limits, in PostgreSQL so that every CMS process shares them, and
 * says whether it may go on, or how long to wait. Without a client key (a caller other than the site)
 * only the global ceiling applies. `prefix` gives another public path counters of its own.
 */
export async function checkSubmitLimits(
  payload: Payload,
  clientKey: string | null,
  limits: SubmitLimits,
  prefix = '',
): Promise<LimitVerdict> {
  const perClient = clientKey ? limits.perClient : null
  const { global } = limits
  if (!perClient && !global) return { ok: true }
  const run = drizzleRunner(payload)
  const statement =
    perClient && global
      ? countBoth(clientKey!, perClient, global, prefix)
      : perClient
        ? countOne('client', clientBucket(clientKey!, perClient, prefix), perClient)
        : countOne('global', globalBucket(global!, prefix), global!)
  const rows = (await run(statement)).rows as unknown as Counted[]
  sweepEndedWindows(run, payload)

  for (const row of rows) {
    const limit = row.scope === 'client' ? perClient! : global!
    if (Number(row.hits) <= limit.max) continue
    if (row.scope === 'global' && perClient) await run(uncountClient(clientKey!, perClient, prefix))
    return { ok: false, scope: row.scope, retryAfterSeconds: Number(row.retry_after) }
  }
  return { ok: true }
}
