import { sql, type SQL } from '@payloadcms/db-postgres/drizzle'

import type { StartedRow, SusParticipantRow, SusProfileRow } from '../../domain'

import { type SqlRunner, tables } from '../sql'

export interface ParticipantsQuery {
  /** The period as Swedish days, 'YYYY-MM-DD', both included. */
  from: string
  to: string
  /** The period as instants: from `start` up to, not including, `end`. */
  start: SQL
  end: SQL
  /** The condition on a service id column for the chosen services. */
  inServices: (column: SQL) => SQL
}

type GenderRow = { serviceId: number; gender: string | null; n: number }

export interface ParticipantRows {
  /** Everyone who was a participant at some moment of the period. */
  supported: GenderRow[]
  /** Those of them who started work or studies in the period. */
  started: (StartedRow & { serviceId: number })[]
  /** Those of them with an action plan by the end (SUS). */
  actionPlan: SusParticipantRow[]
  /** Those of them by each answer of their latest profile before the end (SUS). */
  profile: SusProfileRow[]
}

type Row = {
  serviceId: number
  gender: string | null
  question: SusProfileRow['question']
  answer: string | null
  n: number
  /** How many of them had an action plan, and started. */
  withActionPlan: number
  started: number
}

/**
 * The participants of the period, read once for every figure that counts them: supported during the
 * period, started work or studies in it, had an action plan by its end, and their profile. The rows are
 * a few hundred however many people there are: by service, gender and each profile question's answer,
 * the first question's with the action plans and starts, each grouping hashed in one pass.
 *
 * Each participant is read once: of a referral's participant stays that the period touches, the last,
 * whose next participant stay (if any) begins after the period (migration stays_neighbours). Each
 * participant's latest profile and first action plan come with their stays (migration stays_profile);
 * only when the latest profile was recorded after the end is the one before it looked up, in a read of
 * its own, so that the others pass no lookup at all. Who started in the period is a hashed set of the
 * starts.
 */
export const participantRows = async (
  run: SqlRunner,
  { from, to, start, end, inServices }: ParticipantsQuery,
): Promise<ParticipantRows> => {
  const { rows } = await run(sql`
    WITH p AS NOT MATERIALIZED (
      SELECT s.referral_id, s.service_id, s.gender, s.profile_at, s.profile_income_source AS income,
             s.profile_support_years AS support, s.profile_education AS education, s.profile_age AS age,
             s.action_plan_day <= ${to}::date AS action_plan,
             s.referral_id IN (
               SELECT w.referral_id FROM ${tables.referralEvents} w
               WHERE w.type = 'workStart' AND w.date BETWEEN ${from} AND ${to}
             ) AS started
      FROM ${tables.referralStays} s
      WHERE s.phase = 'participant' AND ${inServices(sql`s.service_id`)} AND s.started_at < ${end} AND s.ended_at >= ${start}
        AND (s.next_participant_at IS NULL OR s.next_participant_at >= ${end})
    ),
    x AS (
      SELECT service_id, gender, income, support, education, age, action_plan, started
      FROM p WHERE p.profile_at IS NULL OR p.profile_at < ${end}
      UNION ALL
      -- A profile recorded after the end: the one before it, if any (the front of its range in the
      -- profile index).
      SELECT p.service_id, p.gender, earlier.income, earlier.support, earlier.education, earlier.age, p.action_plan, p.started
      FROM p LEFT JOIN LATERAL (
        SELECT e.profile_income_source::text AS income, e.profile_support_years::text AS support,
               e.profile_education::text AS education, e.profile_age_at_enrolment AS age
        FROM ${tables.referralEvents} e
        WHERE e.referral_id = p.referral_id AND e.type = 'profile' AND e.at < ${end}
        ORDER BY e.at DESC NULLS LAST, e.id DESC NULLS LAST LIMIT 1
      ) earlier ON true
      WHERE p.profile_at >= ${end}
    )
    -- GROUPING sets a bit, first argument highest, for each answer left out of the row's grouping.
    SELECT service_id AS "serviceId", gender,
           CASE GROUPING(income, support, education, age::int::text) WHEN 7 THEN 'incomeSource' WHEN 11 THEN 'supportYears'
                WHEN 13 THEN 'education' ELSE 'age' END AS question,
           coalesce(income, support, education, age::int::text) AS answer, count(*)::int AS n,
           (count(*) FILTER (WHERE action_plan))::int AS "withActionPlan", (count(*) FILTER (WHERE started))::int AS started
    FROM x
    GROUP BY GROUPING SETS ((service_id, gender, income), (service_id, gender, support),
                           (service_id, gender, education), (service_id, gender, age::int::text))`)
  const all = rows as unknown as Row[]
  // Everyone is counted once in the rows of one question, with their action plans and starts.
  const everyone = all.filter((r) => r.question === 'incomeSource')
  return {
    supported: everyone.map(({ serviceId, gender, n }) => ({ serviceId, gender, n })),
    started: everyone.map(({ serviceId, gender, started }) => ({
      serviceId,
      gender,
      n: started,
    })),
    actionPlan: everyone.flatMap(({ serviceId, gender, n, withActionPlan }) => [
      { serviceId, gender, actionPlan: true, n: withActionPlan },
      { serviceId, gender, actionPlan: false, n: n - withActionPlan },
    ]),
    profile: all.map(({ serviceId, gender, question, answer, n }) => ({
      serviceId,
      gender,
      question,
      answer,
      n,
    })),
  }
}
