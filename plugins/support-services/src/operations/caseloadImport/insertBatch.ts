import { sql, type SQL } from '@payloadcms/db-postgres/drizzle'

import type { StoredReferral } from './storedRows'

import { openStatuses } from '../../domain'
import { columnOf, type SqlRunner, tables } from '../sql'

/** The referral columns an import fills, by data path; the rest keep their defaults (null). */
const referralPaths = [
  'reference',
  'service',
  'status',
  'outcome',
  'redirectTarget',
  'priority',
  'assignee',
  'receivedAt',
  'statusChangedAt',
  'firstContactAt',
  'enrolledAt',
  'closedAt',
  'nextReassessmentAt',
  'externalCaseId',
  'importBatch',
  'source',
  'heardFrom',
  'referrer.kind',
  'applicant.name',
  'applicant.phone',
  'applicant.email',
  'applicant.dateOfBirth',
  'applicant.age',
  'applicant.gender',
  'applicant.municipality',
  'personLookup.nameAndBirth',
  'personLookup.phone',
  'personLookup.email',
] as const

const eventPaths = [
  'referral',
  'type',
  'at',
  'actor',
  'fromStatus',
  'toStatus',
  'reason',
  'outcome',
  'target',
  'assignee',
] as const

const relations = new Set(['service', 'assignee', 'importBatch', 'referral', 'actor'])

/** Payload's column for a field path: relationships end in `_id`. */
const column = (path: string) => sql.identifier(columnOf(path) + (relations.has(path) ? '_id' : ''))

const valueAt = (doc: Record<string, unknown>, path: string): unknown =>
  path.split('.').reduce<unknown>((d, k) => (d as Record<string, unknown> | undefined)?.[k], doc)

/** One multi-row INSERT: a bind parameter per value (null for undefined). */
const insert = (
  table: SQL | ReturnType<typeof sql.identifier>,
  paths: readonly string[],
  docs: Record<string, unknown>[],
) => sql`
  INSERT INTO ${table} (${sql.join(paths.map(column), sql`, `)})
  VALUES ${sql.join(
    docs.map(
      (doc) =>
        sql`(${sql.join(
          paths.map((p) => sql`${valueAt(doc, p) ?? null}`),
          sql`, `,
        )})`,
    ),
    sql`, `,
  )}`

/** Fewer than PostgreSQL's 65,535 bind parameters per statement. */
const eventsPerStatement = Math.floor(60_000 / eventPaths.length)

/**
 * Stores one batch of imported referrals with three kinds of statement instead of a Payload operation
 * per row and move: the referrals, their events (whose statement-level trigger then builds the
 * batch's `referral_stays` once), and the possible duplicates the create hook would have listed. A
 * referral is compared, as at its creation one by one, with every referral stored before it (a lower
 * id: the install's and the earlier rows of the file) in its current state.
 */
export async function insertBatch(run: SqlRunner, batch: StoredReferral[]) {
  const { rows } = await run(
    sql`${insert(
      tables.referrals,
      referralPaths,
      batch.map((b) => b.referral),
    )} RETURNING id, reference`,
  )
  const idOf = new Map(rows.map((r) => [String(r.reference), r.id]))
  const events = batch.flatMap(({ referral, events }) =>
    events.map((e) => ({ ...e, referral: idOf.get(String(referral.reference)) })),
  )
  for (let i = 0; i < events.length; i += eventsPerStatement)
    await run(insert(tables.referralEvents, eventPaths, events.slice(i, i + eventsPerStatement)))
  await run(possibleDuplicates(rows.map((r) => Number(r.id))))
}

const lookupKinds = ['nameAndBirth', 'phone', 'email'] as const

/**
 * As hooks/findPossibleDuplicates.ts, for a batch: the same keys, the same "open when it came in",
 * the latest 20. The candidates come from one equality join per key (each on its index), so the
 * cost follows the matches, not the table's size.
 */
const possibleDuplicates = (ids: number[]) => {
  const lookup = (alias: string, kind: string) =>
    sql.raw(`${alias}.${columnOf(`personLookup.${kind}`)}`)
  const candidates = sql.join(
    lookupKinds.map(
      (kind) => sql`
        SELECT n.id AS parent, o.id FROM batch n
        JOIN ${tables.referrals} o ON ${lookup('o', kind)} = ${lookup('n', kind)}`,
    ),
    sql` UNION `,
  )
  return sql`
    WITH batch AS (SELECT * FROM ${tables.referrals} WHERE id IN (${sql.join(
      ids.map((id) => sql`${id}`),
      sql`, `,
    )})),
    ranked AS (
      SELECT c.parent, c.id,
        row_number() OVER (PARTITION BY c.parent ORDER BY o.received_at DESC) AS n
      FROM (${candidates}) c
      JOIN ${tables.referrals} o ON o.id = c.id
      JOIN batch n ON n.id = c.parent
      WHERE o.id < n.id
        AND o.received_at <= n.received_at
        AND (o.status IN (${sql.join(
          openStatuses.map((s) => sql`${s}`),
          sql`, `,
        )}) OR o.closed_at > n.received_at)
    )
    INSERT INTO ${tables.referralsRels} ("order", parent_id, path, referrals_id)
    SELECT n, parent, 'possibleDuplicates', id FROM ranked WHERE n <= 20`
}
