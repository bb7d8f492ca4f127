import { sql, type SQL } from '@payloadcms/db-postgres/drizzle'

import type { AttributionActivityRow, AttributionRows } from '../../domain'

import { type SqlRunner, tables } from '../sql'

/** A report's services (none: all of them) and its referrals of the period by campaign. */
export interface AttributionGroup {
  serviceIds: readonly number[]
  /** The period's referrals of these services by campaign (newReferrals.ts). */
  referrals: AttributionRows['referrals']
}

export interface AttributionQuery {
  /** The period as instants: from `start` up to, not including, `end`. */
  start: SQL
  end: SQL
  timeZone: string
  /** The whole report first, then each unit's report: each a part of the first. */
  groups: readonly AttributionGroup[]
}

type ActivityRow = Omit<AttributionActivityRow, 'inPeriod'> & {
  inDates: boolean
  /** The services it names; none: outreach for every service. */
  services: number[]
}

const list = (values: readonly number[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )
/** `column IN (…)`, false for none. */
const among = (column: SQL, ids: readonly number[]) =>
  ids.length ? sql`${column} IN (${list(ids)})` : sql`false`

/** The activity and event ids that some referrals name. */
const namedBy = (referrals: AttributionRows['referrals'], id: 'activityId' | 'eventId') =>
  new Set(referrals.flatMap((r) => (r[id] === null ? [] : [r[id]])))

/**
 * The rows of the attribution (see domain/report/attribution.ts) of each report, read once for them
 * all: the period's referrals by the campaign they carry (read with the rest of the new referrals);
 * the activities of the period, and older ones that those referrals name; the events they name. With
 * chosen services, an activity counts when it names one of them or none (outreach for every service).
 */
export const attributionRows = async (
  run: SqlRunner,
  { start, end, timeZone, groups }: AttributionQuery,
): Promise<AttributionRows[]> => {
  // The whole report's referrals name everything its units' do.
  const activityIds = [...namedBy(groups[0].referrals, 'activityId')]
  const eventIds = [...namedBy(groups[0].referrals, 'eventId')]
  const inDates = sql`(a.date >= ${start} AND a.date < ${end})`
  const [activities, events] = await Promise.all([
    run(sql`
      SELECT a.id, a.title, to_char(a.date AT TIME ZONE ${timeZone}, 'YYYY-MM-DD') AS date, a.arena::text AS arena,
             a.campaign_code AS code, a.event_id AS "eventId", a.people_reached::float8 AS "peopleReached",
             a.hours::float8 AS hours, ${inDates} AS "inDates",
             ARRAY(SELECT s.services_id FROM ${tables.outreachActivitiesRels} s WHERE s.parent_id = a.id AND s.path = 'services') AS services
      FROM ${tables.outreachActivities} a
      WHERE ${inDates} OR ${among(sql`a.id`, activityIds)} OR ${among(sql`a.event_id`, eventIds)}`),
    eventIds.length
      ? run(sql`
      SELECT e.id, coalesce(l.title, '') AS title, e.campaign_code AS code
      FROM ${tables.events} e LEFT JOIN ${tables.eventsLocales} l ON l._parent_id = e.id AND l._locale = 'sv'
      WHERE ${among(sql`e.id`, eventIds)}`)
      : { rows: [] },
  ])
  const allActivities = activities.rows as unknown as ActivityRow[]
  const allEvents = events.rows as unknown as AttributionRows['events']
  return groups.map(({ serviceIds, referrals }) => {
    const forServices = (services: readonly number[]) =>
      !serviceIds.length || !services.length || services.some((id) => serviceIds.includes(id))
    const namedActivities = namedBy(referrals, 'activityId')
    const namedEvents = namedBy(referrals, 'eventId')
    return {
      referrals,
      activities: allActivities.flatMap(({ inDates, services, ...activity }) => {
        const inPeriod = inDates && forServices(services)
        const named =
          namedActivities.has(activity.id) ||
          (activity.eventId !== null && namedEvents.has(activity.eventId))
        return inPeriod || named ? [{ ...activity, inPeriod }] : []
      }),
      events: allEvents.filter((e) => namedEvents.has(e.id)),
    }
  })
}
