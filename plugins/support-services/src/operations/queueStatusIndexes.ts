import { sql } from '@payloadcms/db-postgres/drizzle'
import { index } from '@payloadcms/db-postgres/drizzle/pg-core'

import { queueStatuses } from '../domain'
import { literals, type SchemaHook } from './sql'

/**
 * One service's queued referrals, oldest first: the public queue figures count them, and Payload's own
 * list (admin, REST) pages through them. Queued rows are a small, recent share of all referrals, so a
 * plain index on the date walks past every closed case first; this partial index holds exactly the
 * queue, in the queue's order (Payload breaks ties by createdAt DESC).
 */
export const referralQueueIndex: SchemaHook = ({ extendTable, schema }) => {
  extendTable({
    table: schema.tables.referrals,
    extraConfig: (table) => ({
      referralsQueueIdx: index('referrals_queue_idx')
        .on(table.service, table.receivedAt, table.createdAt.desc().nullsFirst())
        .where(sql`${table.status} in (${literals(queueStatuses)})`),
    }),
  })
  return schema
}

/**
 * The public waiting time counts who left the queue recently from the status events of a window, by
 * time. Status events are about half of all events, and it needs only these columns of them: a partial
 * index holding exactly those, in time order, lets PostgreSQL answer from the index alone instead of
 * reading the whole history table. (The follow-up report reads `referral_stays` instead.)
 */
export const referralEventsStatusAtIndex: SchemaHook = ({ extendTable, schema }) => {
  extendTable({
    table: schema.tables.referral_events,
    extraConfig: (table) => ({
      referralEventsStatusAtIdx: index('referral_events_status_at_idx')
        .on(table.at, table.referral, table.type, table.fromStatus, table.toStatus, table.outcome)
        .where(sql`${table.toStatus} IS NOT NULL`),
    }),
  })
  return schema
}
