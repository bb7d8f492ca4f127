import type { Payload } from 'payload'

import { sql, type SQL } from '@payloadcms/db-postgres/drizzle'

import {
  checkReportPeriod,
  type DurationRow,
  estimateWindowDays,
  firstContactGoalDays,
  type FollowUpReport,
  type FollowUpRows,
  monthEnds,
  percentiles,
  queueStatuses,
  shapeFollowUpReport,
  startOfDay,
} from '../../domain'
import { limitedRunner, replicaRunner, type SqlRunner, tables } from '../sql'
import { attributionRows } from './attribution'
import { type NewReferralRows, newReferralRows } from './newReferrals'
import { participantRows } from './participants'
import { startRows } from './starts'
import { susRows } from './sus'

export interface FollowUpReportArgs {
  /** First day of the period, 'YYYY-MM-DD', included. */
  from: string
  /** Last day of the period, 'YYYY-MM-DD', included. */
  to: string
  /** The services to report on; empty or missing means all services. */
  serviceIds?: readonly number[]
}

/**
 * Days are Swedish calendar days, whatever the server's or the database's time zone. The referrals'
 * own Swedish days are generated columns in this zone (migration report_reads).
 */
const timeZone = 'Europe/Stockholm'

const list = (values: readonly (string | number)[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )
/**
 * 00:00 Swedish time on `date`, as a constant: the planner sees the instant itself, and PostgreSQL does
 * not redo the time-zone arithmetic for every row it compares.
 */
const dayStart = (date: string, plusDays = 0) =>
  sql`${startOfDay(date, plusDays, timeZone).toISOString()}::timestamptz`
/** The Swedish calendar date of a timestamp. */
const swedishDate = (column: SQL) => sql`(${column} AT TIME ZONE ${timeZone})::date`
/** 00:00 Swedish time on a 'YYYY-MM-DD' column. */
const startOfDayOf = (column: SQL) => sql`(${column}::date::timestamp AT TIME ZONE ${timeZone})`

/** How many of its statements a report runs at a time. */
const reportConnections = 3

/** Statuses that do not count as leaving the queue: still queued, or only paused. */
const stillWaiting = [...queueStatuses, 'onHold']

/**
 * The follow-up figures for a period, as SQL aggregates over the referrals and their stays.
 *
 * Edges: the period runs from 00:00 Swedish time on `from` up to, not including, 00:00 on the day after
 * `to`. "At the end date" means at the end of that day.
 *
 * Which referrals count: those of the chosen services as they stand now. A referral moved to another
 * service (event `moved`) counts in its current service for every date, the way its queue place and
 * received date move with it. A merged duplicate (status `merged`) counts nowhere: it was never a
 * separate person's referral, so it is neither inflow, nor in the queue, nor a closing; its twin counts.
 *
 * Where a referral was at an instant comes from `referral_stays` (see its migration): its history as
 * unbroken stretches in the queue, paused, as a participant or closed, kept by the database from the
 * status events. A stay covers the instants after it starts up to and including when it ends, so a
 * status event exactly at an instant has not happened yet then. Gender, source and how they heard are
 * the referral's as recorded now.
 *
 * Referrals that retention deleted count through the tallies they left behind (`referral_tallies`,
 * Swedish days): their inflow, queue stays, closings and first contacts, so a past period's figures
 * are the same after the deletion as before it.
 */
export const followUpReport = async (
  payload: Payload,
  args: FollowUpReportArgs,
  run: SqlRunner = replicaRunner(payload),
): Promise<FollowUpReport> => (await followUpReports(payload, args, [], run)).report

/**
 * The report, and the reports of some groups of its services (the units' own reports, for masking
 * across units) from the same rows: the statements run once over all the services, every row carries
 * its service, and each group's report is shaped from its services' rows (the attribution's
 * activities with the services they name, as they count by them).
 */
export const followUpReports = async (
  payload: Payload,
  args: FollowUpReportArgs,
  groups: readonly (readonly number[])[],
  run: SqlRunner = replicaRunner(payload),
): Promise<{ report: FollowUpReport; groups: FollowUpReport[] }> => {
  const problem = checkReportPeriod(args)
  if (problem) throw new RangeError(problem)
  const serviceIds = [...(args.serviceIds ?? [])]
  const start = dayStart(args.from)
  const end = dayStart(args.to, 1)
  // A report takes a few of the pool's connections, not all: the others stay free for staff at work,
  // and a small database server does the statements no slower a few at a time.
  const limited = limitedRunner(run, reportConnections)
  const all = await reportRows(limited, args, serviceIds)
  const pick = servicePicker()
  const attributions = await attributionRows(limited, {
    start,
    end,
    timeZone,
    groups: [serviceIds, ...groups].map((ids, index) => ({
      serviceIds: ids,
      referrals: index === 0 ? all.campaigns : pick(all.campaigns, ids),
    })),
  })
  const shape = (ids: readonly number[], index: number) =>
    shapeFollowUpReport({ from: args.from, to: args.to }, ids, {
      ...rowsOf(all, index === 0 ? null : ids, pick),
      attribution: attributions[index],
    })
  return {
    report: shape(serviceIds, 0),
    groups: groups.map((ids, i) => shape(ids, i + 1)),
  }
}

/** The conditions on the chosen services (all when none) of referrals `r` and tallies `t`. */
const conditionsOf = (args: FollowUpReportArgs, serviceIds: readonly number[]) => {
  const inServices = (column: SQL) =>
    serviceIds.length ? sql`${column} IN (${list(serviceIds)})` : sql`true`
  /** Tally rows of one kind for the chosen services; `inPeriod`: whose `day` falls in the period. */
  const tallied = (
    kind: string,
    inPeriod = true,
  ) => sql`t.kind = ${kind} AND ${inServices(sql`t.service_id`)}
    ${inPeriod ? sql`AND t.day::date BETWEEN ${args.from}::date AND ${args.to}::date` : sql``}`
  return {
    inServices,
    tallied,
    counted: sql`${inServices(sql`r.service_id`)} AND r.status <> 'merged'`,
  }
}

/** Whole Swedish days to a milestone, by service: how many reached it after how many days. */
type DaysRow = { serviceId: number; days: number; n: number }

/** The report's rows over all its services, each with its service, but the attribution's. */
type AllRows = Omit<
  FollowUpRows,
  'firstContact' | 'enrolment' | 'attribution' | 'enrolledAtEnd' | 'caseload'
> & {
  participants: readonly {
    serviceId: number
    gender: string | null
    assigneeId: number | null
    n: number
  }[]
  firstContactDays: readonly DaysRow[]
  enrolmentDays: readonly DaysRow[]
  campaigns: NewReferralRows['campaigns']
}

/** Picks the rows of some of the services from a list of rows (see servicePicker). */
type PickServices = <T extends { serviceId: number }>(
  rows: readonly T[],
  ids: readonly number[],
) => T[]

/**
 * Picks the rows of some of the services: each list of rows is sorted into its services once, the first
 * time a group asks for it, not filtered again for every group (tens of thousands of rows, a group per
 * unit).
 */
const servicePicker = (): PickServices => {
  const byList = new WeakMap<readonly object[], Map<number, object[]>>()
  return <T extends { serviceId: number }>(rows: readonly T[], ids: readonly number[]) => {
    let byService = byList.get(rows) as Map<number, T[]> | undefined
    if (!byService) {
      byService = new Map()
      for (const row of rows) {
        const mine = byService.get(row.serviceId)
        if (mine) mine.push(row)
        else byService.set(row.serviceId, [row])
      }
      byList.set(rows, byService)
    }
    const found = byService
    return ids.flatMap((id) => found.get(id) ?? [])
  }
}

/** The durations per service and for them all, as `percentile_cont` gives them over the days. */
const durationRows = (days: readonly DaysRow[]): DurationRow[] => {
  const figures = (mine: readonly DaysRow[], serviceId: number | null): DurationRow => {
    const [median, p90] = percentiles(
      mine.map((d) => ({ value: d.days, n: d.n })),
      [0.5, 0.9],
    )
    return {
      serviceId,
      n: mine.reduce((a, d) => a + d.n, 0),
      withinGoal: mine.filter((d) => d.days <= firstContactGoalDays).reduce((a, d) => a + d.n, 0),
      median,
      p90,
    }
  }
  if (!days.length) return []
  const ids = [...new Set(days.map((d) => d.serviceId))]
  return [
    ...ids.map((id) =>
      figures(
        days.filter((d) => d.serviceId === id),
        id,
      ),
    ),
    figures(days, null),
  ]
}

/** The rows of some of the services (`null`: all of them), as the report shapes them. */
const rowsOf = (
  all: AllRows,
  ids: readonly number[] | null,
  pick: PickServices,
): Omit<FollowUpRows, 'attribution'> => {
  const mine = <T>(rows: readonly T[]): T[] =>
    ids ? pick(rows as readonly (T & { serviceId: number })[], ids) : [...rows]
  const participants = mine(all.participants)
  return {
    inflow: mine(all.inflow),
    sources: mine(all.sources),
    heardFrom: mine(all.heardFrom),
    queueDays: mine(all.queueDays),
    leftQueue: mine(all.leftQueue),
    queueStays: mine(all.queueStays),
    closings: mine(all.closings),
    enrolledAtEnd: participants.map(({ gender, n }) => ({ gender, n })),
    supported: mine(all.supported),
    caseload: participants.map(({ serviceId, assigneeId, n }) => ({ serviceId, assigneeId, n })),
    firstContact: durationRows(mine(all.firstContactDays)),
    enrolment: durationRows(mine(all.enrolmentDays)),
    targets: mine(all.targets),
    yearTargets: mine(all.yearTargets ?? []),
    starts: all.starts && {
      started: mine(all.starts.started),
      milestoneDays: mine(all.starts.milestoneDays),
      starts: mine(all.starts.starts),
      tenure: mine(all.starts.tenure),
    },
    sus: all.sus && {
      participants: mine(all.sus.participants),
      profile: mine(all.sus.profile),
      closings: mine(all.sus.closings),
      registered: mine(all.sus.registered),
      expected: mine(all.sus.expected),
    },
  }
}

const reportRows = async (
  run: SqlRunner,
  args: FollowUpReportArgs,
  serviceIds: readonly number[],
): Promise<AllRows> => {
  const start = dayStart(args.from)
  const end = dayStart(args.to, 1)
  const { inServices, tallied, counted } = conditionsOf(args, serviceIds)
  /** Stays of the chosen services in `phase` (merged referrals have none). */
  const stays = (phase: 'queue' | 'participant' | 'closed') =>
    sql`s.phase = ${phase} AND ${inServices(sql`s.service_id`)}`
  /** Stays that cover `instant`: begun before it, ended at or after it. */
  const covering = (instant: SQL) => sql`s.started_at < ${instant} AND s.ended_at >= ${instant}`
  const rows = async <T>(query: SQL) => (await run(query)).rows as unknown as T[]

  // The month ends as instants, in order (the last is the end of the period): bucket k of a time is how
  // many of them come at or before it, so within the period bucket k is its (k+1)th month.
  const ends = monthEnds(args)
  const monthEndInstants = sql`ARRAY[${sql.join(
    ends.map((d) => dayStart(d, 1)),
    sql`, `,
  )}]`
  const monthOf = (column: SQL) =>
    sql`(ARRAY[${list(ends.map((d) => d.slice(0, 7)))}]::text[])[width_bucket(${column}, ${monthEndInstants}) + 1]`

  // The longest reads first: with the runner's few connections, the rest fill in around them.
  // Everyone who was a participant during the period, read once for the figures that count them.
  const periodParticipants = participantRows(run, {
    from: args.from,
    to: args.to,
    start,
    end,
    inServices,
  })
  const roadToWork = startRows(run, { from: args.from, to: args.to, counted, inServices })
  const susOfPeriod = susRows(run, { start, end, inServices })
  const newReferrals = newReferralRows(run, {
    start,
    end,
    counted,
    talliedReceived: tallied('received'),
    monthOf,
  })

  // Durations in whole Swedish calendar days from the day the referral came in, for everyone who reached
  // the milestone during the period; per service, and for all the chosen services together. Deleted
  // referrals reached first contact at most (never enrolment): their tallies count once per referral.
  // The days of each referral are worked out when it is written (see migration report_reads). In order
  // of days, so that the percentiles sort runs already in order.
  const durations = (milestone: SQL, days: SQL, tallyKind?: string) =>
    rows<DaysRow>(sql`
    SELECT x.service_id AS "serviceId", x.days, count(*)::int AS n
    FROM (
      SELECT r.service_id, ${days} AS days
      FROM ${tables.referrals} r WHERE ${counted} AND ${milestone} >= ${start} AND ${milestone} < ${end}
      ${
        tallyKind
          ? sql`UNION ALL
      SELECT t.service_id, t.day::date - t.received_day::date FROM ${tables.referralTallies} t CROSS JOIN generate_series(1, t.n::int)
      WHERE ${tallied(tallyKind)}`
          : sql``
      }
    ) x
    GROUP BY 1, 2
    ORDER BY 2`)

  // Participants at the end date by service, gender and coach. The coach is the current one, unless they
  // were assigned after the end; then the last assignment before it (an assignment event holds the new
  // coach only). Those assigned after the end are a hashed set: one pass over the assignments, not an
  // index probe per participant.
  const participants = rows<{
    serviceId: number
    gender: string | null
    assigneeId: number | null
    n: number
  }>(sql`
    SELECT s.service_id AS "serviceId", s.gender, CASE WHEN s.referral_id IN (
      SELECT a.referral_id FROM ${tables.referralEvents} a WHERE a.type = 'assigned' AND a.at >= ${end}
    ) THEN (
      SELECT e.assignee_id FROM ${tables.referralEvents} e
      WHERE e.referral_id = s.referral_id AND e.type = 'assigned' AND e.at < ${end}
      ORDER BY e.at DESC, e.id DESC LIMIT 1
    ) ELSE s.assignee_id END AS "assigneeId", count(*)::int AS n
    FROM ${tables.referralStays} s
    WHERE ${stays('participant')} AND ${covering(end)}
    GROUP BY 1, 2, 3`)

  // The services' targets by year: the key figures' and the SUS tables' expected participants.
  const yearTargets = rows<NonNullable<AllRows['yearTargets']>[number]>(sql`
      SELECT _parent_id AS "serviceId", year::int AS year, people_supported::int AS "peopleSupported",
             max_wait_days::int AS "maxWaitDays", share_into_work_or_studies::float8 AS "shareIntoWorkOrStudies"
      FROM ${tables.servicesTargets} WHERE ${inServices(sql`_parent_id`)}`)

  const queries: { [K in keyof AllRows]: Promise<AllRows[K]> } = {
    inflow: newReferrals.then((r) => r.inflow),
    sources: newReferrals.then((r) => r.sources),
    heardFrom: newReferrals.then((r) => r.heardFrom),
    campaigns: newReferrals.then((r) => r.campaigns),

    // The queue at the end date, by how many days each had waited since the day they came in.
    queueDays: rows(sql`
      SELECT s.service_id AS "serviceId", ${args.to}::date - ${swedishDate(sql`s.received_at`)} AS days, count(*)::int AS n
      FROM ${tables.referralStays} s WHERE ${stays('queue')} AND ${covering(end)}
      GROUP BY 1, 2
      UNION ALL
      SELECT t.service_id, ${args.to}::date - t.received_day::date, sum(t.n)::int
      FROM ${tables.referralTallies} t
      WHERE ${tallied('queued', false)} AND t.entered_day::date <= ${args.to}::date AND t.day::date > ${args.to}::date
      GROUP BY 1, 2`),
    participants,
    supported: periodParticipants.then((p) => p.supported),
    // Left the queue for anything but a pause in the window before the end: the pace of the estimate.
    leftQueue: rows(sql`
      SELECT x.service_id AS "serviceId", sum(x.n)::int AS n FROM (
        SELECT s.service_id, count(*) AS n
        FROM ${tables.referralStays} s
        WHERE ${stays('queue')} AND s.next_phase <> 'paused'
          AND s.ended_at >= ${dayStart(args.to, 1 - estimateWindowDays)} AND s.ended_at < ${end}
        GROUP BY 1
        UNION ALL
        SELECT t.service_id, sum(t.n) FROM ${tables.referralTallies} t
        WHERE ${tallied('queued', false)} AND t.status NOT IN (${list(stillWaiting)})
          AND t.day::date BETWEEN ${args.to}::date + ${1 - estimateWindowDays}::int AND ${args.to}::date
        GROUP BY 1
      ) x GROUP BY 1`),
    // Every queue stay that covers some month end, by how many month ends come before its start and end.
    queueStays: rows(sql`
      SELECT s.service_id AS "serviceId", width_bucket(s.started_at, ${monthEndInstants}) AS "startBucket",
             width_bucket(s.ended_at, ${monthEndInstants}) AS "endBucket", count(*)::int AS n
      FROM ${tables.referralStays} s
      WHERE ${stays('queue')} AND s.ended_at >= (${monthEndInstants})[1] AND s.started_at < ${end}
      GROUP BY 1, 2, 3
      UNION ALL
      SELECT t.service_id, width_bucket(${startOfDayOf(sql`t.entered_day`)}, ${monthEndInstants}),
             width_bucket(${startOfDayOf(sql`t.day`)}, ${monthEndInstants}), sum(t.n)::int
      FROM ${tables.referralTallies} t
      WHERE ${tallied('queued', false)} AND ${startOfDayOf(sql`t.day`)} >= (${monthEndInstants})[1]
      GROUP BY 1, 2, 3`),

    // A closing starts a closed stay: the closing statuses lead nowhere but back to the queue.
    closings: rows(sql`
      SELECT s.service_id AS "serviceId", s.status, s.outcome, s.gender, ${monthOf(sql`s.started_at`)} AS month, count(*)::int AS n
      FROM ${tables.referralStays} s WHERE ${stays('closed')} AND s.started_at >= ${start} AND s.started_at < ${end}
      GROUP BY 1, 2, 3, 4, 5
      UNION ALL
      SELECT t.service_id, t.status, NULL, t.gender, to_char(t.day::date, 'YYYY-MM'), sum(t.n)::int
      FROM ${tables.referralTallies} t WHERE ${tallied('closing')}
      GROUP BY 1, 2, 4, 5`),
    firstContactDays: durations(
      sql`r.first_contact_at`,
      sql`r.report_first_contact_days`,
      'firstContact',
    ),
    enrolmentDays: durations(sql`r.enrolled_at`, sql`r.report_enrolment_days`),

    targets: rows(sql`
      SELECT id AS "serviceId", caseload_target::float8 AS "caseloadTarget" FROM ${tables.services} WHERE ${inServices(sql`id`)}`),
    yearTargets,
    starts: Promise.all([periodParticipants, roadToWork]).then(([{ started }, starts]) => ({
      started,
      ...starts,
    })),
    sus: Promise.all([periodParticipants, susOfPeriod, yearTargets]).then(
      ([{ actionPlan, profile }, sus, targets]) => ({
        participants: actionPlan,
        profile,
        ...sus,
        expected: targets.flatMap(({ serviceId, year, peopleSupported }) =>
          peopleSupported == null ? [] : [{ serviceId, year, count: peopleSupported }],
        ),
      }),
    ),
  }

  const entries = await Promise.all(
    Object.entries(queries).map(async ([key, query]) => [key, await query] as const),
  )
  return Object.fromEntries(entries) as unknown as AllRows
}
