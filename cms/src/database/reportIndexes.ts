import type { PostgresAdapterArgs } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres'
import { index } from '@payloadcms/db-postgres/drizzle/pg-core'

/**
 * The public waiting time counts who left the queue recently from the status events of a window, by
 * time. Status events are about half of all events, and it needs only these columns of them: a partial
 * index holding exactly those, in time order, lets PostgreSQL answer from the index alone instead of
 * reading the whole history table. (The follow-up report reads `referral_stays` instead.) Collection
 * `indexes` cannot express `WHERE`, hence the adapter's schema hook.
 */
type SchemaHook = NonNullable<PostgresAdapterArgs['afterSchemaInit']>[number]

export const reportIndexes: SchemaHook = ({ extendTable, schema }) => {
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
