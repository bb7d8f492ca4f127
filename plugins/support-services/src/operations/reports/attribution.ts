import { sql, type SQL } from '@payloadcms/db-postgres/drizzle'

import type { AttributionRows } from '../../domain'

import { type SqlRunner, tables } from '../sql'

export interface AttributionQuery {
  /** The period as instants: from `start` up to, not including, `end`. */
  start: SQL
  end: SQL
  serviceIds: readonly number[]
  /** The period's referrals of these services by campaign (newReferrals.ts). */
  referrals: AttributionRows['referrals']
  timeZone: string
}

const list = (values: readonly (string | number)[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )
/** `column IN (…)`, false for none. */
const among = (column: SQL, ids: readonly number[]) =>
  ids.length ? sql`${column} IN (${list(ids)})` : sql`false`

/**
 * The rows of the attribution (see domain/report/attribution.ts): the period's referrals by the campaign
 * they carry (read with the rest of the new referrals); the activities of the period, and older ones
 * that those referrals name; the events they name. With chosen services, an activity counts when it
 * names one of them or none (outreach for every service).
 */
export const attributionRows = async (
  run: SqlRunner,
  { start, end, serviceIds, referrals, timeZone }: AttributionQuery,
): Promise<AttributionRows> => {
  const rows = async <T>(query: SQL) => (await run(query)).rows as unknown as T[]
  const named = (id: 'activityId' | 'eventId') => [
    ...new Set(referrals.flatMap((r) => (r[id] === null ? [] : [r[id]]))),
  ]
  const services = sql`SELECT 1 FROM ${tables.outreachActivitiesRels} s WHERE s.parent_id = a.id AND s.path = 'services'`
  const forServices = serviceIds.length
    ? sql`(NOT EXISTS (${services}) OR EXISTS (${services} AND s.services_id IN (${list(serviceIds)})))`
    : sql`true`
  const inPeriod = sql`(a.date >= ${start} AND a.date < ${end} AND ${forServices})`

  const [activities, events] = await Promise.all([
    rows<AttributionRows['activities'][number]>(sql`
      SELECT a.id, a.title, to_char(a.date AT TIME ZONE ${timeZone}, 'YYYY-MM-DD') AS date, a.arena::text AS arena,
             a.campaign_code AS code, a.event_id AS "eventId", a.people_reached::float8 AS "peopleReached",
             a.hours::float8 AS hours, ${inPeriod} AS "inPeriod"
      FROM ${tables.outreachActivities} a
      WHERE ${inPeriod} OR ${among(sql`a.id`, named('activityId'))} OR ${among(sql`a.event_id`, named('eventId'))}`),
    named('eventId').length
      ? rows<AttributionRows['events'][number]>(sql`
      SELECT e.id, coalesce(l.title, '') AS title, e.campaign_code AS code
      FROM ${tables.events} e LEFT JOIN ${tables.eventsLocales} l ON l._parent_id = e.id AND l._locale = 'sv'
      WHERE ${among(sql`e.id`, named('eventId'))}`)
      : [],
  ])
  return { referrals, activities, events }
}
