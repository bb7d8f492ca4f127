import { sql, type SQL } from 'drizzle-orm'
import type { Payload } from 'payload'

import {
  checkReportPeriod,
  closedStatuses,
  participantStatuses,
  queueStatuses,
  shapeFollowUpReport,
  waitingGoalDays,
  type ClosingRow,
  type FollowUpReport,
  type GenderRow,
  type InflowRow,
  type QueueRow,
} from '../../domain'

/**
 * Runs one SQL statement and returns its rows. The default is the Postgres adapter's Drizzle instance;
 * the plugin only peer-depends on payload, so the adapter is reached through this one narrow type.
 */
export type SqlRunner = (query: SQL) => Promise<{ rows: Record<string, unknown>[] }>

export const drizzleRunner = (payload: Payload): SqlRunner => {
  const drizzle = (payload.db as unknown as { drizzle?: { execute: SqlRunner } }).drizzle
  if (!drizzle) throw new Error('The follow-up report needs the PostgreSQL database adapter.')
  return (query) => drizzle.execute(query)
}

export interface FollowUpReportArgs {
  /** First day of the period, 'YYYY-MM-DD', included. */
  from: string
  /** Last day of the period, 'YYYY-MM-DD', included. */
  to: string
  /** The services to report on; empty or missing means all services. */
  serviceIds?: readonly number[]
}

/** Days are Swedish calendar days, whatever the server's or the database's time zone. */
const timeZone = 'Europe/Stockholm'

const list = (values: readonly (string | number)[]) => sql.join(values.map((v) => sql`${v}`), sql`, `)

/**
 * The follow-up figures for a period, as SQL aggregates over the referrals and their events.
 *
 * Edges: the period runs from 00:00 Swedish time on `from` up to, not including, 00:00 on the day after
 * `to`. "At the end date" means at the end of that day: the status of a referral is the `toStatus` of its
 * last status event before that instant (ties broken by the event's id). Gender is the applicant's
 * gender as recorded now; a closing is a status event into a closed status, so a person closed, reopened
 * and closed again in the same period counts twice.
 */
export const followUpReport = async (
  payload: Payload,
  args: FollowUpReportArgs,
  run: SqlRunner = drizzleRunner(payload),
): Promise<FollowUpReport> => {
  const problem = checkReportPeriod(args)
  if (problem) throw new RangeError(problem)
  const serviceIds = [...(args.serviceIds ?? [])]
  const start = sql`(${args.from}::date::timestamp AT TIME ZONE ${timeZone})`
  const end = sql`((${args.to}::date + 1)::timestamp AT TIME ZONE ${timeZone})`
  const inServices = serviceIds.length ? sql`r.service_id IN (${list(serviceIds)})` : sql`true`

  /** Each referral of the chosen services with its status just before `instant`. */
  const statusBefore = (instant: SQL) => sql`
    SELECT DISTINCT ON (e.referral_id) e.referral_id, e.to_status::text AS status
    FROM referral_events e JOIN referrals r ON r.id = e.referral_id
    WHERE ${inServices} AND e.to_status IS NOT NULL AND e.at < ${instant}
    ORDER BY e.referral_id, e.at DESC, e.id DESC`

  const inflow = run(sql`
    SELECT r.service_id AS "serviceId",
           to_char(r.received_at AT TIME ZONE ${timeZone}, 'YYYY-MM') AS month,
           count(*)::int AS n
    FROM referrals r
    WHERE ${inServices} AND r.received_at >= ${start} AND r.received_at < ${end}
    GROUP BY 1, 2`)

  // Days waiting are counted from the day the referral came in, as on the intake queue.
  const queue = run(sql`
    WITH at_end AS (${statusBefore(end)})
    SELECT r.service_id AS "serviceId",
           count(*)::int AS waiting,
           count(*) FILTER (
             WHERE ${args.to}::date - (r.received_at AT TIME ZONE ${timeZone})::date > ${waitingGoalDays}
           )::int AS over30
    FROM at_end JOIN referrals r ON r.id = at_end.referral_id
    WHERE at_end.status IN (${list(queueStatuses)})
    GROUP BY 1`)

  const closings = run(sql`
    SELECT e.to_status::text AS status, e.outcome::text AS outcome, r.applicant_gender::text AS gender, count(*)::int AS n
    FROM referral_events e JOIN referrals r ON r.id = e.referral_id
    WHERE ${inServices} AND e.type = 'statusChange' AND e.to_status IN (${list(closedStatuses)})
      AND e.at >= ${start} AND e.at < ${end}
    GROUP BY 1, 2, 3`)

  const enrolledAtEnd = run(sql`
    WITH at_end AS (${statusBefore(end)})
    SELECT r.applicant_gender::text AS gender, count(*)::int AS n
    FROM at_end JOIN referrals r ON r.id = at_end.referral_id
    WHERE at_end.status IN (${list(participantStatuses)})
    GROUP BY 1`)

  // Supported: a participant when the period began, or became one (again) during it.
  const supported = run(sql`
    WITH at_start AS (${statusBefore(start)})
    SELECT r.applicant_gender::text AS gender, count(*)::int AS n
    FROM referrals r
    WHERE ${inServices} AND (
      r.id IN (SELECT referral_id FROM at_start WHERE status IN (${list(participantStatuses)}))
      OR EXISTS (
        SELECT 1 FROM referral_events e
        WHERE e.referral_id = r.id AND e.to_status IN (${list(participantStatuses)})
          AND e.at >= ${start} AND e.at < ${end}
      )
    )
    GROUP BY 1`)

  const [inflowRows, queueRows, closingRows, enrolledRows, supportedRows] = await Promise.all([
    inflow, queue, closings, enrolledAtEnd, supported,
  ])
  return shapeFollowUpReport({ from: args.from, to: args.to }, serviceIds, {
    inflow: inflowRows.rows as unknown as InflowRow[],
    queue: queueRows.rows as unknown as QueueRow[],
    closings: closingRows.rows as unknown as ClosingRow[],
    enrolledAtEnd: enrolledRows.rows as unknown as GenderRow[],
    supported: supportedRows.rows as unknown as GenderRow[],
  })
}
