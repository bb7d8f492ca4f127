import { sql, type SQL } from '@payloadcms/db-postgres/drizzle'

import type { SusRows } from '../../domain'

import { type SqlRunner, tables } from '../sql'

export interface SusQuery {
  /** The period as instants: from `start` up to, not including, `end`. */
  start: SQL
  end: SQL
  /** The condition on a service id column for the chosen services. */
  inServices: (column: SQL) => SQL
}

type SusRow = {
  kind: 'closings' | 'registered' | 'expected'
  serviceId: number
  gender: string | null
  status: string | null
  outcome: string | null
  inPeriod: boolean | null
  year: number | null
  n: number
}

/**
 * The rows of the SUS figures (see domain/report/sus.ts) but the participants' (participants.ts) in one
 * read, over `referral_stays` (who was a participant when, and how they left), with the services'
 * expected participants (their targets of people supported).
 *
 * A participant closing is a closed stay that follows a participant stay (its previous phase, migration
 * stays_neighbours). Those before the period are counted from the participant stays alone (any stay
 * after a participant's is a closing: merged referrals have no stays); those in it are read with their
 * status and outcome. The registered participants are the referrals with a participant stay begun by
 * the end: each is counted by the last of them, whose next participant stay (if any) begins after.
 */
export const susRows = async (
  run: SqlRunner,
  { start, end, inServices }: SusQuery,
): Promise<Omit<SusRows, 'participants' | 'profile'>> => {
  const participant = sql`s.phase = 'participant' AND ${inServices(sql`s.service_id`)}`
  const { rows } = await run(sql`
    SELECT 'closings' AS kind, c.service_id AS "serviceId", c.gender, c.status, c.outcome, true AS "inPeriod", NULL::int AS year, count(*)::int AS n
    FROM ${tables.referralStays} c
    WHERE c.phase = 'closed' AND ${inServices(sql`c.service_id`)} AND c.started_at >= ${start} AND c.started_at < ${end}
      AND c.previous_phase = 'participant'
    GROUP BY 2, 3, 4, 5
    UNION ALL
    SELECT 'closings', s.service_id, s.gender, 'closed', NULL, false, NULL, count(*)::int
    FROM ${tables.referralStays} s
    WHERE ${participant} AND s.ended_at < ${start} AND s.next_phase = 'closed'
    GROUP BY 2, 3
    UNION ALL
    SELECT 'registered', s.service_id, NULL, NULL, NULL, NULL, NULL, count(*)::int
    FROM ${tables.referralStays} s
    WHERE ${participant} AND s.started_at < ${end} AND (s.next_participant_at IS NULL OR s.next_participant_at >= ${end})
    GROUP BY 2
    UNION ALL
    SELECT 'expected', x._parent_id, NULL, NULL, NULL, NULL, x.year::int, x.people_supported::int
    FROM ${tables.servicesTargets} x
    WHERE ${inServices(sql`x._parent_id`)} AND x.people_supported IS NOT NULL`)
  const all = rows as unknown as SusRow[]
  const of = (kind: SusRow['kind']) => all.filter((r) => r.kind === kind)
  return {
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
