import { sql, type SQL } from '@payloadcms/db-postgres/drizzle'

import { jobStartKinds, type StartRows } from '../../domain'
import { type SqlRunner, tables } from '../sql'

export interface StartsQuery {
  /** The period as Swedish days, 'YYYY-MM-DD', both included. */
  from: string
  to: string
  /** The period as instants: from `start` up to, not including, `end`. */
  start: SQL
  end: SQL
  /** The condition on referral `r` that the rest of the report counts by (services, not merged). */
  counted: SQL
  /** The condition on stay `s` of a participant of the chosen services. */
  participantStays: SQL
  timeZone: string
}

const list = (values: readonly string[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )

/**
 * The rows of the starts' figures, each with its service (see domain/report/starts.ts), from the road-to-work records in the
 * referrals' history (`referral_events`: `workStart`, `workEnd`, `employerContact`; each with the day it
 * happened in `date`). Only enrolled people have these records, and retention deletes no referral that
 * was ever a case; anonymisation keeps the records' days, kinds, sectors and hours. So the figures of a
 * past period stay the same after retention without tallies.
 */
export const startRows = async (
  run: SqlRunner,
  { from, to, start, end, counted, participantStays, timeZone }: StartsQuery,
): Promise<StartRows> => {
  const rows = async <T>(query: SQL) => (await run(query)).rows as unknown as T[]
  const inPeriod = (column: SQL) => sql`${column} BETWEEN ${from} AND ${to}`
  const startsOfPeriod = sql`e.type = 'workStart' AND ${inPeriod(sql`e.date`)}`

  const [started, milestoneDays, starts, jobSpans] = await Promise.all([
    // Participants at some moment of the period who started work or studies in it.
    rows<StartRows['started'][number]>(sql`
      SELECT p.service_id AS "serviceId", p.gender, count(*)::int AS n FROM (
        SELECT DISTINCT s.referral_id, s.service_id, s.gender FROM ${tables.referralStays} s
        WHERE ${participantStays} AND s.started_at < ${end} AND s.ended_at >= ${start}
      ) p
      WHERE EXISTS (SELECT 1 FROM ${tables.referralEvents} e WHERE e.referral_id = p.referral_id AND ${startsOfPeriod})
      GROUP BY 1, 2`),
    // A participant's first employer contact and first start (of all time) that came in the period,
    // in days from the Swedish day of enrolment: the first record of each kind up to the period's end
    // (one index range, in the index's order by kind, referral and day, so the first of each is the
    // front of its run and no aggregate compares the days), kept when it falls in the period.
    rows<StartRows['milestoneDays'][number]>(sql`
      SELECT x.service_id AS "serviceId", CASE x.type WHEN 'workStart' THEN 'start' ELSE 'employerContact' END AS milestone,
             x.days, count(*)::int AS n
      FROM (
        -- The Swedish day of enrolment worked out once per milestone (OFFSET 0 keeps it here).
        SELECT r.service_id, m.type, m.first::date - (r.enrolled_at AT TIME ZONE ${timeZone})::date AS days
        FROM (
          SELECT DISTINCT ON (e.type, e.referral_id) e.referral_id, e.type, e.date AS first FROM ${tables.referralEvents} e
          WHERE e.type IN ('workStart', 'employerContact') AND e.date <= ${to}
          ORDER BY e.type, e.referral_id, e.date
        ) m JOIN ${tables.referrals} r ON r.id = m.referral_id
        WHERE m.first >= ${from} AND ${counted} AND r.enrolled_at IS NOT NULL
        OFFSET 0
      ) x
      WHERE x.days >= 0
      GROUP BY x.service_id, x.type, x.days`),
    rows<StartRows['starts'][number]>(sql`
      SELECT r.service_id AS "serviceId", e.work_start_kind::text AS kind, e.work_start_school_kind::text AS "schoolKind",
             e.work_start_sector::text AS sector, r.applicant_gender::text AS gender, count(*)::int AS n
      FROM ${tables.referralEvents} e JOIN ${tables.referrals} r ON r.id = e.referral_id
      WHERE ${startsOfPeriod} AND ${counted}
      GROUP BY 1, 2, 3, 4, 5`),
    rows<StartRows['jobSpans'][number]>(sql`
      SELECT r.service_id AS "serviceId", e.date AS "startDate", x.date AS "endDate", count(*)::int AS n
      FROM ${tables.referralEvents} e JOIN ${tables.referrals} r ON r.id = e.referral_id
      LEFT JOIN ${tables.referralEvents} x ON x.type = 'workEnd' AND x.work_end_start_id = e.id
      WHERE ${startsOfPeriod} AND e.work_start_kind IN (${list(jobStartKinds)}) AND ${counted}
      GROUP BY 1, 2, 3`),
  ])
  return { started, milestoneDays, starts, jobSpans }
}
