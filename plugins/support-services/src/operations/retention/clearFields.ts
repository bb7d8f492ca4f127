import type { FlattenedField, Payload } from 'payload'

import { sql, type SQL } from '@payloadcms/db-postgres/drizzle'

import { slugs } from '../../defaults'
import { columnOf, type SqlRunner, tableName } from '../sql'

/**
 * Turns field paths (as in a collection's field tree) into the SQL that empties them, following the
 * Postgres adapter's naming: a column per scalar field (`applicant.dateOfBirth` → `applicant_date_of_birth`),
 * `<field>_id` for a single relationship, rows of `<table>_rels` for a has-many one, a child table for a
 * has-many select. Checked against the database once per run, so a renamed or encrypted field fails
 * loudly instead of being left behind.
 */

type Storage =
  | { kind: 'column'; path: string; column: string; toReferral: boolean }
  | { kind: 'rels'; path: string; toReferral: boolean }
  | { kind: 'childTable'; path: string; table: string }

const findField = (fields: readonly FlattenedField[], path: string): FlattenedField | undefined => {
  const [head, ...rest] = path.split('.')
  const field = fields.find((f) => 'name' in f && f.name === head)
  if (!field || rest.length === 0) return field
  return 'flattenedFields' in field ? findField(field.flattenedFields, rest.join('.')) : undefined
}

const storageOf = (table: string, fields: readonly FlattenedField[], path: string): Storage => {
  const field = findField(fields, path)
  if (!field) throw new Error(`Retention: no field ${path} on ${table}.`)
  if ('virtual' in field && field.virtual)
    throw new Error(`Retention: ${path} on ${table} is virtual; list the field that stores it.`)
  if (field.type === 'relationship' || field.type === 'upload') {
    const toReferral = field.relationTo === slugs.referrals
    return field.hasMany
      ? { kind: 'rels', path, toReferral }
      : { kind: 'column', path, column: `${columnOf(path)}_id`, toReferral }
  }
  if (field.type === 'select' && field.hasMany)
    return { kind: 'childTable', path, table: `${table}_${columnOf(path)}` }
  if ('hasMany' in field && field.hasMany)
    throw new Error(`Retention: has-many ${field.type} ${path} is not supported.`)
  return { kind: 'column', path, column: columnOf(path), toReferral: false }
}

interface ColumnFacts {
  nullable: boolean
  text: boolean
}

/** The emptying of some fields of one collection's rows, ready to run. */
export interface FieldClearing {
  /**
   * Statements that empty the fields on `rows` (SQL selecting the rows' ids), and links to the
   * referrals `referralIds` (SQL selecting referral ids) from any row of the table.
   */
  statements: (rows: SQL, referralIds: SQL) => SQL[]
}

/** Plans the clearing of `paths` on `collection`, checked against the database's columns. */
export const planFieldClearing = async (
  payload: Payload,
  run: SqlRunner,
  collection: string,
  paths: readonly string[],
): Promise<FieldClearing> => {
  const table = tableName(payload, collection)
  const fields =
    payload.collections[collection as keyof typeof payload.collections]?.config.flattenedFields
  if (!fields) throw new Error(`Retention: no collection ${collection}.`)
  const storages = paths.map((path) => storageOf(table, fields, path))

  const { rows } = await run(sql`
    SELECT table_name, column_name, is_nullable = 'YES' AS nullable, data_type IN ('character varying', 'text') AS text
    FROM information_schema.columns WHERE table_schema = current_schema() AND table_name LIKE ${`${table}%`}`)
  const columns = new Map(
    rows.map((r) => [
      `${r.table_name}.${r.column_name}`,
      { nullable: Boolean(r.nullable), text: Boolean(r.text) },
    ]),
  )
  const facts = (tableName: string, column: string): ColumnFacts => {
    const found = columns.get(`${tableName}.${column}`)
    if (!found)
      throw new Error(
        `Retention: ${tableName}.${column} does not exist; update the retention field lists.`,
      )
    return found
  }

  const sets: SQL[] = []
  const incoming: string[] = []
  for (const s of storages) {
    if (s.kind === 'column') {
      const { nullable, text } = facts(table, s.column)
      if (!nullable && !text)
        throw new Error(`Retention: ${table}.${s.column} cannot be emptied (NOT NULL).`)
      sets.push(sql`${sql.identifier(s.column)} = ${nullable ? null : ''}`)
      if (s.toReferral) incoming.push(s.column)
    } else if (s.kind === 'childTable') facts(s.table, 'parent_id')
    else facts(`${table}_rels`, 'path')
  }
  const rels = storages.filter((s) => s.kind === 'rels')
  const childTables = storages.filter((s) => s.kind === 'childTable')
  const t = sql.identifier(table)
  const relsTable = sql.identifier(`${table}_rels`)

  return {
    statements: (rowIds, referralIds) => [
      ...(sets.length
        ? [sql`UPDATE ${t} SET ${sql.join(sets, sql`, `)} WHERE id IN (${rowIds})`]
        : []),
      ...childTables.map(
        (c) => sql`DELETE FROM ${sql.identifier(c.table)} WHERE parent_id IN (${rowIds})`,
      ),
      ...rels.map(
        (r) =>
          sql`DELETE FROM ${relsTable} WHERE path = ${r.path} AND (parent_id IN (${rowIds})${r.toReferral ? sql` OR referrals_id IN (${referralIds})` : sql``})`,
      ),
      ...incoming.map(
        (column) =>
          sql`UPDATE ${t} SET ${sql.identifier(column)} = NULL WHERE ${sql.identifier(column)} IN (${referralIds})`,
      ),
    ],
  }
}
