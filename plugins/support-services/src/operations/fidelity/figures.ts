import type { Payload } from 'payload'

import { sql, type SQL } from '@payloadcms/db-postgres/drizzle'

import { rulesFromStored, type StoredEligibility } from '../../adapters/eligibilityRules'
import { slugs } from '../../defaults'
import {
  calendarDate,
  exclusionCriteria,
  type FidelityFigures,
  followAlongDays,
  jobStartKinds,
  startOfDay,
} from '../../domain'
import { replicaRunner, type SqlRunner, tables } from '../sql'

/** Days are Swedish calendar days, as in the follow-up report. */
const timeZone = 'Europe/Stockholm'

const list = (values: readonly string[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )
const swedishDate = (column: SQL) => sql`(${column} AT TIME ZONE ${timeZone})::date`

/** What the coaches record after a job start that shows they still support the person. */
const followUpTypes = ['contactAttempt', 'note', 'reassessment', 'employerContact']

/** The period a review's figures cover by default: the twelve months up to and including its date. */
export const reviewPeriod = (date: string) => {
  const [year, month, day] = date.split('-').map(Number)
  const from = calendarDate(new Date(Date.UTC(year - 1, month - 1, day + 1, 12)))
  return { from, to: date }
}

/**
 * The figures of one service for a period (see `FidelityFigures`), in one SQL statement: each part a
 * subquery that returns one JSON value. Which referrals count follows the follow-up report: the
 * service's as they stand now, merged duplicates nowhere; declines of referrals that retention deleted
 * count through their tallies.
 */
export const fidelityFigureRows = async (
  run: SqlRunner,
  { serviceId, from, to }: { serviceId: number; from: string; to: string },
): Promise<FidelityFigures> => {
  const start = sql`${startOfDay(from, 0, timeZone).toISOString()}::timestamptz`
  const end = sql`${startOfDay(to, 1, timeZone).toISOString()}::timestamptz`
  const ofService = sql`r.service_id = ${serviceId} AND r.status <> 'merged'`
  const stays = (phase: string) => sql`s.phase = ${phase} AND s.service_id = ${serviceId}`
  const tallied = (kind: string) =>
    sql`t.kind = ${kind} AND t.service_id = ${serviceId} AND t.day::date BETWEEN ${from}::date AND ${to}::date`
  const inPeriod = (column: SQL) => sql`${column} >= ${start} AND ${column} < ${end}`

  const { rows } = await run(sql`
    SELECT
      (SELECT json_build_object('participants', count(*), 'coaches', count(DISTINCT s.assignee_id),
                                'unassigned', count(*) FILTER (WHERE s.assignee_id IS NULL))
       FROM ${tables.referralStays} s
       WHERE ${stays('participant')} AND s.started_at < ${end} AND s.ended_at >= ${end}) AS caseload,
      json_build_object(
        'received', (SELECT count(*) FROM ${tables.referrals} r WHERE ${ofService} AND ${inPeriod(sql`r.received_at`)})
                    + (SELECT coalesce(sum(t.n), 0) FROM ${tables.referralTallies} t WHERE ${tallied('received')}),
        'declined', (SELECT count(*) FROM ${tables.referralStays} s
                     WHERE ${stays('closed')} AND s.status = 'declined' AND ${inPeriod(sql`s.started_at`)})
                    + (SELECT coalesce(sum(t.n), 0) FROM ${tables.referralTallies} t
                       WHERE ${tallied('closing')} AND t.status = 'declined')) AS declines,
      (SELECT json_build_object('enrolled', count(*),
                                'days', coalesce(json_agg(x.days) FILTER (WHERE x.days IS NOT NULL), '[]'))
       FROM (
         SELECT (SELECT min(e.date)::date FROM ${tables.referralEvents} e
                 WHERE e.referral_id = r.id AND e.type = 'employerContact') - ${swedishDate(sql`r.enrolled_at`)} AS days
         FROM ${tables.referrals} r WHERE ${ofService} AND ${inPeriod(sql`r.enrolled_at`)}
       ) x) AS "rapidSearch",
      (SELECT json_build_object(
         'jobs', count(*),
         'competitive', count(*) FILTER (WHERE e.work_start_kind = 'competitiveJob'),
         'withSector', count(e.work_start_sector),
         'sectors', count(DISTINCT e.work_start_sector),
         'followed', count(*) FILTER (WHERE EXISTS (
           SELECT 1 FROM ${tables.referralEvents} f
           WHERE f.referral_id = e.referral_id AND f.type IN (${list(followUpTypes)}) AND f.id <> e.id
             AND coalesce(f.date::date, ${swedishDate(sql`f.at`)}) BETWEEN e.date::date AND e.date::date + ${followAlongDays}::int)))
       FROM ${tables.referralEvents} e JOIN ${tables.referrals} r ON r.id = e.referral_id
       WHERE e.type = 'workStart' AND e.date BETWEEN ${from} AND ${to}
         AND e.work_start_kind IN (${list(jobStartKinds)}) AND ${ofService}) AS "jobStarts",
      (SELECT json_build_object('closed', count(*),
                                'stillSeeking', count(*) FILTER (WHERE s.outcome = 'jobSeeking'),
                                'days', coalesce(json_agg(${swedishDate(sql`s.started_at`)} - ${swedishDate(sql`r.enrolled_at`)})
                                                 FILTER (WHERE r.enrolled_at IS NOT NULL), '[]'))
       FROM ${tables.referralStays} s JOIN ${tables.referrals} r ON r.id = s.referral_id
       WHERE ${stays('closed')} AND s.status = 'closed' AND ${inPeriod(sql`s.started_at`)}) AS "supportTime"
  `)
  const row = rows[0] as {
    caseload: FidelityFigures['caseload']
    declines: FidelityFigures['declines']
    rapidSearch: FidelityFigures['rapidSearch']
    jobStarts: FidelityFigures['jobStarts'] & { followed: number }
    supportTime: FidelityFigures['supportTime']
  }
  const { followed, ...jobStarts } = row.jobStarts
  return {
    period: { from, to },
    caseload: row.caseload,
    declines: { received: Number(row.declines.received), declined: Number(row.declines.declined) },
    rapidSearch: row.rapidSearch,
    jobStarts,
    followAlong: { jobs: jobStarts.jobs, followed },
    supportTime: row.supportTime,
  }
}

export interface ReviewFigures {
  figures: FidelityFigures
  /** The exclusion criteria written into the service's eligibility rules. */
  criteria: string[]
}

/**
 * A review's figures: the SQL read, and the service's eligibility rules for the criteria that exclude.
 * Read with the system's rights: callers check that the user may review the service.
 */
export const reviewFigures = async (
  payload: Payload,
  args: { serviceId: number; from: string; to: string },
  run: SqlRunner = replicaRunner(payload),
): Promise<ReviewFigures> => {
  const [figures, service] = await Promise.all([
    fidelityFigureRows(run, args),
    payload.findByID({
      collection: slugs.services,
      id: args.serviceId,
      depth: 0,
      locale: 'sv',
      select: { eligibility: true },
      overrideAccess: true,
    }),
  ])
  const rules = rulesFromStored((service as { eligibility?: StoredEligibility }).eligibility)
  return { figures, criteria: exclusionCriteria(rules) }
}
