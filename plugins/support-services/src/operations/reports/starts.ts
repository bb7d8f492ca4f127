import { sql, type SQL } from '@payloadcms/db-postgres/drizzle'

import { jobStartKinds, type StartRows } from '../../domain'
import { type SqlRunner, tables } from '../sql'

export interface StartsQuery {
  /** The period as Swedish days, 'YYYY-MM-DD', both included. */
  from: string
  to: string
  /** The condition on referral `r` that the rest of the report counts by (services, not merged). */
  counted: SQL
}

const list = (values: readonly string[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )

/**
 * The rows of the starts' figures (see domain/report/starts.ts) but who started (participants.ts), each
 * with its service, from the road-to-work records in the referrals' history (`referral_events`:
 * `workStart`, `workEnd`, `employerContact`; each with the day it happened in `date`). Only enrolled people have these records, and retention deletes no referral that
 * was ever a case; anonymisation keeps the records' days, kinds, sectors and hours. So the figures of a
 * past period stay the same after retention without tallies.
 */
export const startRows = async (
  run: SqlRunner,
  { from, to, counted }: StartsQuery,
): Promise<Omit<StartRows, 'started'>> => {
  const rows = async <T>(query: SQL) => (await run(query)).rows as unknown as T[]

  const [milestoneDays, { starts, jobSpans }] = await Promise.all([
    // A participant's first employer contact and first start (of all time) that came in the period,
    // in days from the Swedish day of enrolment (a column of the referral, see migration report_reads):
    // the first record of each kind up to the period's end (one index range, in the index's order by
    // kind, referral and day, so the first of each is the front of its run and no aggregate compares
    // the days), kept when it falls in the period.
    rows<StartRows['milestoneDays'][number]>(sql`
      SELECT r.service_id AS "serviceId", CASE m.type WHEN 'workStart' THEN 'start' ELSE 'employerContact' END AS milestone,
             m.first::date - r.report_enrolled_day AS days, count(*)::int AS n
      FROM (
        SELECT DISTINCT ON (e.type, e.referral_id) e.referral_id, e.type, e.date AS first FROM ${tables.referralEvents} e
        WHERE e.type IN ('workStart', 'employerContact') AND e.date <= ${to}
        ORDER BY e.type, e.referral_id, e.date
      ) m JOIN ${tables.referrals} r ON r.id = m.referral_id
      -- Enrolled referrals only, so the index of them is read rather than every referral.
      WHERE m.first >= ${from} AND ${counted} AND r.enrolled_at IS NOT NULL
        AND r.report_enrolled_day <= m.first::date
      GROUP BY 1, 2, 3`),
    startsOfPeriod(run, { from, to, counted }),
  ])
  return { milestoneDays, starts, jobSpans }
}

type StartOfPeriodRow = StartRows['starts'][number] & {
  set: 'starts' | 'jobSpans'
  serviceId: number
  startDate: string | null
  endDate: string | null
}

/**
 * The starts of the period counted by kind, sector and gender, and the job starts by their first and
 * last day (whether they lasted): one read of the starts (a materialised set, each with its end if it
 * has one: a start has at most one), counted twice.
 */
const startsOfPeriod = async (
  run: SqlRunner,
  { from, to, counted }: Pick<StartsQuery, 'counted' | 'from' | 'to'>,
): Promise<Pick<StartRows, 'jobSpans' | 'starts'>> => {
  const { rows } = await run(sql`
    WITH w AS MATERIALIZED (
      SELECT r.service_id, r.applicant_gender AS gender, e.work_start_kind AS kind, e.work_start_school_kind AS school_kind,
             e.work_start_sector AS sector, e.date AS start_date, x.date AS end_date
      FROM ${tables.referralEvents} e JOIN ${tables.referrals} r ON r.id = e.referral_id
      LEFT JOIN ${tables.referralEvents} x ON x.type = 'workEnd' AND x.work_end_start_id = e.id
      WHERE e.type = 'workStart' AND e.date BETWEEN ${from} AND ${to} AND ${counted}
    )
    SELECT 'starts' AS set, service_id AS "serviceId", kind::text AS kind, school_kind::text AS "schoolKind",
           sector::text AS sector, gender::text AS gender, NULL AS "startDate", NULL AS "endDate", count(*)::int AS n
    FROM w GROUP BY 2, 3, 4, 5, 6
    UNION ALL
    SELECT 'jobSpans', service_id, NULL, NULL, NULL, NULL, start_date, end_date, count(*)::int
    FROM w WHERE kind IN (${list(jobStartKinds)}) GROUP BY 2, 7, 8`)
  const all = rows as unknown as StartOfPeriodRow[]
  return {
    starts: all
      .filter((r) => r.set === 'starts')
      .map(({ serviceId, kind, schoolKind, sector, gender, n }) => ({
        serviceId,
        kind,
        schoolKind,
        sector,
        gender,
        n,
      })),
    jobSpans: all
      .filter((r) => r.set === 'jobSpans')
      .map(({ serviceId, startDate, endDate, n }) => ({
        serviceId,
        startDate: startDate!,
        endDate,
        n,
      })),
  }
}
