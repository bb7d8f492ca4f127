import { sql } from '@payloadcms/db-postgres/drizzle'
import { index } from '@payloadcms/db-postgres/drizzle/pg-core'

import { openStatuses } from '../../domain'
import { literals, type SchemaHook } from '../sql'
import { openRank } from './sql'

/**
 * The intake queue's page reads open referrals only, about a quarter of the table, in waiting order:
 * per service the queue first, then on hold, then cases; high priority first, then the oldest
 * (Payload's tie-break: newest created first). This partial index holds exactly the open referrals in
 * that order (`openRank` is the queries' own expression), so a page reads its rows from the front of
 * the index; its trailing columns are what the counts and the badge filters read, so those never
 * touch the table. The integration test checks the plan.
 */
export const intakeQueueIndexes: SchemaHook = ({ extendTable, schema }) => {
  extendTable({
    table: schema.tables.referrals,
    extraConfig: (table) => ({
      referralsOpenOrderIdx: index('referrals_open_order_idx')
        .on(
          table.service,
          openRank(table.status),
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
