import type { Payload } from 'payload'

import { sql, type SQL, type SQLWrapper } from '@payloadcms/db-postgres/drizzle'

import type { Privacy } from '../types'

import { personLookup, type PersonLookup } from '../hooks/derivePersonLookup'
import { isSealed, sealedJson } from '../privacy/fieldEncryption'
import { referralEventPersonalFields, referralPersonalFields } from '../privacy/personalData'
import { columnOf, drizzleRunner, type SqlRunner, tables } from './sql'

const jsonColumns = new Set(['custom_answers'])
const lookupColumns = {
  nameAndBirth: columnOf('personLookup.nameAndBirth'),
  phone: columnOf('personLookup.phone'),
  email: columnOf('personLookup.email'),
}

export interface RotationCount {
  rows: number
  /** Rows with at least one value re-encrypted with the active key (or encrypted for the first time). */
  reencrypted: number
  /** Referrals whose duplicate-lookup hashes changed (a new LOOKUP_HASH_KEY). */
  relinked: number
}

/** One value as stored → plaintext, and its new stored form when it is not under the active key. */
const rotateValue = (privacy: Privacy, stored: unknown, path: string, json: boolean) => {
  if (stored === null || stored === undefined || stored === '')
    return { plain: undefined, next: undefined }
  const sealed = json ? sealedJson(stored) : isSealed(stored) ? stored : undefined
  const text = sealed
    ? privacy.cipher.open(sealed, path)
    : json
      ? JSON.stringify(stored)
      : String(stored)
  if (sealed && !privacy.cipher.isStale(sealed)) return { plain: text, next: undefined }
  const resealed = privacy.cipher.seal(text, path)
  return { plain: text, next: json ? JSON.stringify({ sealed: resealed }) : resealed }
}

interface Table {
  name: SQLWrapper
  columns: Array<{ path: string; column: string; json: boolean }>
  withLookup: boolean
}

const tableOf = (name: SQLWrapper, paths: readonly string[], withLookup = false): Table => ({
  name,
  columns: paths.map((path) => ({
    path,
    column: columnOf(path),
    json: jsonColumns.has(columnOf(path)),
  })),
  withLookup,
})

const selectRows = (run: SqlRunner, table: Table, where: SQL, limit: number) => {
  const selected = [
    ...table.columns.map((c) => c.column),
    ...(table.withLookup ? Object.values(lookupColumns) : []),
  ]
  return run(sql`
    SELECT id, updated_at, ${sql.join(
      selected.map((c) => sql.identifier(c)),
      sql`, `,
    )}
    FROM ${table.name} WHERE ${where} ORDER BY id LIMIT ${limit}`)
}

/** The changes one row needs: values under an old key (or none), hashes under an old lookup key. */
const changesFor = (table: Table, row: Record<string, unknown>, privacy: Privacy) => {
  const plain: Record<string, string | undefined> = {}
  const changes: Array<[string, unknown]> = []
  for (const { path, column, json } of table.columns) {
    const { plain: value, next } = rotateValue(privacy, row[column], path, json)
    plain[path] = value
    if (next !== undefined) changes.push([column, next])
  }
  const reencrypted = changes.length > 0
  let relinked = false
  if (table.withLookup) {
    const lookup: PersonLookup = personLookup(privacy.lookupHash, {
      name: plain['applicant.name'],
      phone: plain['applicant.phone'],
      email: plain['applicant.email'],
      dateOfBirth: plain['applicant.dateOfBirth'],
    })
    const kinds = (Object.keys(lookupColumns) as Array<keyof PersonLookup>).filter(
      (k) => (row[lookupColumns[k]] ?? null) !== lookup[k],
    )
    changes.push(...kinds.map((k): [string, unknown] => [lookupColumns[k], lookup[k]]))
    relinked = kinds.length > 0
  }
  return { changes, reencrypted, relinked }
}

/**
 * Rewrites one row unless it changed since it was read (a correction by staff in the meantime);
 * then it is read and rotated again, so rotation never undoes a concurrent edit.
 */
const rotateRow = async (
  run: SqlRunner,
  table: Table,
  first: Record<string, unknown>,
  privacy: Privacy,
) => {
  for (let row: Record<string, unknown> | undefined = first; row;) {
    const { changes, reencrypted, relinked } = changesFor(table, row, privacy)
    if (changes.length === 0) return { reencrypted, relinked }
    const assignments = changes.map(([column, value]) =>
      jsonColumns.has(column)
        ? sql`${sql.identifier(column)} = ${value}::jsonb`
        : sql`${sql.identifier(column)} = ${value}`,
    )
    const { rows } = await run(sql`
      UPDATE ${table.name} SET ${sql.join(assignments, sql`, `)}
      WHERE id = ${row.id} AND updated_at IS NOT DISTINCT FROM ${row.updated_at} RETURNING id`)
    if (rows.length === 1) return { reencrypted, relinked }
    row = (await selectRows(run, table, sql`id = ${row.id}`, 1)).rows[0]
  }
  return { reencrypted: false, relinked: false }
}

const rotateTable = async (run: SqlRunner, table: Table, privacy: Privacy, batchSize: number) => {
  const count: RotationCount = { rows: 0, reencrypted: 0, relinked: 0 }
  for (let after = 0; ;) {
    const { rows } = await selectRows(run, table, sql`id > ${after}`, batchSize)
    if (rows.length === 0) return count
    for (const row of rows) {
      const done = await rotateRow(run, table, row, privacy)
      count.reencrypted += Number(done.reencrypted)
      count.relinked += Number(done.relinked)
    }
    count.rows += rows.length
    after = Number(rows[rows.length - 1].id)
  }
}

/**
 * Key rotation (`npm run keys -- rotate`): every encrypted value of referrals and their events is
 * re-encrypted with the active key (values stored before encryption are encrypted now), and the
 * duplicate-lookup hashes are recomputed with the current lookup key. Safe to run again and to
 * interrupt: each row is rewritten on its own, and readers accept every listed key meanwhile.
 */
export const rotateFieldEncryption = async (
  payload: Payload,
  privacy: Privacy,
  { batchSize = 500 } = {},
) => {
  const run = drizzleRunner(payload)
  return {
    referrals: await rotateTable(
      run,
      tableOf(tables.referrals, referralPersonalFields, true),
      privacy,
      batchSize,
    ),
    events: await rotateTable(
      run,
      tableOf(tables.referralEvents, referralEventPersonalFields),
      privacy,
      batchSize,
    ),
  }
}
