import { sql, type SQL } from '@payloadcms/db-postgres/drizzle'

import { jobStartKinds, type StartRows, tenureByService, tenureMonths } from '../../domain'
import { type SqlRunner, tables } from '../sql'

export interface StartsQuery {
  /** The period as Swedish days, 'YYYY-MM-DD', both included. */
  from: string
  to: string
  /** The condition on referral `r` that the rest of the report counts by (services, not merged). */
  counted: SQL
  /** The condition on a service id column for the chosen services. */
  inServices: (column: SQL) => SQL
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
  { from, to, counted, inServices }: StartsQuery,
): Promise<Omit<StartRows, 'started'>> => {
  const rows = async <T>(query: SQL) => (await run(query)).rows as unknown as T[]

  const [milestoneDays, { starts, tenure }] = await Promise.all([
    // A participant's first employer contact and first start (of all time) that came in the period, in
    // days from the Swedish day of enrolment: both days are columns of the referral, kept by the
    // database (migrations report_reads and report_milestones), read from an index of each. In order
    // of days, so that the percentiles sort runs already in order.
    rows<StartRows['milestoneDays'][number]>(sql`
      SELECT r.service_id AS "serviceId", 'employerContact' AS milestone,
             r.report_first_employer_contact_day - r.report_enrolled_day AS days, count(*)::int AS n
      FROM ${tables.referrals} r
      WHERE r.report_first_employer_contact_day BETWEEN ${from}::date AND ${to}::date AND ${counted}
        AND r.report_enrolled_day <= r.report_first_employer_contact_day
      GROUP BY 1, 3
      UNION ALL
      SELECT r.service_id, 'start', r.report_first_start_day - r.report_enrolled_day, count(*)::int
      FROM ${tables.referrals} r
      WHERE r.report_first_start_day BETWEEN ${from}::date AND ${to}::date AND ${counted}
        AND r.report_enrolled_day <= r.report_first_start_day
      GROUP BY 1, 3
      ORDER BY days`),
    startsOfPeriod(run, { from, to, inServices }),
  ])
  return { milestoneDays, starts, tenure }
}

type StartOfPeriodRow = StartRows['starts'][number] & {
  set: 'starts' | 'jobSpans'
  serviceId: number
  startDate: string | null
  endDate: string | null
}

/**
 * The starts of the period counted by kind, sector and gender, and the job starts by their first and
 * last day (whether they lasted): one read of the period's range of `referral_starts` (each start with
 * its referral's service and gender and its end, kept by the database: migration referral_starts),
 * counted twice. Whether the job starts lasted is counted once per service; the reports, of all the
 * services and of each unit, add up their services.
 */
const startsOfPeriod = async (
  run: SqlRunner,
  { from, to, inServices }: Pick<StartsQuery, 'from' | 'inServices' | 'to'>,
): Promise<{
  starts: (StartRows['starts'][number] & { serviceId: number })[]
  tenure: StartRows['tenure'][number][]
}> => {
  const { rows } = await run(sql`
    WITH w AS MATERIALIZED (
      SELECT s.service_id, s.gender, s.kind, s.school_kind, s.sector, s.day, s.end_day
      FROM ${tables.referralStarts} s
      WHERE s.day BETWEEN ${from}::date AND ${to}::date AND ${inServices(sql`s.service_id`)}
    )
    SELECT 'starts' AS set, service_id AS "serviceId", kind, school_kind AS "schoolKind", sector, gender,
           NULL AS "startDate", NULL AS "endDate", count(*)::int AS n
    FROM w GROUP BY service_id, kind, school_kind, sector, gender
    UNION ALL
    SELECT 'jobSpans', service_id, NULL, NULL, NULL, NULL, to_char(day, 'YYYY-MM-DD'), to_char(end_day, 'YYYY-MM-DD'), count(*)::int
    FROM w WHERE kind IN (${list(jobStartKinds)}) GROUP BY 2, day, end_day`)
  const all = rows as unknown as StartOfPeriodRow[]
  const spans = all
    .filter((r) => r.set === 'jobSpans')
    .map(({ serviceId, startDate, endDate, n }) => ({
      serviceId,
      startDate: startDate!,
      endDate,
      n,
    }))
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
    tenure: tenureMonths.flatMap((months) => tenureByService(spans, months, to)),
  }
}
