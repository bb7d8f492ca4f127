import { sql, type SQL } from 'drizzle-orm'
import type { Payload } from 'payload'

import { drizzleRunner, type SqlRunner } from '../sql'

import {
  checkReportPeriod,
  closingStatuses,
  estimateWindowDays,
  firstContactGoalDays,
  monthEnds,
  participantStatuses,
  queueStatuses,
  shapeFollowUpReport,
  type FollowUpReport,
  type FollowUpRows,
} from '../../domain'

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
/** 00:00 Swedish time on `date`. */
const startOfDay = (date: string, plusDays = 0) => sql`((${date}::date + ${plusDays}::int)::timestamp AT TIME ZONE ${timeZone})`
/** The Swedish calendar date of a timestamp. */
const swedishDate = (column: SQL) => sql`(${column} AT TIME ZONE ${timeZone})::date`

/** Statuses that do not count as leaving the queue: still queued, or only paused. */
const stillWaiting = [...queueStatuses, 'onHold']
/** 00:00 Swedish time on a 'YYYY-MM-DD' column. */
const startOfDayOf = (column: SQL) => sql`(${column}::date::timestamp AT TIME ZONE ${timeZone})`

/**
 * The follow-up figures for a period, as SQL aggregates over the referrals and their events.
 *
 * Edges: the period runs from 00:00 Swedish time on `from` up to, not including, 00:00 on the day after
 * `to`. "At the end date" means at the end of that day.
 *
 * Which referrals count: those of the chosen services as they stand now. A referral moved to another
 * service (event `moved`) counts in its current service for every date, the way its queue place and
 * received date move with it. A merged duplicate (status `merged`) counts nowhere: it was never a
 * separate person's referral, so it is neither inflow, nor in the queue, nor a closing; its twin counts.
 *
 * A referral's status at an instant is read backwards from the present: the status the first status
 * event at or after that instant moved it from, or its current status when nothing changed since. Only
 * events after the instant are read, which for a recent period is a small share of the history. Gender,
 * source and how they heard are the referral's as recorded now.
 *
 * Referrals that retention deleted count through the tallies they left behind (`referral_tallies`,
 * Swedish days): their inflow, queue stays, closings and first contacts, so a past period's figures
 * are the same after the deletion as before it.
 */
export const followUpReport = async (
  payload: Payload,
  args: FollowUpReportArgs,
  run: SqlRunner = drizzleRunner(payload),
): Promise<FollowUpReport> => {
  const problem = checkReportPeriod(args)
  if (problem) throw new RangeError(problem)
  const serviceIds = [...(args.serviceIds ?? [])]
  const start = startOfDay(args.from)
  const end = startOfDay(args.to, 1)
  const counted = sql`${serviceIds.length ? sql`r.service_id IN (${list(serviceIds)})` : sql`true`} AND r.status <> 'merged'`
  const received = sql`${counted} AND r.received_at >= ${start} AND r.received_at < ${end}`
  /** Tally rows of one kind for the chosen services; `inPeriod`: whose `day` falls in the period. */
  const tallied = (kind: string, inPeriod = true) => sql`t.kind = ${kind}
    AND ${serviceIds.length ? sql`t.service_id IN (${list(serviceIds)})` : sql`true`}
    ${inPeriod ? sql`AND t.day::date BETWEEN ${args.from}::date AND ${args.to}::date` : sql``}`
  const rows = async <T>(query: SQL) => (await run(query)).rows as unknown as T[]

  /**
   * Each counted referral that had arrived by `instant` and may have been queued or a participant then,
   * with its status at that instant (the only ones the end-date figures read). A referral's
   * `status_changed_at` is the time of its last status event (the same hook writes both), so only those
   * changed since the instant have their events read: one index lookup each.
   */
  const statusAt = (instant: SQL) => sql`
    SELECT r.id, r.service_id, r.received_at, r.applicant_gender, r.assignee_id,
      CASE WHEN r.status_changed_at < ${instant} THEN r.status::text ELSE (
        SELECT e.from_status::text FROM referral_events e
        WHERE e.referral_id = r.id AND e.to_status IS NOT NULL AND e.at >= ${instant}
        ORDER BY e.at, e.id LIMIT 1
      ) END AS status
    FROM referrals r
    WHERE ${counted} AND r.received_at < ${instant}
      -- Unchanged since the instant: today's status was that day's, so only queued or participating ones.
      AND (r.status_changed_at >= ${instant} OR r.status IN (${list([...queueStatuses, ...participantStatuses])}))`

  // New referrals of the period by service and month, by source and by how they heard: one pass.
  const newReferrals = rows<{ kind: 'month' | 'source' | 'heardFrom'; serviceId: number; month: string; key: string | null; n: number }>(sql`
    SELECT CASE WHEN GROUPING(x.source) = 0 THEN 'source' WHEN GROUPING(x.heard_from) = 0 THEN 'heardFrom' ELSE 'month' END AS kind,
           x.service_id AS "serviceId", x.month, coalesce(x.source, x.heard_from) AS key, sum(x.n)::int AS n
    FROM (
      SELECT r.service_id, to_char(r.received_at AT TIME ZONE ${timeZone}, 'YYYY-MM') AS month,
             r.source::text AS source, r.heard_from::text AS heard_from, 1 AS n
      FROM referrals r WHERE ${received}
      UNION ALL
      SELECT t.service_id, to_char(t.day::date, 'YYYY-MM'), t.source, t.heard_from, t.n
      FROM referral_tallies t WHERE ${tallied('received')}
    ) x
    GROUP BY GROUPING SETS ((x.service_id, x.month), (x.source), (x.heard_from))`)
  const newBy = (kind: 'source' | 'heardFrom') => newReferrals.then((all) => all.filter((r) => r.kind === kind).map(({ key, n }) => ({ key, n })))

  // Durations in whole Swedish calendar days from the day the referral came in, for everyone who reached
  // the milestone during the period; per service, and for all the chosen services together. Deleted
  // referrals reached first contact at most (never enrolment): their tallies count once per referral.
  const durations = (milestone: SQL, tallyKind?: string) => rows<FollowUpRows['firstContact'][number]>(sql`
    SELECT x.service_id AS "serviceId", count(*)::int AS n,
           count(*) FILTER (WHERE x.days <= ${firstContactGoalDays})::int AS "withinGoal",
           percentile_cont(0.5) WITHIN GROUP (ORDER BY x.days) AS median,
           percentile_cont(0.9) WITHIN GROUP (ORDER BY x.days) AS p90
    FROM (
      SELECT r.service_id, ${swedishDate(milestone)} - ${swedishDate(sql`r.received_at`)} AS days
      FROM referrals r WHERE ${counted} AND ${milestone} >= ${start} AND ${milestone} < ${end}
      ${tallyKind ? sql`UNION ALL
      SELECT t.service_id, t.day::date - t.received_day::date FROM referral_tallies t CROSS JOIN generate_series(1, t.n::int)
      WHERE ${tallied(tallyKind)}` : sql``}
    ) x
    GROUP BY GROUPING SETS ((x.service_id), ())`)

  // The month ends, as instants, in order: bucket k of an event is how many of them it comes at or after.
  const monthEndInstants = sql`ARRAY[${sql.join(monthEnds(args).map((d) => startOfDay(d, 1)), sql`, `)}]`

  // Everything read from the status at the end date, in one statement so that status is worked out once:
  // the queue by days waiting; participants by gender and coach; and who was supported during the period.
  // The coach at the end is the current one, unless they were assigned after the end; then the last
  // assignment before it (an assignment event holds the new coach only). Supported: a participant at some
  // moment of the period, so either still one at the end, or some status event inside the period moved
  // them into or out of participation (out of it: they were one until then).
  const atEnd = rows<{ kind: 'queue' | 'participant' | 'supported'; serviceId: number | null; days: number | null; gender: string | null; assigneeId: number | null; n: number }>(sql`
    WITH at_end AS MATERIALIZED (${statusAt(end)}),
    reassigned AS (SELECT DISTINCT referral_id FROM referral_events WHERE type = 'assigned' AND at >= ${end}),
    changed_in_period AS (
      SELECT e.referral_id AS id FROM referral_events e
      WHERE e.to_status IS NOT NULL AND e.at >= ${start} AND e.at < ${end}
        AND (e.to_status IN (${list(participantStatuses)}) OR e.from_status IN (${list(participantStatuses)}))
    )
    SELECT 'queue' AS kind, service_id AS "serviceId", ${args.to}::date - ${swedishDate(sql`received_at`)} AS days,
           NULL AS gender, NULL::int AS "assigneeId", count(*)::int AS n
    FROM at_end WHERE status IN (${list(queueStatuses)}) GROUP BY 2, 3
    UNION ALL
    SELECT 'queue', t.service_id, ${args.to}::date - t.received_day::date, NULL, NULL, sum(t.n)::int
    FROM referral_tallies t
    WHERE ${tallied('queued', false)} AND t.entered_day::date <= ${args.to}::date AND t.day::date > ${args.to}::date
    GROUP BY 2, 3
    UNION ALL
    SELECT 'participant', service_id, NULL, gender, coach, count(*)::int
    FROM (
      SELECT a.service_id, a.applicant_gender::text AS gender,
        CASE WHEN reassigned.referral_id IS NULL THEN a.assignee_id ELSE (
          SELECT e.assignee_id FROM referral_events e
          WHERE e.referral_id = a.id AND e.type = 'assigned' AND e.at < ${end}
          ORDER BY e.at DESC, e.id DESC LIMIT 1
        ) END AS coach
      FROM at_end a LEFT JOIN reassigned ON reassigned.referral_id = a.id
      WHERE a.status IN (${list(participantStatuses)})
    ) participants
    GROUP BY 2, 4, 5
    UNION ALL
    SELECT 'supported', NULL, NULL, r.applicant_gender::text, NULL, count(*)::int
    FROM referrals r
    WHERE ${counted} AND (
      r.id IN (SELECT id FROM at_end WHERE status IN (${list(participantStatuses)})) OR r.id IN (SELECT id FROM changed_in_period)
    )
    GROUP BY 4`)
  const fromEnd = <T>(kind: 'queue' | 'participant' | 'supported', shape: (row: Awaited<typeof atEnd>[number]) => T) =>
    atEnd.then((all) => all.filter((r) => r.kind === kind).map(shape))

  const queries: { [K in keyof FollowUpRows]: Promise<FollowUpRows[K]> } = {
    inflow: newReferrals.then((all) => all.filter((r) => r.kind === 'month').map(({ serviceId, month, n }) => ({ serviceId, month, n }))),
    sources: newBy('source'),
    heardFrom: newBy('heardFrom'),

    queueDays: fromEnd('queue', (r) => ({ serviceId: r.serviceId!, days: r.days!, n: r.n })),
    enrolledAtEnd: fromEnd('participant', (r) => ({ gender: r.gender, n: r.n })),
    supported: fromEnd('supported', (r) => ({ gender: r.gender, n: r.n })),
    caseload: fromEnd('participant', (r) => ({ serviceId: r.serviceId!, assigneeId: r.assigneeId, n: r.n })),
    // Left the queue for anything but a pause in the window before the end: the pace of the estimate.
    leftQueue: rows(sql`
      SELECT x.service_id AS "serviceId", sum(x.n)::int AS n FROM (
        SELECT r.service_id, count(*) AS n
        FROM referral_events e JOIN referrals r ON r.id = e.referral_id
        WHERE ${counted} AND e.type = 'statusChange'
          AND e.from_status IN (${list(queueStatuses)}) AND e.to_status NOT IN (${list(stillWaiting)})
          AND e.at >= ${startOfDay(args.to, 1 - estimateWindowDays)} AND e.at < ${end}
        GROUP BY 1
        UNION ALL
        SELECT t.service_id, sum(t.n) FROM referral_tallies t
        WHERE ${tallied('queued', false)} AND t.status NOT IN (${list(stillWaiting)})
          AND t.day::date BETWEEN ${args.to}::date + ${1 - estimateWindowDays}::int AND ${args.to}::date
        GROUP BY 1
      ) x GROUP BY 1`),
    queueNow: rows(sql`
      SELECT r.service_id AS "serviceId", count(*)::int AS n
      FROM referrals r WHERE ${counted} AND r.status IN (${list(queueStatuses)}) GROUP BY 1`),
    queueDeltas: rows(sql`
      SELECT r.service_id AS "serviceId", width_bucket(e.at, ${monthEndInstants}) AS bucket,
             sum((e.to_status IN (${list(queueStatuses)}))::int - coalesce(e.from_status IN (${list(queueStatuses)}), false)::int)::int AS delta
      FROM referral_events e JOIN referrals r ON r.id = e.referral_id
      WHERE e.to_status IS NOT NULL AND e.at >= (${monthEndInstants})[1] AND ${counted}
        AND (e.to_status IN (${list(queueStatuses)})) IS DISTINCT FROM coalesce(e.from_status IN (${list(queueStatuses)}), false)
      GROUP BY 1, 2
      UNION ALL
      SELECT t.service_id, width_bucket(${startOfDayOf(sql`s.day`)}, ${monthEndInstants}), sum(s.delta * t.n)::int
      FROM referral_tallies t CROSS JOIN LATERAL (VALUES (t.entered_day, 1), (t.day, -1)) s(day, delta)
      WHERE ${tallied('queued', false)} AND ${startOfDayOf(sql`s.day`)} >= (${monthEndInstants})[1]
      GROUP BY 1, 2`),

    closings: rows(sql`
      SELECT e.to_status::text AS status, e.outcome::text AS outcome, r.applicant_gender::text AS gender,
             to_char(e.at AT TIME ZONE ${timeZone}, 'YYYY-MM') AS month, count(*)::int AS n
      FROM referral_events e JOIN referrals r ON r.id = e.referral_id
      WHERE ${counted} AND e.type = 'statusChange' AND e.to_status IN (${list(closingStatuses)})
        AND e.at >= ${start} AND e.at < ${end}
      GROUP BY 1, 2, 3, 4
      UNION ALL
      SELECT t.status, NULL, t.gender, to_char(t.day::date, 'YYYY-MM'), sum(t.n)::int
      FROM referral_tallies t WHERE ${tallied('closing')}
      GROUP BY 1, 3, 4`),
    firstContact: durations(sql`r.first_contact_at`, 'firstContact'),
    enrolment: durations(sql`r.enrolled_at`),

    targets: rows(sql`
      SELECT id AS "serviceId", caseload_target::float8 AS "caseloadTarget" FROM services
      WHERE ${serviceIds.length ? sql`id IN (${list(serviceIds)})` : sql`true`}`),
  }

  const entries = await Promise.all(Object.entries(queries).map(async ([key, query]) => [key, await query] as const))
  return shapeFollowUpReport({ from: args.from, to: args.to }, serviceIds, Object.fromEntries(entries) as unknown as FollowUpRows)
}
