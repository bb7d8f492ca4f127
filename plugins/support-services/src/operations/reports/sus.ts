import { sql, type SQL } from '@payloadcms/db-postgres/drizzle'

import type { SusRows } from '../../domain'

import { type SqlRunner, tables } from '../sql'

export interface SusQuery {
  /** The period as Swedish days, 'YYYY-MM-DD', both included. */
  from: string
  to: string
  /** The period as instants: from `start` up to, not including, `end`. */
  start: SQL
  end: SQL
  /** The condition on a service id column for the chosen services. */
  inServices: (column: SQL) => SQL
}

type SusRow = {
  kind: 'participants' | 'closings' | 'registered' | 'expected'
  serviceId: number
  gender: string | null
  actionPlan: boolean | null
  incomeSource: string | null
  supportYears: string | null
  education: string | null
  age: number | null
  status: string | null
  outcome: string | null
  inPeriod: boolean | null
  year: number | null
  n: number
}

/**
 * The rows of the SUS figures (see domain/report/sus.ts) in one read, over `referral_stays` (who was a
 * participant when, and how they left) and the participants' records in `referral_events` (the latest
 * `profile`, any `actionPlan` up to the end), with the services' expected participants (their targets of people supported).
 *
 * A participant closing is a closed stay that begins where a participant stay ends. Those before the
 * period are counted from the participant stays alone (any stay after a participant's is a closing:
 * merged referrals have no stays); those in it are read with their status and outcome.
 */
export const susRows = async (
  run: SqlRunner,
  { to, start, end, inServices }: SusQuery,
): Promise<SusRows> => {
  const participant = sql`s.phase = 'participant' AND ${inServices(sql`s.service_id`)}`
  const { rows } = await run(sql`
    WITH p AS (
      SELECT DISTINCT s.referral_id, s.service_id, s.gender FROM ${tables.referralStays} s
      WHERE ${participant} AND s.started_at < ${end} AND s.ended_at >= ${start}
    ),
    -- Each referral's latest profile before the end, and who had an action plan by then: one range of
    -- the events each, hashed, rather than two index probes per participant. The order is the profile
    -- index's own (NULLS LAST), so the latest of each referral is the front of its range, unsorted.
    pr AS (
      SELECT DISTINCT ON (e.referral_id) e.referral_id, e.profile_income_source AS income,
             e.profile_support_years AS support, e.profile_education AS education, e.profile_age_at_enrolment AS age
      FROM ${tables.referralEvents} e
      WHERE e.type = 'profile' AND e.at < ${end}
      ORDER BY e.referral_id, e.at DESC NULLS LAST, e.id DESC NULLS LAST
    )
    SELECT 'participants' AS kind, p.service_id AS "serviceId", p.gender,
           p.referral_id IN (
             SELECT a.referral_id FROM ${tables.referralEvents} a WHERE a.type = 'actionPlan' AND a.date <= ${to}
           ) AS "actionPlan",
           pr.income::text AS "incomeSource", pr.support::text AS "supportYears",
           pr.education::text AS education, pr.age::int AS age,
           NULL AS status, NULL AS outcome, NULL::boolean AS "inPeriod", NULL::int AS year, count(*)::int AS n
    FROM p LEFT JOIN pr ON pr.referral_id = p.referral_id
    GROUP BY 2, 3, 4, 5, 6, 7, 8
    UNION ALL
    SELECT 'closings', c.service_id, c.gender, NULL, NULL, NULL, NULL, NULL, c.status, c.outcome, true, NULL, count(*)::int
    FROM ${tables.referralStays} c
    WHERE c.phase = 'closed' AND ${inServices(sql`c.service_id`)} AND c.started_at >= ${start} AND c.started_at < ${end}
      AND (c.referral_id, c.started_at) IN (
        SELECT s.referral_id, s.ended_at FROM ${tables.referralStays} s
        WHERE s.phase = 'participant' AND s.ended_at >= ${start} AND s.ended_at < ${end}
      )
    GROUP BY 2, 3, 9, 10
    UNION ALL
    SELECT 'closings', s.service_id, s.gender, NULL, NULL, NULL, NULL, NULL, 'closed', NULL, false, NULL, count(*)::int
    FROM ${tables.referralStays} s
    WHERE ${participant} AND s.ended_at < ${start} AND s.next_phase = 'closed'
    GROUP BY 2, 3
    UNION ALL
    -- The distinct participants of each service counted from a hashed set of them, not a sort.
    SELECT 'registered', r.service_id, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, count(*)::int
    FROM (
      SELECT DISTINCT s.service_id, s.referral_id FROM ${tables.referralStays} s
      WHERE ${participant} AND s.started_at < ${end}
    ) r
    GROUP BY 2
    UNION ALL
    SELECT 'expected', x._parent_id, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, x.year::int, x.people_supported::int
    FROM ${tables.servicesTargets} x
    WHERE ${inServices(sql`x._parent_id`)} AND x.people_supported IS NOT NULL`)
  const all = rows as unknown as SusRow[]
  const of = (kind: SusRow['kind']) => all.filter((r) => r.kind === kind)
  return {
    participants: of('participants').map((r) => ({
      serviceId: r.serviceId,
      gender: r.gender,
      actionPlan: Boolean(r.actionPlan),
      incomeSource: r.incomeSource,
      supportYears: r.supportYears,
      education: r.education,
      age: r.age,
      n: r.n,
    })),
    closings: of('closings').map((r) => ({
      serviceId: r.serviceId,
      gender: r.gender,
      status: r.status!,
      outcome: r.outcome,
      inPeriod: Boolean(r.inPeriod),
      n: r.n,
    })),
    registered: of('registered').map((r) => ({ serviceId: r.serviceId, n: r.n })),
    expected: of('expected').map((r) => ({ serviceId: r.serviceId, year: r.year!, count: r.n })),
  }
}
