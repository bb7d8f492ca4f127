import { sql, type SQL } from '@payloadcms/db-postgres/drizzle'

import { type AttributionRows, workOrStudiesOutcomes } from '../../domain'
import { type SqlRunner, tables } from '../sql'

export interface AttributionQuery {
  /** The period as instants: from `start` up to, not including, `end`. */
  start: SQL
  end: SQL
  /** The condition on referral `r` that the rest of the report counts by (services, not merged). */
  counted: SQL
  /** The condition on tally `t` of the deleted referrals received in the period. */
  talliedReceived: SQL
  serviceIds: readonly number[]
  timeZone: string
}

const list = (values: readonly (string | number)[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )

/**
 * The rows of the attribution (see domain/report/attribution.ts): the period's referrals by the campaign
 * they carry; the activities of the period, and older ones that the period's referrals name; the events
 * those referrals name. With chosen services, an activity counts when it names one of them or none
 * (outreach for every service). Referrals that retention deleted count through their tallies: they
 * were never enrolled (retention keeps every case), so they add referrals only.
 */
export const attributionRows = async (
  run: SqlRunner,
  { start, end, counted, talliedReceived, serviceIds, timeZone }: AttributionQuery,
): Promise<AttributionRows> => {
  const rows = async <T>(query: SQL) => (await run(query)).rows as unknown as T[]
  const received = sql`${counted} AND r.received_at >= ${start} AND r.received_at < ${end}`
  const named = (column: 'campaign_activity_id' | 'campaign_event_id') =>
    sql`SELECT r.${sql.raw(column)} FROM ${tables.referrals} r WHERE ${received} AND r.${sql.raw(column)} IS NOT NULL
        UNION SELECT t.${sql.raw(column)} FROM ${tables.referralTallies} t WHERE ${talliedReceived} AND t.${sql.raw(column)} IS NOT NULL`
  const services = sql`SELECT 1 FROM ${tables.outreachActivitiesRels} s WHERE s.parent_id = a.id AND s.path = 'services'`
  const forServices = serviceIds.length
    ? sql`(NOT EXISTS (${services}) OR EXISTS (${services} AND s.services_id IN (${list(serviceIds)})))`
    : sql`true`
  const inPeriod = sql`(a.date >= ${start} AND a.date < ${end} AND ${forServices})`

  const [referrals, activities, events] = await Promise.all([
    rows<AttributionRows['referrals'][number]>(sql`
      SELECT x.code, x.activity_id AS "activityId", x.event_id AS "eventId", sum(x.n)::int AS referrals,
             sum(x.enrolled)::int AS enrolled, sum(x.into_work_or_studies)::int AS "intoWorkOrStudies"
      FROM (
        SELECT r.campaign_code AS code, r.campaign_activity_id AS activity_id, r.campaign_event_id AS event_id, 1 AS n,
               coalesce(r.enrolled_at < ${end}, false)::int AS enrolled,
               coalesce(r.status = 'closed' AND r.closed_at < ${end}
                 AND r.outcome IN (${list(workOrStudiesOutcomes)}), false)::int AS into_work_or_studies
        FROM ${tables.referrals} r WHERE ${received}
        UNION ALL
        SELECT t.campaign_code, t.campaign_activity_id, t.campaign_event_id, t.n, 0, 0
        FROM ${tables.referralTallies} t WHERE ${talliedReceived}
      ) x
      GROUP BY 1, 2, 3`),
    rows<AttributionRows['activities'][number]>(sql`
      SELECT a.id, a.title, to_char(a.date AT TIME ZONE ${timeZone}, 'YYYY-MM-DD') AS date, a.arena::text AS arena,
             a.campaign_code AS code, a.event_id AS "eventId", a.people_reached::float8 AS "peopleReached",
             a.hours::float8 AS hours, ${inPeriod} AS "inPeriod"
      FROM ${tables.outreachActivities} a
      WHERE ${inPeriod}
         OR a.id IN (${named('campaign_activity_id')})
         OR a.event_id IN (${named('campaign_event_id')})`),
    rows<AttributionRows['events'][number]>(sql`
      SELECT e.id, coalesce(l.title, '') AS title, e.campaign_code AS code
      FROM ${tables.events} e LEFT JOIN ${tables.eventsLocales} l ON l._parent_id = e.id AND l._locale = 'sv'
      WHERE e.id IN (${named('campaign_event_id')})`),
  ])
  return { referrals, activities, events }
}
