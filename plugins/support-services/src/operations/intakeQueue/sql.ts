import { sql, type SQL, type SQLWrapper } from '@payloadcms/db-postgres/drizzle'

import { caseStatuses, openStatuses, queueStatuses, type Status } from '../../domain'
import { literals, tables } from '../sql'
import { type FlagCondition, flagConditions } from './badges'
import { type QueueFilters, queueFlags } from './filters'

const statusIn = (alias: string, statuses: readonly Status[]) =>
  sql`${sql.raw(alias)}.status IN (${literals(statuses)})`

/**
 * Where an open referral stands: 0 in the queue, 1 on hold, 2 a case in progress. The open list shows
 * the queue first. One expression for the queries and the index `referrals_open_order_idx` (./indexes.ts):
 * PostgreSQL uses that index to order the page only when the two are written alike.
 * `status`: the column, as a query's `alias.status` or the index's table column.
 */
export const openRank = (status: SQLWrapper) =>
  sql`(CASE WHEN ${status} IN (${literals(queueStatuses)}) THEN 0 WHEN ${status} = 'onHold' THEN 1 ELSE 2 END)`

export const openRankSql = (alias: string) => openRank(sql.raw(`${alias}.status`))

/** Uncorrelated, so PostgreSQL hashes the few listed duplicates once per statement instead of probing per row. */
const duplicatesOf = (alias: string) =>
  sql`${sql.raw(alias)}.id IN (SELECT d.parent_id FROM ${tables.referralsRels} d WHERE d.path = 'possibleDuplicates')`

/** A badge's condition in SQL; `statuses: false` leaves the status out, for a caller that narrows statuses once. */
export function flagSql(condition: FlagCondition, alias = 'r', { statuses = true } = {}): SQL {
  const column = (name: string) => sql.raw(`${alias}.${name}`)
  const parts: SQL[] = statuses ? [statusIn(alias, condition.statuses)] : []
  if (condition.receivedBefore)
    parts.push(
      sql`${column('received_at')} < ${condition.receivedBefore.toISOString()}::timestamptz`,
    )
  if (condition.withoutFirstContact) parts.push(sql`${column('first_contact_at')} IS NULL`)
  if (condition.reassessmentBy)
    parts.push(
      sql`${column('next_reassessment_at')} <= ${condition.reassessmentBy.toISOString()}::timestamptz`,
    )
  if (condition.withPossibleDuplicates) parts.push(duplicatesOf(alias))
  if (condition.withContactRequest) parts.push(sql`${column('contact_requested_at')} IS NOT NULL`)
  return parts.length ? sql`(${sql.join(parts, sql` AND `)})` : sql`true`
}

const ids = (values: readonly number[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )

/** `column` is one of `values` (all when 'all', none when the list is empty). */
const idIn = (column: string, values: readonly number[] | 'all') =>
  values === 'all'
    ? sql`true`
    : values.length === 0
      ? sql`false`
      : sql`${sql.raw(column)} IN (${ids(values)})`

/** Services the query may touch: the scope, narrowed to a unit's or one service when the filters ask for it. */
const servicesSql = (serviceIds: readonly number[] | 'all') => idIn('r.service_id', serviceIds)

/** What a list or a single status asks for: statuses, and for the re-assessment list its condition. */
const listCondition = (status: QueueFilters['status'], now: Date): FlagCondition => {
  switch (status) {
    case 'open':
      return { statuses: openStatuses }
    case 'queued':
      return { statuses: queueStatuses }
    case 'inCase':
      return { statuses: caseStatuses }
    case 'reassessmentDue':
      return flagConditions(now).reassessmentDue
    default:
      return { statuses: [status] }
  }
}

/**
 * The page's conditions with the statuses narrowed once (the open statuses, the list's, each flag's):
 * the same status restriction written several times makes PostgreSQL misjudge how many rows match.
 */
const pageWhere = (filters: QueueFilters, now: Date): SQL => {
  const conditions = [
    listCondition(filters.status, now),
    ...filters.flags.map((flag) => flagConditions(now)[flag]),
  ]
  const statuses = conditions.reduce<readonly Status[]>(
    (left, c) => left.filter((s) => c.statuses.includes(s)),
    openStatuses,
  )
  if (statuses.length === 0) return sql`false`
  return sql.join(
    [statusIn('r', statuses), ...conditions.map((c) => flagSql(c, 'r', { statuses: false }))],
    sql` AND `,
  )
}

const assigneeSql = (
  assignee: QueueFilters['assignee'],
  userId: number | string | undefined,
): SQL => {
  if (assignee === null) return sql`true`
  if (assignee === 'none') return sql`r.assignee_id IS NULL`
  const id = assignee === 'me' ? userId : assignee
  return id === undefined ? sql`false` : sql`r.assignee_id = ${id}`
}

/**
 * Waiting order: the queue first, then on hold, then cases; within each, high priority first, then the
 * longest waiting (Payload's own tie-break after that: the newest created first). The re-assessment list
 * is ordered by its due date instead.
 */
const orderSql = (status: QueueFilters['status'], alias: string) => {
  const column = (name: string) => sql.raw(`${alias}.${name}`)
  return status === 'reassessmentDue'
    ? sql`${column('service_id')}, ${column('next_reassessment_at')}, ${column('id')}`
    : // NULLS LAST as in the index (drizzle writes them out); the columns are never empty anyway.
      sql`${column('service_id')}, ${openRankSql(alias)}, ${column('priority')} DESC NULLS LAST, ${column('received_at')}, ${column('created_at')} DESC NULLS LAST, ${column('id')} DESC NULLS LAST`
}

/** High-priority referrals in the queue of each service on the page: everyone of normal priority waits behind them. */
const highPriorityQueuedSql = sql`
  SELECT s.service_id, (
    SELECT count(*) FROM ${tables.referrals} q
    WHERE q.service_id = s.service_id AND ${openRankSql('q')} = 0 AND ${statusIn('q', queueStatuses)} AND q.priority = 'high'
  ) AS n
  FROM (SELECT DISTINCT service_id FROM page) s`

/**
 * 1 + the queued referrals of the same service ahead of `p` (as `queuePosition` orders them), counted
 * in the index: the high-priority ones when `p` is normal, and those of its own priority before it.
 */
const positionSql = sql`
  CASE WHEN ${statusIn('p', queueStatuses)} THEN 1
    + CASE WHEN p.priority = 'normal' THEN h.n ELSE 0 END
    + (
        SELECT count(*) FROM ${tables.referrals} q
        WHERE q.service_id = p.service_id AND ${openRankSql('q')} = 0 AND ${statusIn('q', queueStatuses)}
          AND q.priority = p.priority AND q.received_at <= p.received_at
          AND (q.received_at < p.received_at OR q.created_at > p.created_at OR (q.created_at = p.created_at AND q.id > p.id))
      )
  END`

interface PageArgs {
  filters: QueueFilters
  serviceIds: readonly number[] | 'all'
  userId: number | string | undefined
  usersTable: string
  now: Date
  limit: number
  offset: number
}

/** One page of rows (and one more, to know whether a next page exists), with what each row shows. */
export function queuePageSql({
  filters,
  serviceIds,
  userId,
  usersTable,
  now,
  limit,
  offset,
}: PageArgs): SQL {
  const where = sql.join(
    [pageWhere(filters, now), servicesSql(serviceIds), assigneeSql(filters.assignee, userId)],
    sql` AND `,
  )
  // The page is found from the index alone (its columns are all there); only its rows are read from the table.
  return sql`
    WITH page AS (
      SELECT r.id, r.service_id, r.status, r.priority, r.received_at, r.created_at, r.next_reassessment_at
      FROM ${tables.referrals} r
      WHERE ${where}
      ORDER BY ${orderSql(filters.status, 'r')}
      LIMIT ${limit + 1} OFFSET ${offset}
    ),
    high AS MATERIALIZED (${highPriorityQueuedSql})
    SELECT p.id, x.reference, p.service_id AS "serviceId", p.status::text AS status, p.priority::text AS priority,
           p.received_at AS "receivedAt", x.first_contact_at AS "firstContactAt", x.contact_requested_at AS "contactRequestedAt", p.next_reassessment_at AS "nextReassessmentAt",
           x.consent_recorded_at AS "consentRecordedAt", x.consent_withdrawn_at AS "consentWithdrawnAt",
           x.eligibility_overall::text AS "eligibilityOverall", x.assignee_id AS "assigneeId",
           coalesce(nullif(u.name, ''), u.email) AS "assigneeLabel",
           ${duplicatesOf('p')} AS "hasPossibleDuplicates",
           (${positionSql})::int AS "queuePosition"
    FROM page p
    JOIN high h ON h.service_id = p.service_id
    JOIN ${tables.referrals} x ON x.id = p.id
    LEFT JOIN ${sql.identifier(usersTable)} u ON u.id = x.assignee_id
    ORDER BY ${orderSql(filters.status, 'p')}`
}

/**
 * The services in scope with the counts at the top: aggregates over open referrals only, in one pass
 * over the open-referrals index. Rows are first counted per service and status with the time and
 * column halves of each badge; the status half is then applied once per group, not once per row.
 * `locale`: the language of the services' names when the host localizes them.
 */
export function queueSummarySql(
  serviceIds: readonly number[] | 'all',
  userId: number | string | undefined,
  now: Date,
  locale: string | null,
): SQL {
  const conditions = flagConditions(now)
  const mine = userId === undefined ? sql`false` : sql`r.assignee_id = ${userId}`
  const rowCounts = queueFlags.map(
    (flag) =>
      sql`count(*) FILTER (WHERE ${flagSql(conditions[flag], 'r', { statuses: false })}) AS ${sql.identifier(flag)}`,
  )
  const groupSums = queueFlags.map(
    (flag) =>
      sql`coalesce(sum(g.${sql.identifier(flag)}) FILTER (WHERE ${statusIn('g', conditions[flag].statuses)}), 0)::int AS ${sql.identifier(flag)}`,
  )
  const names = locale
    ? sql`${tables.services} s LEFT JOIN ${tables.servicesLocales} l ON l._parent_id = s.id AND l._locale = ${locale}`
    : sql`${tables.services} s CROSS JOIN LATERAL (SELECT s.name) l`
  return sql`
    WITH grouped AS (
      SELECT r.service_id, r.status, count(*) AS n, count(*) FILTER (WHERE ${mine}) AS mine, ${sql.join(rowCounts, sql`, `)}
      FROM ${tables.referrals} r
      WHERE ${statusIn('r', openStatuses)} AND ${servicesSql(serviceIds)}
      GROUP BY r.service_id, r.status
    ),
    counts AS (
      SELECT g.service_id, sum(g.n)::int AS open, coalesce(sum(g.n) FILTER (WHERE ${statusIn('g', queueStatuses)}), 0)::int AS queued,
             sum(g.mine)::int AS "assignedToMe", ${sql.join(groupSums, sql`, `)}
      FROM grouped g
      GROUP BY g.service_id
    )
    SELECT s.id, s.slug, coalesce(l.name, s.slug) AS name, counts.*
    FROM ${names}
    LEFT JOIN counts ON counts.service_id = s.id
    WHERE ${idIn('s.id', serviceIds)}
    ORDER BY 3, s.id`
}
