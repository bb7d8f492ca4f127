import { openStatuses, type ReferralFlags } from '../../domain'

/*
 * The queue's filters: the lists, the badges and the page, read from and written to a query string
 * (the endpoint and the view's plain GET form).
 */

/** The lists intake staff work from: every open referral, the queue, cases in progress, re-assessments due. */
export const queueLists = ['open', 'queued', 'inCase', 'reassessmentDue'] as const
export type QueueList = (typeof queueLists)[number]
export type OpenStatus = (typeof openStatuses)[number]
export type QueueFlag = keyof ReferralFlags
export const queueFlags = [
  'waitingTooLong',
  'noContact',
  'reassessmentDue',
  'possibleDuplicate',
  'contactRequested',
] as const satisfies readonly QueueFlag[]

export interface QueueFilters {
  /** One unit's services, or those of every unit in the user's scope; narrows, never widens the scope. */
  unit: number | null
  /** One service, or every service in the user's scope. */
  service: number | null
  /** A list, or one open status. */
  status: QueueList | OpenStatus
  /** Mine, nobody's, one user's, or anyone's (null). */
  assignee: 'me' | 'none' | number | null
  /** Only referrals with every one of these badges. */
  flags: QueueFlag[]
}

export const defaultQueueFilters: QueueFilters = {
  unit: null,
  service: null,
  status: 'open',
  assignee: null,
  flags: [],
}

/** Pages beyond this are refused: an offset that large would make the database walk most of the table. */
export const maxQueuePage = 400
export const queuePageSize = 25

export type QueueQuery =
  { ok: true; filters: QueueFilters; page: number } | { ok: false; field: string; message: string }

const isOneOf = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value)
const positiveInteger = (value: string) => (/^[1-9]\d{0,9}$/.test(value) ? Number(value) : null)

/**
 * Reads the queue's filters from a query string (`unit`, `service`, `status`, `assignee`, `flags`, `page`), as
 * the endpoint and the view's plain GET form send them. Empty values mean "no filter".
 */
export function parseQueueQuery(params: URLSearchParams): QueueQuery {
  const value = (name: string) => (params.get(name) ?? '').trim()
  const refuse = (field: string, message: string): QueueQuery => ({ ok: false, field, message })

  const unit = value('unit') === '' ? null : positiveInteger(value('unit'))
  if (unit === null && value('unit') !== '') return refuse('unit', 'unit: the id of a unit.')

  const service = value('service') === '' ? null : positiveInteger(value('service'))
  if (service === null && value('service') !== '')
    return refuse('service', 'service: the id of a service.')

  const status = value('status') || defaultQueueFilters.status
  if (!isOneOf(queueLists, status) && !isOneOf(openStatuses, status)) {
    return refuse('status', `status: one of ${[...queueLists, ...openStatuses].join(', ')}.`)
  }

  const assigneeText = value('assignee')
  const assignee =
    assigneeText === ''
      ? null
      : assigneeText === 'me' || assigneeText === 'none'
        ? assigneeText
        : positiveInteger(assigneeText)
  if (assignee === null && assigneeText !== '')
    return refuse('assignee', 'assignee: me, none or the id of a user.')

  const flags = [
    ...new Set(
      params
        .getAll('flags')
        .flatMap((f) => f.split(','))
        .map((f) => f.trim())
        .filter(Boolean),
    ),
  ]
  const unknown = flags.find((f) => !isOneOf(queueFlags, f))
  if (unknown !== undefined) return refuse('flags', `flags: any of ${queueFlags.join(', ')}.`)

  const page = value('page') === '' ? 1 : positiveInteger(value('page'))
  if (page === null || page > maxQueuePage)
    return refuse('page', `page: a whole number from 1 to ${maxQueuePage}.`)

  return {
    ok: true,
    filters: { unit, service, status, assignee, flags: flags as QueueFlag[] },
    page,
  }
}

/** The query string for filters and a page, the inverse of `parseQueueQuery`; defaults are left out. */
export function queueSearch(filters: Partial<QueueFilters>, page = 1): string {
  const params = new URLSearchParams()
  if (filters.unit != null) params.set('unit', String(filters.unit))
  if (filters.service != null) params.set('service', String(filters.service))
  if (filters.status && filters.status !== defaultQueueFilters.status)
    params.set('status', filters.status)
  if (filters.assignee != null) params.set('assignee', String(filters.assignee))
  for (const flag of filters.flags ?? []) params.append('flags', flag)
  if (page > 1) params.set('page', String(page))
  const text = params.toString()
  return text ? `?${text}` : ''
}
