import { sql, type SQL } from '@payloadcms/db-postgres/drizzle'

import type { FieldClearing } from './clearFields'

import { closedStatuses, closingsWithoutCase, participantStatuses } from '../../domain'
import { anonymisedReferencePrefix } from '../../privacy/anonymisation'
import { type SqlRunner, tables } from '../sql'
import { tallyBeforeDeletion } from './tallies'

const list = (values: readonly (string | number)[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )

export interface Batch {
  serviceId: number
  /** Referrals closed at or before this instant are due. */
  cutoff: Date
  size: number
}

/**
 * Locks the next due referrals of a batch. SKIP LOCKED: two runs at once (two CMS processes) share the
 * work instead of waiting for each other, and no referral is handled twice.
 */
const lockDue = async (run: SqlRunner, where: SQL, { size }: Batch): Promise<number[]> => {
  const { rows } = await run(sql`
    SELECT r.id FROM ${tables.referrals} r WHERE ${where}
    ORDER BY r.closed_at, r.id LIMIT ${size}
    FOR UPDATE OF r SKIP LOCKED`)
  return rows.map((r) => Number(r.id))
}

/**
 * Deletes one batch of referrals that closed without ever being a case: never enrolled, by the history
 * as well as by `enrolledAt` (a move to another service clears that). Their events go first (the
 * history's foreign key would otherwise be nulled), then the referral; the database's foreign keys take
 * their has-many rows and every link to them from other referrals. Returns how many were deleted.
 */
export const deleteBatch = async (run: SqlRunner, batch: Batch): Promise<number> => {
  const ids = await lockDue(
    run,
    sql`
    r.service_id = ${batch.serviceId} AND r.status IN (${list(closingsWithoutCase)})
    AND r.enrolled_at IS NULL AND r.closed_at <= ${batch.cutoff.toISOString()}::timestamptz
    AND NOT EXISTS (
      SELECT 1 FROM ${tables.referralEvents} e WHERE e.referral_id = r.id
        AND (e.to_status IN (${list(participantStatuses)}) OR e.from_status IN (${list(participantStatuses)}))
    )`,
    batch,
  )
  if (!ids.length) return 0
  const referralIds = list(ids)
  await tallyBeforeDeletion(run, referralIds)
  await run(sql`DELETE FROM ${tables.referralEvents} WHERE referral_id IN (${referralIds})`)
  await run(sql`DELETE FROM ${tables.referrals} WHERE id IN (${referralIds})`)
  return ids.length
}

export interface AnonymisationPlan {
  referrals: FieldClearing
  events: FieldClearing
}

/**
 * Anonymises one batch of closed cases: clears the planned fields of the referral and of its history,
 * replaces the reference number, and stamps `anonymisedAt` (which also makes a second run skip them).
 */
export const anonymiseBatch = async (
  run: SqlRunner,
  batch: Batch,
  plan: AnonymisationPlan,
  now: Date,
): Promise<number> => {
  const ids = await lockDue(
    run,
    sql`
    r.service_id = ${batch.serviceId} AND r.status IN (${list(closedStatuses)}) AND r.anonymised_at IS NULL
    AND r.closed_at <= ${batch.cutoff.toISOString()}::timestamptz`,
    batch,
  )
  if (!ids.length) return 0
  const referralIds = list(ids)
  const eventIds = sql`SELECT id FROM ${tables.referralEvents} WHERE referral_id IN (${referralIds})`
  for (const statement of [
    ...plan.events.statements(eventIds, referralIds),
    ...plan.referrals.statements(referralIds, referralIds),
  ]) {
    await run(statement)
  }
  await run(sql`
    UPDATE ${tables.referrals} SET anonymised_at = ${now.toISOString()}::timestamptz, reference = ${anonymisedReferencePrefix} || id::text
    WHERE id IN (${referralIds})`)
  return ids.length
}
