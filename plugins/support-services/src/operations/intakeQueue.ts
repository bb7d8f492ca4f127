import { sql, type SQL } from 'drizzle-orm'
import type { CollectionSlug, Payload, PayloadRequest, TypedUser } from 'payload'

import {
  calendarDate,
  caseStatuses,
  daysWaiting,
  firstContactGoalDays,
  openStatuses,
  queueStatuses,
  referralFlags,
  startOfDay,
  waitingGoalDays,
  type FlagFacts,
  type ReadChannel,
  type ReferralFlags,
  type Status,
} from '../domain'
import { slugs } from '../defaults'
import { recordPersonReads } from '../hooks/recordReads'
import type { ReferralScope } from '../types'
import { drizzleRunner, tableName, type SqlRunner } from './sql'

/* ------------------------------------------------------------------------------------------------
 * Filters
 * ---------------------------------------------------------------------------------------------- */

/** The lists intake staff work from: every open referral, the queue, cases in progress, re-assessments due. */
export const queueLists = ['open', 'queued', 'inCase', 'reassessmentDue'] as const
export type QueueList = (typeof queueLists)[number]
export type OpenStatus = (typeof openStatuses)[number]
export type QueueFlag = keyof ReferralFlags
export const queueFlags = ['waitingTooLong', 'noContact', 'reassessmentDue', 'possibleDuplicate'] as const satisfies readonly QueueFlag[]

export interface QueueFilters {
  /** One service, or every service in the user's scope. */
  service: number | null
  /** A list, or one open status. */
  status: QueueList | OpenStatus
  /** Mine, nobody's, one user's, or anyone's (null). */
  assignee: 'me' | 'none' | number | null
  /** Only referrals with every one of these badges. */
  flags: QueueFlag[]
}

export const defaultQueueFilters: QueueFilters = { service: null, status: 'open', assignee: null, flags: [] }

/** Pages beyond this are refused: an offset that large would make the database walk most of the table. */
export const maxQueuePage = 400
export const queuePageSize = 25

export type QueueQuery = { ok: true; filters: QueueFilters; page: number } | { ok: false; field: string; message: string }

const isOneOf = <T extends string>(list: readonly T[], value: string): value is T => (list as readonly string[]).includes(value)
const positiveInteger = (value: string) => (/^[1-9]\d{0,9}$/.test(value) ? Number(value) : null)

/**
 * Reads the queue's filters from a query string (`service`, `status`, `assignee`, `flags`, `page`), as
 * the endpoint and the view's plain GET form send them. Empty values mean "no filter".
 */
export function parseQueueQuery(params: URLSearchParams): QueueQuery {
  const value = (name: string) => (params.get(name) ?? '').trim()
  const refuse = (field: string, message: string): QueueQuery => ({ ok: false, field, message })

  const service = value('service') === '' ? null : positiveInteger(value('service'))
  if (service === null && value('service') !== '') return refuse('service', 'service: the id of a service.')

  const status = value('status') || defaultQueueFilters.status
  if (!isOneOf(queueLists, status) && !isOneOf(openStatuses, status)) {
    return refuse('status', `status: one of ${[...queueLists, ...openStatuses].join(', ')}.`)
  }

  const assigneeText = value('assignee')
  const assignee = assigneeText === '' ? null : assigneeText === 'me' || assigneeText === 'none' ? assigneeText : positiveInteger(assigneeText)
  if (assignee === null && assigneeText !== '') return refuse('assignee', 'assignee: me, none or the id of a user.')

  const flags = [...new Set(params.getAll('flags').flatMap((f) => f.split(',')).map((f) => f.trim()).filter(Boolean))]
  const unknown = flags.find((f) => !isOneOf(queueFlags, f))
  if (unknown !== undefined) return refuse('flags', `flags: any of ${queueFlags.join(', ')}.`)

  const page = value('page') === '' ? 1 : positiveInteger(value('page'))
  if (page === null || page > maxQueuePage) return refuse('page', `page: a whole number from 1 to ${maxQueuePage}.`)

  return { ok: true, filters: { service, status, assignee, flags: flags as QueueFlag[] }, page }
}

/** The query string for filters and a page, the inverse of `parseQueueQuery`; defaults are left out. */
export function queueSearch(filters: Partial<QueueFilters>, page = 1): string {
  const params = new URLSearchParams()
  if (filters.service != null) params.set('service', String(filters.service))
  if (filters.status && filters.status !== defaultQueueFilters.status) params.set('status', filters.status)
  if (filters.assignee != null) params.set('assignee', String(filters.assignee))
  for (const flag of filters.flags ?? []) params.append('flags', flag)
  if (page > 1) params.set('page', String(page))
  const text = params.toString()
  return text ? `?${text}` : ''
}

/* ------------------------------------------------------------------------------------------------
 * The badges as conditions: one definition for the SQL filters and counts, checked against referralFlags
 * ---------------------------------------------------------------------------------------------- */

/** What a referral's stored columns must satisfy to carry a badge at some instant. */
export interface FlagCondition {
  statuses: readonly Status[]
  /** received_at < this. */
  receivedBefore?: Date
  /** first_contact_at is empty. */
  withoutFirstContact?: true
  /** next_reassessment_at <= this. */
  reassessmentBy?: Date
  /** At least one possible duplicate is listed. */
  withPossibleDuplicates?: true
}

/**
 * `referralFlags` counts whole Swedish calendar days. "More than 30 days" then means: received before
 * the start of the day 30 days before today; "5 days or more": before the start of the day 4 days before
 * today. As instants, the database can answer them from an index.
 */
export function flagConditions(now: Date): Record<QueueFlag, FlagCondition> {
  const today = calendarDate(now)
  return {
    waitingTooLong: { statuses: queueStatuses, receivedBefore: startOfDay(today, -waitingGoalDays) },
    noContact: { statuses: openStatuses, withoutFirstContact: true, receivedBefore: startOfDay(today, 1 - firstContactGoalDays) },
    reassessmentDue: { statuses: caseStatuses, reassessmentBy: now },
    possibleDuplicate: { statuses: openStatuses, withPossibleDuplicates: true },
  }
}

/** The condition read in plain code, for the tests that hold it to `referralFlags`. */
export function meetsFlagCondition(condition: FlagCondition, facts: FlagFacts): boolean {
  const time = (value: string) => new Date(value).getTime()
  return (
    condition.statuses.includes(facts.status) &&
    (!condition.receivedBefore || time(facts.receivedAt) < condition.receivedBefore.getTime()) &&
    (!condition.withoutFirstContact || !facts.firstContactAt) &&
    (!condition.reassessmentBy || (!!facts.nextReassessmentAt && time(facts.nextReassessmentAt) <= condition.reassessmentBy.getTime())) &&
    (!condition.withPossibleDuplicates || (facts.possibleDuplicateCount ?? 0) > 0)
  )
}

/* ------------------------------------------------------------------------------------------------
 * SQL
 * ---------------------------------------------------------------------------------------------- */

/** Our own status constants as SQL literals: an index's expression and predicate only match literals. */
const literals = (values: readonly string[]) => sql.raw(values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', '))
const statusIn = (alias: string, statuses: readonly Status[]) => sql`${sql.raw(alias)}.status IN (${literals(statuses)})`

/**
 * Where an open referral stands: 0 in the queue, 1 on hold, 2 a case in progress. The open list shows
 * the queue first. The expression is written exactly as in the index `referrals_open_order_idx`
 * (cms/src/database/intakeQueueIndexes.ts), or PostgreSQL cannot use that index to order the page.
 */
export const openRankSql = (alias: string) =>
  sql`(CASE WHEN ${statusIn(alias, queueStatuses)} THEN 0 WHEN ${sql.raw(alias)}.status = 'onHold' THEN 1 ELSE 2 END)`

/** Uncorrelated, so PostgreSQL hashes the few listed duplicates once per statement instead of probing per row. */
const duplicatesOf = (alias: string) =>
  sql`${sql.raw(alias)}.id IN (SELECT d.parent_id FROM referrals_rels d WHERE d.path = 'possibleDuplicates')`

/** A badge's condition in SQL; `statuses: false` leaves the status out, for a caller that narrows statuses once. */
export function flagSql(condition: FlagCondition, alias = 'r', { statuses = true } = {}): SQL {
  const column = (name: string) => sql.raw(`${alias}.${name}`)
  const parts: SQL[] = statuses ? [statusIn(alias, condition.statuses)] : []
  if (condition.receivedBefore) parts.push(sql`${column('received_at')} < ${condition.receivedBefore.toISOString()}::timestamptz`)
  if (condition.withoutFirstContact) parts.push(sql`${column('first_contact_at')} IS NULL`)
  if (condition.reassessmentBy) parts.push(sql`${column('next_reassessment_at')} <= ${condition.reassessmentBy.toISOString()}::timestamptz`)
  if (condition.withPossibleDuplicates) parts.push(duplicatesOf(alias))
  return parts.length ? sql`(${sql.join(parts, sql` AND `)})` : sql`true`
}

const ids = (values: readonly number[]) => sql.join(values.map((v) => sql`${v}`), sql`, `)

/** Services the query may touch: the scope, narrowed to one service when the filter asks for it. */
const servicesSql = (serviceIds: readonly number[] | 'all') => (serviceIds === 'all' ? sql`true` : sql`r.service_id IN (${ids(serviceIds)})`)

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
  const conditions = [listCondition(filters.status, now), ...filters.flags.map((flag) => flagConditions(now)[flag])]
  const statuses = conditions.reduce<readonly Status[]>((left, c) => left.filter((s) => c.statuses.includes(s)), openStatuses)
  if (statuses.length === 0) return sql`false`
  return sql.join([statusIn('r', statuses), ...conditions.map((c) => flagSql(c, 'r', { statuses: false }))], sql` AND `)
}

const assigneeSql = (assignee: QueueFilters['assignee'], userId: number | string | undefined): SQL => {
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
    SELECT count(*) FROM referrals q
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
        SELECT count(*) FROM referrals q
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
export function queuePageSql({ filters, serviceIds, userId, usersTable, now, limit, offset }: PageArgs): SQL {
  const where = sql.join([pageWhere(filters, now), servicesSql(serviceIds), assigneeSql(filters.assignee, userId)], sql` AND `)
  // The page is found from the index alone (its columns are all there); only its rows are read from the table.
  return sql`
    WITH page AS (
      SELECT r.id, r.service_id, r.status, r.priority, r.received_at, r.created_at, r.next_reassessment_at
      FROM referrals r
      WHERE ${where}
      ORDER BY ${orderSql(filters.status, 'r')}
      LIMIT ${limit + 1} OFFSET ${offset}
    ),
    high AS MATERIALIZED (${highPriorityQueuedSql})
    SELECT p.id, x.reference, p.service_id AS "serviceId", p.status::text AS status, p.priority::text AS priority,
           p.received_at AS "receivedAt", x.first_contact_at AS "firstContactAt", p.next_reassessment_at AS "nextReassessmentAt",
           x.consent_recorded_at AS "consentRecordedAt", x.consent_withdrawn_at AS "consentWithdrawnAt",
           x.eligibility_overall::text AS "eligibilityOverall", x.assignee_id AS "assigneeId",
           coalesce(nullif(u.name, ''), u.email) AS "assigneeLabel",
           ${duplicatesOf('p')} AS "hasPossibleDuplicates",
           (${positionSql})::int AS "queuePosition"
    FROM page p
    JOIN high h ON h.service_id = p.service_id
    JOIN referrals x ON x.id = p.id
    LEFT JOIN ${sql.identifier(usersTable)} u ON u.id = x.assignee_id
    ORDER BY ${orderSql(filters.status, 'p')}`
}

/**
 * The services in scope with the counts at the top: aggregates over open referrals only, in one pass
 * over the open-referrals index. Rows are first counted per service and status with the time and
 * column halves of each badge; the status half is then applied once per group, not once per row.
 * `locale`: the language of the services' names when the host localizes them.
 */
export function queueSummarySql(serviceIds: readonly number[] | 'all', userId: number | string | undefined, now: Date, locale: string | null): SQL {
  const conditions = flagConditions(now)
  const mine = userId === undefined ? sql`false` : sql`r.assignee_id = ${userId}`
  const rowCounts = queueFlags.map((flag) => sql`count(*) FILTER (WHERE ${flagSql(conditions[flag], 'r', { statuses: false })}) AS ${sql.identifier(flag)}`)
  const groupSums = queueFlags.map(
    (flag) => sql`coalesce(sum(g.${sql.identifier(flag)}) FILTER (WHERE ${statusIn('g', conditions[flag].statuses)}), 0)::int AS ${sql.identifier(flag)}`,
  )
  const names = locale
    ? sql`services s LEFT JOIN services_locales l ON l._parent_id = s.id AND l._locale = ${locale}`
    : sql`services s CROSS JOIN LATERAL (SELECT s.name) l`
  return sql`
    WITH grouped AS (
      SELECT r.service_id, r.status, count(*) AS n, count(*) FILTER (WHERE ${mine}) AS mine, ${sql.join(rowCounts, sql`, `)}
      FROM referrals r
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
    WHERE ${serviceIds === 'all' ? sql`true` : sql`s.id IN (${ids(serviceIds)})`}
    ORDER BY 3, s.id`
}

/* ------------------------------------------------------------------------------------------------
 * Scope
 * ---------------------------------------------------------------------------------------------- */

/**
 * The user's referral scope as the referrals collection's own read access states it (the plugin's
 * `access.referralScope(user)` turned into a `Where` on the service): admin views and components, which
 * do not get the plugin's options, read it here, so they show what the Local API would let the user read.
 * A rule of any other shape counts as no scope: refuse rather than guess.
 */
export async function referralScopeOf(payload: Payload, user: null | TypedUser | undefined): Promise<ReferralScope> {
  if (!user) return 'none'
  const read = payload.collections[slugs.referrals]?.config.access?.read
  if (!read) return 'none'
  // The access function only reads the user (and may use the Local API through payload).
  const result = await read({ req: { user, payload } as PayloadRequest })
  if (result === true) return 'all'
  if (!result) return 'none'
  const serviceIds = (result as { service?: { in?: unknown } }).service?.in
  return Array.isArray(serviceIds) ? (serviceIds as Array<number | string>) : 'none'
}

/* ------------------------------------------------------------------------------------------------
 * The operation
 * ---------------------------------------------------------------------------------------------- */

export type ConsentStatus = 'recorded' | 'withdrawn' | 'none'

export interface QueueRow {
  id: number
  reference: string
  service: { id: number; name: string }
  status: OpenStatus
  priority: 'normal' | 'high'
  receivedAt: string
  /** Whole days in the queue, for queued referrals only. */
  daysWaiting: number | null
  /** 1-based place in the service's queue, for queued referrals only. */
  queuePosition: number | null
  eligibilityOverall: 'fits' | 'mayNotFit' | 'needsMoreInfo' | null
  consent: ConsentStatus
  assignee: { id: number; label: string } | null
  nextReassessmentAt: string | null
  flags: ReferralFlags
}

export interface QueueCounts {
  open: number
  queued: number
  waitingTooLong: number
  noContact: number
  reassessmentDue: number
  possibleDuplicate: number
  assignedToMe: number
}

export interface IntakeQueue {
  asOf: string
  filters: QueueFilters
  /** The services in the user's scope, with their counts. */
  services: Array<{ id: number; name: string; slug: string; counts: QueueCounts }>
  /** Staff who work with at least one of these services: whom the assignee filter can name. */
  assignees: Array<{ id: number; label: string }>
  rows: QueueRow[]
  page: number
  limit: number
  hasPrevPage: boolean
  hasNextPage: boolean
}

export interface IntakeQueueArgs {
  user: TypedUser
  /** The plugin's `access.referralScope(user)`; read from the referrals collection's access when left out. */
  scope?: ReferralScope
  filters?: Partial<QueueFilters>
  page?: number
  limit?: number
  now?: Date
  /** Where the user reads the queue, for the read audit: the endpoint (`rest`), the admin's view, or code. */
  through?: ReadChannel
}

const noCounts: QueueCounts = { open: 0, queued: 0, waitingTooLong: 0, noContact: 0, reassessmentDue: 0, possibleDuplicate: 0, assignedToMe: 0 }

const iso = (value: unknown) => (value == null ? null : new Date(value as string).toISOString())

type DbRow = Record<string, unknown>

const consentOf = (row: DbRow): ConsentStatus => (row.consentWithdrawnAt ? 'withdrawn' : row.consentRecordedAt ? 'recorded' : 'none')

const rowFrom = (row: DbRow, serviceName: (id: number) => string, now: Date): QueueRow => {
  const status = row.status as OpenStatus
  const receivedAt = iso(row.receivedAt)!
  const queued = (queueStatuses as readonly string[]).includes(status)
  return {
    id: Number(row.id),
    reference: String(row.reference),
    service: { id: Number(row.serviceId), name: serviceName(Number(row.serviceId)) },
    status,
    priority: row.priority as QueueRow['priority'],
    receivedAt,
    daysWaiting: queued ? daysWaiting(receivedAt, now) : null,
    queuePosition: row.queuePosition == null ? null : Number(row.queuePosition),
    eligibilityOverall: (row.eligibilityOverall as QueueRow['eligibilityOverall']) ?? null,
    consent: consentOf(row),
    assignee: row.assigneeId == null ? null : { id: Number(row.assigneeId), label: String(row.assigneeLabel ?? row.assigneeId) },
    nextReassessmentAt: iso(row.nextReassessmentAt),
    // The badges come from the domain's rule itself; the SQL filters are held to it by the tests.
    flags: referralFlags(
      {
        status,
        receivedAt,
        firstContactAt: iso(row.firstContactAt),
        nextReassessmentAt: iso(row.nextReassessmentAt),
        possibleDuplicateCount: row.hasPossibleDuplicates ? 1 : 0,
      },
      now,
    ),
  }
}

const labelOf = (user: { name?: unknown; email?: unknown; id: unknown }) => String(user.name || user.email || user.id)

/** Staff whose scope shares a service with `serviceIds`. Staff accounts are few; the read is bounded all the same. */
async function colleagues(payload: Payload, serviceIds: readonly number[] | 'all') {
  const usersSlug = payload.config.admin.user as CollectionSlug
  const { docs } = await payload.find({ collection: usersSlug, depth: 0, limit: 500, pagination: false, overrideAccess: true, sort: 'name' })
  const result: Array<{ id: number; label: string }> = []
  for (const user of docs) {
    const scope = await referralScopeOf(payload, { ...user, collection: usersSlug } as TypedUser)
    const works = scope === 'all' || (scope !== 'none' && scope.length > 0)
    const shares = scope === 'all' || serviceIds === 'all' || (scope !== 'none' && scope.some((id) => serviceIds.includes(Number(id))))
    if (works && shares) result.push({ id: Number(user.id), label: labelOf(user as { id: unknown }) })
  }
  return result
}

/**
 * The intake queue for one user: per service in their scope the counts at the top, and one page of
 * referrals in waiting order with what each row shows. SQL through the Postgres adapter, because the
 * page's order, the queue positions and the counts are aggregates the Local API cannot express; the
 * user's scope is therefore applied here, on every statement. No exact total: a page asks for one row
 * more than it shows.
 */
export async function intakeQueue(payload: Payload, args: IntakeQueueArgs, run: SqlRunner = drizzleRunner(payload)): Promise<IntakeQueue> {
  const now = args.now ?? new Date()
  const filters: QueueFilters = { ...defaultQueueFilters, ...args.filters }
  const page = Math.min(Math.max(1, Math.floor(args.page ?? 1)), maxQueuePage)
  const limit = Math.min(Math.max(1, Math.floor(args.limit ?? queuePageSize)), 100)
  const scope = args.scope ?? (await referralScopeOf(payload, args.user))
  const empty: IntakeQueue = { asOf: now.toISOString(), filters, services: [], assignees: [], rows: [], page, limit, hasPrevPage: page > 1, hasNextPage: false }
  if (scope === 'none' || scope.length === 0) return empty

  const scopeIds = scope === 'all' ? 'all' : scope.map(Number)
  const inScope = filters.service === null || scopeIds === 'all' || scopeIds.includes(filters.service)
  const pageServices = filters.service === null ? scopeIds : [filters.service]
  const userId = args.user.id as number | string | undefined

  const locale = payload.config.localization ? payload.config.localization.defaultLocale : null
  const [summary, pageRows, assignees] = await Promise.all([
    run(queueSummarySql(scopeIds, userId, now, locale)),
    inScope
      ? run(queuePageSql({ filters, serviceIds: pageServices, userId, usersTable: tableName(payload, payload.config.admin.user), now, limit, offset: (page - 1) * limit }))
      : Promise.resolve({ rows: [] as DbRow[] }),
    colleagues(payload, scopeIds),
  ])

  const services = summary.rows.map((row) => ({
    id: Number(row.id),
    name: String(row.name),
    slug: String(row.slug),
    counts: Object.fromEntries(Object.keys(noCounts).map((key) => [key, Number(row[key] ?? 0)])) as unknown as QueueCounts,
  }))
  const nameOf = new Map(services.map((s) => [s.id, s.name]))
  const rows = pageRows.rows.slice(0, limit).map((row) => rowFrom(row, (id) => nameOf.get(id) ?? String(id), now))
  // The page shows who these referrals are about: each one is a read for the read audit.
  await recordPersonReads(payload, {
    user: args.user,
    through: args.through ?? 'local',
    operation: 'queue',
    readCollection: 'referrals',
    referrals: rows.map((row) => ({ id: row.id, reference: row.reference })),
  })
  return { ...empty, services, assignees, rows, hasNextPage: pageRows.rows.length > limit }
}