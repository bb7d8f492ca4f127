import { sql, type SQL } from '@payloadcms/db-postgres/drizzle'

import { type AttributionRows, workOrStudiesOutcomes } from '../../domain'
import { type SqlRunner, tables } from '../sql'

export interface AttributionQuery {
  /** The period as instants: from `start` up to, not including, `end`. */
  start: SQL
  end: SQL
  /** The condition on referral `r` that the rest of the report counts by (services, not merged). */
  counted: SQL
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
 * (outreach for every service). Referrals that retention deleted carry no campaign: they are not here.
 */
export const attributionRows = async (
  run: SqlRunner,
  { start, end, counted, serviceIds, timeZone }: AttributionQuery,
): Promise<AttributionRows> => {
  const rows = async <T>(query: SQL) => (await run(query)).rows as unknown as T[]
  const received = sql`${counted} AND r.received_at >= ${start} AND r.received_at < ${end}`
  const named = (column: SQL) =>
    sql`SELECT ${column} FROM ${tables.referrals} r WHERE ${received} AND ${column} IS NOT NULL`
  const services = sql`SELECT 1 FROM ${tables.outreachActivitiesRels} s WHERE s.parent_id = a.id AND s.path = 'services'`
  const forServices = serviceIds.length
    ? sql`(NOT EXISTS (${services}) OR EXISTS (${services} AND s.services_id IN (${list(serviceIds)})))`
    : sql`true`
  const inPeriod = sql`(a.date >= ${start} AND a.date < ${end} AND ${forServices})`

  const [referrals, activities, events] = await Promise.all([
    rows<AttributionRows['referrals'][number]>(sql`
      SELECT r.campaign_code AS code, r.campaign_activity_id AS "activityId", r.campaign_event_id AS "eventId",
             count(*)::int AS referrals,
             count(*) FILTER (WHERE r.enrolled_at < ${end})::int AS enrolled,
             count(*) FILTER (WHERE r.status = 'closed' AND r.closed_at < ${end}
               AND r.outcome IN (${list(workOrStudiesOutcomes)}))::int AS "intoWorkOrStudies"
      FROM ${tables.referrals} r WHERE ${received}
      GROUP BY 1, 2, 3`),
    rows<AttributionRows['activities'][number]>(sql`
      SELECT a.id, a.title, to_char(a.date AT TIME ZONE ${timeZone}, 'YYYY-MM-DD') AS date, a.arena::text AS arena,
             a.campaign_code AS code, a.event_id AS "eventId", a.people_reached::float8 AS "peopleReached",
             a.hours::float8 AS hours, ${inPeriod} AS "inPeriod"
      FROM ${tables.outreachActivities} a
      WHERE ${inPeriod}
         OR a.id IN (${named(sql`r.campaign_activity_id`)})
         OR a.event_id IN (${named(sql`r.campaign_event_id`)})`),
    rows<AttributionRows['events'][number]>(sql`
      SELECT e.id, coalesce(l.title, '') AS title, e.campaign_code AS code
      FROM ${tables.events} e LEFT JOIN ${tables.eventsLocales} l ON l._parent_id = e.id AND l._locale = 'sv'
      WHERE e.id IN (${named(sql`r.campaign_event_id`)})`),
  ])
  return { referrals, activities, events }
}
