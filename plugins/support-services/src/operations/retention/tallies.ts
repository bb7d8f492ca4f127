import { sql, type SQL } from '@payloadcms/db-postgres/drizzle'

import { closingStatuses, queueStatuses } from '../../domain'
import { type SqlRunner, tables } from '../sql'

const timeZone = 'Europe/Stockholm'
const list = (values: readonly string[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )
/** The Swedish calendar date of a timestamp, as 'YYYY-MM-DD'. */
const day = (column: SQL) => sql`((${column}) AT TIME ZONE ${timeZone})::date::text`
const inQueue = (status: SQL) => sql`coalesce(${status}::text IN (${list(queueStatuses)}), false)`

/**
 * Before referrals are deleted, adds what they contributed to the follow-up report to the tallies
 * (`referral-tallies`), grouped so that referrals with the same facts share a row. A merged duplicate
 * counts in no figure of the report, so it leaves nothing behind.
 *
 * Queue stays are read from the status events the way the report reads them: a stay starts with an
 * event into a queue status from outside one and ends with the next event out of it.
 */
export const tallyBeforeDeletion = (run: SqlRunner, referralIds: SQL) =>
  run(sql`
    WITH gone AS (SELECT * FROM ${tables.referrals} WHERE id IN (${referralIds}) AND status <> 'merged'),
    queue_changes AS (
      SELECT e.referral_id, e.at, ${inQueue(sql`e.to_status`)} AS entered,
             lead(e.at) OVER stay AS left_at, lead(e.to_status::text) OVER stay AS left_for
      FROM ${tables.referralEvents} e JOIN gone g ON g.id = e.referral_id
      WHERE e.to_status IS NOT NULL AND ${inQueue(sql`e.to_status`)} <> ${inQueue(sql`e.from_status`)}
      WINDOW stay AS (PARTITION BY e.referral_id ORDER BY e.at, e.id)
    )
    INSERT INTO ${tables.referralTallies} (kind, service_id, day, received_day, entered_day, status, gender, source, heard_from,
      campaign_code, campaign_activity_id, campaign_event_id, n)
    SELECT 'received', service_id, ${day(sql`received_at`)}, NULL, NULL, NULL, NULL, source::text, heard_from::text,
      campaign_code, campaign_activity_id, campaign_event_id, count(*)
    FROM gone GROUP BY 2, 3, 8, 9, 10, 11, 12
    UNION ALL
    SELECT 'queued', g.service_id, ${day(sql`q.left_at`)}, ${day(sql`g.received_at`)}, ${day(sql`q.at`)}, q.left_for, NULL, NULL, NULL,
      NULL, NULL, NULL, count(*)
    FROM queue_changes q JOIN gone g ON g.id = q.referral_id
    WHERE q.entered AND q.left_at IS NOT NULL GROUP BY 2, 3, 4, 5, 6
    UNION ALL
    SELECT 'closing', g.service_id, ${day(sql`e.at`)}, NULL, NULL, e.to_status::text, g.applicant_gender::text, NULL, NULL,
      NULL, NULL, NULL, count(*)
    FROM ${tables.referralEvents} e JOIN gone g ON g.id = e.referral_id
    WHERE e.type = 'statusChange' AND e.to_status IN (${list(closingStatuses)}) GROUP BY 2, 3, 6, 7
    UNION ALL
    SELECT 'firstContact', service_id, ${day(sql`first_contact_at`)}, ${day(sql`received_at`)}, NULL, NULL, NULL, NULL, NULL,
      NULL, NULL, NULL, count(*)
    FROM gone WHERE first_contact_at IS NOT NULL GROUP BY 2, 3, 4`)
