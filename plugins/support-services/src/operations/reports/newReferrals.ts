import { sql, type SQL } from '@payloadcms/db-postgres/drizzle'

import { type AttributionReferralRow, workOrStudiesOutcomes } from '../../domain'
import { type SqlRunner, tables } from '../sql'

export interface NewReferralsQuery {
  /** The period as instants: from `start` up to, not including, `end`. */
  start: SQL
  end: SQL
  /** The condition on referral `r` that the report counts by (services, not merged). */
  counted: SQL
  /** The condition on tally `t` of the deleted referrals received in the period. */
  talliedReceived: SQL
  /** The month ('YYYY-MM') of the period an instant column falls in. */
  monthOf: (column: SQL) => SQL
}

type KeyRow = { serviceId: number; key: string | null; n: number }

export interface NewReferralRows {
  inflow: { serviceId: number; month: string; n: number }[]
  sources: KeyRow[]
  heardFrom: KeyRow[]
  /** By the campaign they came through, for the attribution (summed over services by the domain). */
  campaigns: (AttributionReferralRow & { serviceId: number })[]
}

type Row = {
  kind: 'month' | 'source' | 'heardFrom' | 'campaign'
  serviceId: number
  key: string | null
  activityId: number | null
  eventId: number | null
  n: number
  enrolled: number | null
  intoWorkOrStudies: number | null
}

/**
 * The referrals that came in during the period, read once (one pass, a hash per grouping): by month,
 * by source, by how they heard, and by the campaign they came through, with how many of them were
 * enrolled and went on to work or studies by the end. Referrals that retention deleted count through
 * their tallies: never enrolled (retention keeps every case), they add referrals only. The referrals
 * are grouped by their own values and the tallies by theirs, each named once per group (naming a
 * value of a list for every referral is most of the work otherwise); the domain adds the two up.
 */
export const newReferralRows = async (
  run: SqlRunner,
  { start, end, counted, talliedReceived, monthOf }: NewReferralsQuery,
): Promise<NewReferralRows> => {
  const grouped = (rows: SQL) => sql`
    SELECT CASE WHEN GROUPING(month) = 0 THEN 'month' WHEN GROUPING(source) = 0 THEN 'source'
                WHEN GROUPING(heard_from) = 0 THEN 'heardFrom' ELSE 'campaign' END AS kind,
           service_id AS "serviceId", coalesce(month, source::text, heard_from::text, code) AS key,
           activity_id AS "activityId", event_id AS "eventId", sum(n)::int AS n,
           sum(enrolled)::int AS enrolled, sum(into_work_or_studies)::int AS "intoWorkOrStudies"
    FROM (${rows}) x
    GROUP BY GROUPING SETS ((service_id, month), (service_id, source), (service_id, heard_from),
                           (service_id, code, activity_id, event_id))`
  const { rows } = await run(sql`
    ${grouped(sql`
      SELECT r.service_id, ${monthOf(sql`r.received_at`)} AS month, r.source, r.heard_from,
             r.campaign_code AS code, r.campaign_activity_id AS activity_id, r.campaign_event_id AS event_id, 1 AS n,
             coalesce(r.enrolled_at < ${end}, false)::int AS enrolled,
             coalesce(r.status = 'closed' AND r.closed_at < ${end}
               AND r.outcome IN (${sql.join(
                 workOrStudiesOutcomes.map((o) => sql`${o}`),
                 sql`, `,
               )}), false)::int AS into_work_or_studies
      FROM ${tables.referrals} r WHERE ${counted} AND r.received_at >= ${start} AND r.received_at < ${end}`)}
    UNION ALL
    ${grouped(sql`
      SELECT t.service_id, to_char(t.day::date, 'YYYY-MM') AS month, t.source, t.heard_from,
             t.campaign_code AS code, t.campaign_activity_id AS activity_id, t.campaign_event_id AS event_id, t.n,
             0 AS enrolled, 0 AS into_work_or_studies
      FROM ${tables.referralTallies} t WHERE ${talliedReceived}`)}`)
  const all = rows as unknown as Row[]
  const of = (kind: Row['kind']) => all.filter((r) => r.kind === kind)
  const byKey = (kind: 'source' | 'heardFrom') =>
    of(kind).map(({ serviceId, key, n }) => ({ serviceId, key, n }))
  return {
    inflow: of('month').map(({ serviceId, key, n }) => ({ serviceId, month: key!, n })),
    sources: byKey('source'),
    heardFrom: byKey('heardFrom'),
    campaigns: of('campaign').map((r) => ({
      serviceId: r.serviceId,
      code: r.key,
      activityId: r.activityId,
      eventId: r.eventId,
      referrals: r.n,
      enrolled: r.enrolled ?? 0,
      intoWorkOrStudies: r.intoWorkOrStudies ?? 0,
    })),
  }
}
