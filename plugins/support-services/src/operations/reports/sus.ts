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

type ClosingRow = SusRows['closings'][number]
type EarlierRow = { serviceId: number; gender: string | null; registered: number; closed: number }

/**
 * The rows of the SUS figures (see domain/report/sus.ts) but the participants' (participants.ts) and
 * the expected participants' (the services' targets), over `referral_stays` (who was a participant
 * when, and how they left), in two reads of one index range each. (As one statement of their union,
 * PostgreSQL ran the branches on worker processes of their own: on a small server, where the report
 * already runs its statements side by side, that cost more than it saved.)
 *
 * A participant closing is a closed stay that follows a participant stay (its previous phase, migration
 * stays_neighbours): those in the period are read with their status and outcome. One pass over the
 * participant stays begun by the end counts the registered participants (each referral by the last of
 * its participant stays begun by then, whose next one, if any, begins after) and the closings before
 * the period (any stay after a participant's is a closing: merged referrals have no stays).
 */
export const susRows = async (
  run: SqlRunner,
  { start, end, inServices }: SusQuery,
): Promise<Omit<SusRows, 'participants' | 'profile' | 'expected'>> => {
  const [inPeriod, earlier] = await Promise.all([
    run(sql`
      SELECT c.service_id AS "serviceId", c.gender, c.status, c.outcome, count(*)::int AS n
      FROM ${tables.referralStays} c
      WHERE c.phase = 'closed' AND ${inServices(sql`c.service_id`)} AND c.started_at >= ${start} AND c.started_at < ${end}
        AND c.previous_phase = 'participant'
      GROUP BY 1, 2, 3, 4`),
    run(sql`
      SELECT s.service_id AS "serviceId", s.gender,
             (count(*) FILTER (WHERE s.next_participant_at IS NULL OR s.next_participant_at >= ${end}))::int AS registered,
             (count(*) FILTER (WHERE s.ended_at < ${start} AND s.next_phase = 'closed'))::int AS closed
      FROM ${tables.referralStays} s
      WHERE s.phase = 'participant' AND ${inServices(sql`s.service_id`)} AND s.started_at < ${end}
      GROUP BY 1, 2`),
  ])
  const before = earlier.rows as unknown as EarlierRow[]
  return {
    closings: [
      ...(inPeriod.rows as unknown as Omit<ClosingRow, 'inPeriod'>[]).map((r) => ({
        ...r,
        inPeriod: true,
      })),
      ...before
        .filter((r) => r.closed > 0)
        .map(({ serviceId, gender, closed }) => ({
          serviceId,
          gender,
          status: 'closed',
          outcome: null,
          inPeriod: false,
          n: closed,
        })),
    ],
    registered: before.map(({ serviceId, registered }) => ({ serviceId, n: registered })),
  }
}
