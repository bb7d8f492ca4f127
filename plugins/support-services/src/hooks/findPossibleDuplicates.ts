import type { CollectionBeforeChangeHook } from 'payload'

import { sql } from '@payloadcms/db-postgres/drizzle'

import type { PersonLookup } from './derivePersonLookup'

import { openStatuses } from '../domain'
import { columnOf, requestRunner, tables } from '../operations/sql'

const list = (values: readonly string[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )

/**
 * A new referral that looks like the same person as a referral open when it came in (same name and
 * date of birth, or same phone or e-mail) lists that referral as a possible duplicate. Staff see it on
 * the queue and decide; nothing is merged automatically. The comparison is of keyed hashes
 * (derivePersonLookup runs first): the database never sees the values. "Open when it came in" makes
 * the check the same for a live submission and for history replayed by the seed. One indexed
 * statement, as every submission pays for it.
 */
export const findPossibleDuplicates: CollectionBeforeChangeHook = async ({
  data,
  operation,
  req,
}) => {
  if (operation !== 'create') return data
  const lookup: Partial<PersonLookup> = data.personLookup ?? {}
  const sameKey = (['nameAndBirth', 'phone', 'email'] as const)
    .filter((kind) => lookup[kind])
    .map((kind) => sql`${sql.identifier(columnOf(`personLookup.${kind}`))} = ${lookup[kind]}`)
  if (sameKey.length === 0) return data
  const receivedAt = data.receivedAt ?? new Date().toISOString()
  const run = await requestRunner(req)
  const { rows } = await run(sql`
    SELECT id FROM ${tables.referrals}
    WHERE (${sql.join(sameKey, sql` OR `)})
      AND received_at <= ${receivedAt}
      AND (status IN (${list(openStatuses)}) OR closed_at > ${receivedAt})
    ORDER BY received_at DESC
    LIMIT 20`)
  return rows.length ? { ...data, possibleDuplicates: rows.map((row) => row.id) } : data
}
