import { sql } from '@payloadcms/db-postgres/drizzle'

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

/** The event columns an import fills besides its referral's id. */
const eventPaths = [
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
const columnName = (path: string) => columnOf(path) + (relations.has(path) ? '_id' : '')

const valueAt = (doc: Record<string, unknown>, keys: readonly string[]): unknown => {
  let value: unknown = doc
  for (const key of keys) value = (value as Record<string, unknown> | undefined)?.[key]
  return value
}

type Table = ReturnType<typeof sql.identifier>

/** Each table's column definitions (`"status" enum_referrals_status, …`) as the catalog gives them. */
const definitions = new Map<string, string>()

const definitionOf = async (run: SqlRunner, table: Table, columns: string[]) => {
  const key = `${table.value}:${columns.join(',')}`
  if (!definitions.has(key)) {
    const { rows } = await run(sql`
      SELECT string_agg(format('%I %s', attname, format_type(atttypid, atttypmod)), ', ') AS columns
      FROM pg_attribute
      WHERE attrelid = ${table.value}::regclass AND attname = ANY(${`{${columns.join(',')}}`}::text[])
        AND attnum > 0 AND NOT attisdropped`)
    definitions.set(key, String(rows[0].columns))
  }
  return definitions.get(key)!
}

/**
 * Many rows from ONE bind parameter: the rows as JSON, each key a column, read as the columns' own
 * types (from the catalog, so enums and timestamps are cast as the table says). Building a statement
 * with a bind parameter per value cost more than storing the rows; this costs a `JSON.stringify` and
 * has no limit on the number of rows. `extra` adds keys that are no column of the table.
 */
const recordset = async (
  run: SqlRunner,
  table: Table,
  paths: readonly string[],
  docs: Record<string, unknown>[],
  extra: Record<string, string> = {},
) => {
  const columns = paths.map(columnName)
  const keys = paths.map((p) => p.split('.'))
  // A column left out of a row's object is read as null: most of an event's columns are empty, and
  // leaving them out makes the JSON to build, send and parse about half as long.
  const rows = docs.map((doc) => {
    const row: Record<string, unknown> = {}
    for (let i = 0; i < columns.length; i++) {
      const value = valueAt(doc, keys[i])
      if (value !== undefined && value !== null) row[columns[i]] = value
    }
    for (const key of Object.keys(extra)) row[key] = doc[key]
    return row
  })
  // The definitions come from the catalog and this file, never from input.
  const definition = [
    await definitionOf(run, table, columns),
    ...Object.entries(extra).map(([key, type]) => `"${key}" ${type}`),
  ].join(', ')
  return {
    columns: sql.join(
      columns.map((c) => sql.identifier(c)),
      sql`, `,
    ),
    rows: sql`json_to_recordset(${JSON.stringify(rows)}::json) AS r(${sql.raw(definition)})`,
  }
}

/**
 * Stores one batch of imported referrals with two statements instead of a Payload operation per row
 * and move, sent together so the database goes from one to the other without waiting for this
 * process (busy reading the next rows): the referrals and their events in one (the events find their
 * referral by its reference; their statement-level trigger then builds the batch's `referral_stays`
 * once), and the possible duplicates the create hook would have listed. A referral is compared, as
 * at its creation one by one, with every referral stored before it (a lower id: the install's and
 * the earlier rows of the file) in its current state.
 */
export async function insertBatch(run: SqlRunner, batch: StoredReferral[]) {
  const referrals = await recordset(
    run,
    tables.referrals,
    referralPaths,
    batch.map((b) => b.referral),
  )
  let seq = 0
  const events = await recordset(
    run,
    tables.referralEvents,
    eventPaths,
    batch.flatMap(({ referral, events }) =>
      events.map((e) => ({ ...e, reference: referral.reference, seq: seq++ })),
    ),
    { reference: 'text', seq: 'integer' },
  )
  const references = batch.map((b) => String(b.referral.reference))
  await Promise.all([
    run(sql`
      WITH inserted AS (
        INSERT INTO ${tables.referrals} (${referrals.columns})
        SELECT ${referrals.columns} FROM ${referrals.rows}
        RETURNING id, reference)
      INSERT INTO ${tables.referralEvents} (referral_id, ${events.columns})
      SELECT i.id, ${events.columns} FROM ${events.rows}
      JOIN inserted i ON i.reference = r.reference
      ORDER BY r.seq`),
    run(possibleDuplicates(references)),
  ])
}

const lookupKinds = ['nameAndBirth', 'phone', 'email'] as const

/**
 * As hooks/findPossibleDuplicates.ts, for a batch: the same keys, the same "open when it came in",
 * the latest 20. The candidates come from one equality join per key (each on its index), so the
 * cost follows the matches, not the table's size.
 */
const possibleDuplicates = (references: string[]) => {
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
    WITH batch AS (
      SELECT * FROM ${tables.referrals} WHERE reference = ANY(${`{${references.join(',')}}`}::text[])),
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
