import type { PostgresAdapterArgs } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres'
import { index } from '@payloadcms/db-postgres/drizzle/pg-core'
import { openStatuses, queueStatuses } from '@stodportalen/support-services/domain'

type SchemaHook = NonNullable<PostgresAdapterArgs['afterSchemaInit']>[number]

/** DDL takes no bind parameters: the statuses are our own constants, written in as literals. */
const literals = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '))

/**
 * The intake queue view (plugin operation `intakeQueue`) reads open referrals only, about a quarter of
 * the table, in waiting order: per service the queue first, then on hold, then cases; high priority
 * first, then the oldest (Payload's tie-break: newest created first). This partial index holds exactly
 * the open referrals in that order, so a page reads its rows from the front of the index; its trailing
 * columns are what the counts and the badge filters read, so those never touch the table.
 *
 * The rank expression must be written exactly as `openRankSql` in the plugin's operation, or PostgreSQL
 * cannot match it and sorts every open referral instead (the integration test checks the plan).
 */
export const intakeQueueIndexes: SchemaHook = ({ extendTable, schema }) => {
  extendTable({
    table: schema.tables.referrals,
    extraConfig: (table) => ({
      referralsOpenOrderIdx: index('referrals_open_order_idx')
        .on(
          table.service,
          sql`(CASE WHEN ${table.status} IN (${literals(queueStatuses)}) THEN 0 WHEN ${table.status} = 'onHold' THEN 1 ELSE 2 END)`,
          table.priority.desc(),
          table.receivedAt,
          table.createdAt.desc(),
          table.id.desc(),
          table.status,
          table.firstContactAt,
          table.nextReassessmentAt,
          table.assignee,
        )
        .where(sql`${table.status} in (${literals(openStatuses)})`),
    }),
  })
  return schema
}
