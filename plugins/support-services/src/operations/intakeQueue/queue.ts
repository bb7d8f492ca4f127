import type { CollectionSlug, Payload, TypedUser } from 'payload'

import type { ReferralScope } from '../../types'

import {
  daysWaiting,
  queueStatuses,
  type ReadChannel,
  referralFlags,
  type ReferralFlags,
} from '../../domain'
import { recordPersonReads } from '../../hooks/recordReads'
import { drizzleRunner, type SqlRunner, tableName } from '../sql'
import {
  defaultQueueFilters,
  maxQueuePage,
  type OpenStatus,
  type QueueFilters,
  queuePageSize,
} from './filters'
import { referralScopeOf } from './scope'
import { queuePageSql, queueSummarySql } from './sql'
import { narrowToUnit, unitsInScope } from './units'

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
  contactRequested: number
  assignedToMe: number
}

export interface IntakeQueue {
  asOf: string
  filters: QueueFilters
  /** The units of the services in the user's scope: the unit filter is offered when there are several. */
  units: Array<{ id: number; name: string }>
  /** The services in the user's scope (within the filtered unit), with their counts. */
  services: Array<{ id: number; name: string; slug: string; counts: QueueCounts }>
  /** Staff who work with at least one of the shown services (within the filtered unit, or the filtered service alone): whom the assignee filter can name. */
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

const noCounts: QueueCounts = {
  open: 0,
  queued: 0,
  waitingTooLong: 0,
  noContact: 0,
  reassessmentDue: 0,
  possibleDuplicate: 0,
  contactRequested: 0,
  assignedToMe: 0,
}

const iso = (value: unknown) => (value == null ? null : new Date(value as string).toISOString())

type DbRow = Record<string, unknown>

const consentOf = (row: DbRow): ConsentStatus =>
  row.consentWithdrawnAt ? 'withdrawn' : row.consentRecordedAt ? 'recorded' : 'none'

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
    assignee:
      row.assigneeId == null
        ? null
        : { id: Number(row.assigneeId), label: String(row.assigneeLabel ?? row.assigneeId) },
    nextReassessmentAt: iso(row.nextReassessmentAt),
    // The badges come from the domain's rule itself; the SQL filters are held to it by the tests.
    flags: referralFlags(
      {
        status,
        receivedAt,
        firstContactAt: iso(row.firstContactAt),
        nextReassessmentAt: iso(row.nextReassessmentAt),
        possibleDuplicateCount: row.hasPossibleDuplicates ? 1 : 0,
        contactRequestedAt: iso(row.contactRequestedAt),
      },
      now,
    ),
  }
}

const labelOf = (user: { name?: unknown; email?: unknown; id: unknown }) =>
  String(user.name || user.email || user.id)

/** Staff whose scope shares a service with `serviceIds`. Staff accounts are few; the read is bounded all the same. */
export async function colleagues(payload: Payload, serviceIds: readonly number[] | 'all') {
  const usersSlug = payload.config.admin.user as CollectionSlug
  const { docs } = await payload.find({
    collection: usersSlug,
    depth: 0,
    limit: 500,
    pagination: false,
    overrideAccess: true,
    sort: 'name',
  })
  const result: Array<{ id: number; label: string }> = []
  for (const user of docs) {
    const scope = await referralScopeOf(payload, { ...user, collection: usersSlug } as TypedUser)
    const works = scope === 'all' || (scope !== 'none' && scope.length > 0)
    const shares =
      scope === 'all' ||
      serviceIds === 'all' ||
      (scope !== 'none' && scope.some((id) => serviceIds.includes(Number(id))))
    if (works && shares)
      result.push({ id: Number(user.id), label: labelOf(user as { id: unknown }) })
  }
  return result
}

type ServiceCounts = IntakeQueue['services']

/** Per service in scope, the counts at the top of the queue: aggregates only, nobody's referral is read. */
async function serviceCountsIn(
  payload: Payload,
  run: SqlRunner,
  scopeIds: readonly number[] | 'all',
  userId: number | string | undefined,
  now: Date,
): Promise<ServiceCounts> {
  const locale = payload.config.localization ? payload.config.localization.defaultLocale : null
  const summary = await run(queueSummarySql(scopeIds, userId, now, locale))
  return summary.rows.map((row) => ({
    id: Number(row.id),
    name: String(row.name),
    slug: String(row.slug),
    counts: Object.fromEntries(
      Object.keys(noCounts).map((key) => [key, Number(row[key] ?? 0)]),
    ) as unknown as QueueCounts,
  }))
}

/** The counts of the intake queue alone (the admin's start page): the user's scope, no rows. */
export async function queueServiceCounts(
  payload: Payload,
  args: Pick<IntakeQueueArgs, 'user' | 'scope' | 'now'>,
): Promise<ServiceCounts> {
  const scope = args.scope ?? (await referralScopeOf(payload, args.user))
  if (scope === 'none' || scope.length === 0) return []
  return serviceCountsIn(
    payload,
    drizzleRunner(payload),
    scope === 'all' ? 'all' : scope.map(Number),
    args.user.id as number | string | undefined,
    args.now ?? new Date(),
  )
}

/**
 * The intake queue for one user: per service in their scope the counts at the top, and one page of
 * referrals in waiting order with what each row shows. SQL through the Postgres adapter, because the
 * page's order, the queue positions and the counts are aggregates the Local API cannot express; the
 * user's scope is therefore applied here, on every statement. No exact total: a page asks for one row
 * more than it shows.
 */
export async function intakeQueue(
  payload: Payload,
  args: IntakeQueueArgs,
  run: SqlRunner = drizzleRunner(payload),
): Promise<IntakeQueue> {
  const now = args.now ?? new Date()
  const filters: QueueFilters = { ...defaultQueueFilters, ...args.filters }
  const page = Math.min(Math.max(1, Math.floor(args.page ?? 1)), maxQueuePage)
  const limit = Math.min(Math.max(1, Math.floor(args.limit ?? queuePageSize)), 100)
  const scope = args.scope ?? (await referralScopeOf(payload, args.user))
  const empty: IntakeQueue = {
    asOf: now.toISOString(),
    filters,
    units: [],
    services: [],
    assignees: [],
    rows: [],
    page,
    limit,
    hasPrevPage: page > 1,
    hasNextPage: false,
  }
  if (scope === 'none' || scope.length === 0) return empty

  const scopeIds = scope === 'all' ? 'all' : scope.map(Number)
  const units = await unitsInScope(payload, scopeIds)
  // The unit filter only ever narrows the scope: a unit outside it leaves no service at all.
  const visibleIds = narrowToUnit(scopeIds, units, filters.unit)
  const inScope =
    filters.service === null || visibleIds === 'all' || visibleIds.includes(filters.service)
  const pageServices = filters.service === null ? visibleIds : [filters.service]
  const userId = args.user.id as number | string | undefined

  const [services, pageRows, assignees] = await Promise.all([
    serviceCountsIn(payload, run, visibleIds, userId, now),
    inScope
      ? run(
          queuePageSql({
            filters,
            serviceIds: pageServices,
            userId,
            usersTable: tableName(payload, payload.config.admin.user),
            now,
            limit,
            offset: (page - 1) * limit,
          }),
        )
      : Promise.resolve({ rows: [] as DbRow[] }),
    // Whom the shown referrals can go to: a unit filter narrows the list with the services, a service
    // filter to that service's staff (none when the service is outside what the account sees).
    colleagues(payload, filters.service === null ? visibleIds : inScope ? pageServices : []),
  ])

  const nameOf = new Map(services.map((s) => [s.id, s.name]))
  const rows = pageRows.rows
    .slice(0, limit)
    .map((row) => rowFrom(row, (id) => nameOf.get(id) ?? String(id), now))
  // The page shows who these referrals are about: each one is a read for the read audit.
  await recordPersonReads(payload, {
    user: args.user,
    through: args.through ?? 'local',
    operation: 'queue',
    readCollection: 'referrals',
    referrals: rows.map((row) => ({ id: row.id, reference: row.reference })),
  })
  return {
    ...empty,
    units: units.map(({ id, name }) => ({ id, name })),
    services,
    assignees,
    rows,
    hasNextPage: pageRows.rows.length > limit,
  }
}
