import type { PostgresAdapterArgs } from '@payloadcms/db-postgres'
import { queueStatuses } from '@stodportalen/support-services/domain'
import { sql } from '@payloadcms/db-postgres'
import { index } from '@payloadcms/db-postgres/drizzle/pg-core'

/**
 * The intake queue lists one service's queued referrals oldest first. Queued rows are a small, recent
 * share of all referrals, so a plain index on the date walks past every closed case first; this
 * partial index holds exactly the queue, in the queue's order (Payload breaks ties by createdAt DESC).
 * Collection `indexes` cannot express `WHERE` or `DESC`, hence the adapter's schema hook.
 */
type SchemaHook = NonNullable<PostgresAdapterArgs['afterSchemaInit']>[number]

export const referralQueueIndex: SchemaHook = ({ extendTable, schema }) => {
  // DDL takes no bind parameters: the statuses are our own constants, written in as literals.
  const statusList = sql.raw(queueStatuses.map((status) => `'${status}'`).join(', '))
  extendTable({
    table: schema.tables.referrals,
    extraConfig: (table) => ({
      referralsQueueIdx: index('referrals_queue_idx')
        .on(table.service, table.receivedAt, table.createdAt.desc().nullsFirst())
        .where(sql`${table.status} in (${statusList})`),
    }),
  })
  return schema
}
