import type { Payload, PayloadRequest, TypedUser } from 'payload'

import { sql, type SQL } from '@payloadcms/db-postgres/drizzle'

import { slugs } from '../defaults'
import {
  csvBom,
  csvLine,
  accessLogFilterErrors as errors,
  isIsoDate,
  normalizeReference,
  type ReadChannel,
  readChannelLabels,
  type ReadCollection,
  readCollectionLabels,
  type ReadOperation,
  readOperationLabels,
  accessLogTexts as texts,
} from '../domain'
import { drizzleRunner, type SqlRunner, tables } from './sql'

/* ------------------------------------------------------------------------------------------------
 * Filters: the review page's GET form and the CSV export read the same query string
 * ---------------------------------------------------------------------------------------------- */

export interface AccessLogFilters {
  /** Part of the user's e-mail, any case; empty: every user. */
  user: string
  /** A referral's reference, normalised; empty: every referral. */
  reference: string
  /** Swedish calendar days, both included; null: open-ended. */
  from: string | null
  to: string | null
}

export const noAccessLogFilters: AccessLogFilters = {
  user: '',
  reference: '',
  from: null,
  to: null,
}
export const accessLogPageSize = 50
/** Pages beyond this are refused: an offset that large makes the database walk most of the log. */
export const maxAccessLogPage = 1000
const maxText = 200

export type AccessLogQuery =
  | { ok: true; filters: AccessLogFilters; page: number }
  | {
      ok: false
      filters: AccessLogFilters
      page: number
      errors: Array<{ field: keyof AccessLogFilters | 'page'; message: string }>
    }

/** Reads `user`, `reference`, `from`, `to` and `page`; what cannot be used is named, and left out of `filters`. */
export function parseAccessLogQuery(params: URLSearchParams): AccessLogQuery {
  const value = (name: string) => (params.get(name) ?? '').trim()
  const problems: Array<{ field: keyof AccessLogFilters | 'page'; message: string }> = []
  const text = (name: 'user' | 'reference') => {
    if (value(name).length <= maxText) return value(name)
    problems.push({ field: name, message: errors.tooLong })
    return ''
  }
  const day = (name: 'from' | 'to') => {
    if (value(name) === '') return null
    if (isIsoDate(value(name))) return value(name)
    problems.push({ field: name, message: errors.date })
    return null
  }
  const user = text('user')
  const reference = normalizeReference(text('reference'))
  let from = day('from')
  let to = day('to')
  if (from && to && from > to) {
    problems.push({ field: 'from', message: errors.order })
    from = to = null
  }
  const pageText = value('page')
  const page =
    pageText === ''
      ? 1
      : /^[1-9]\d{0,5}$/.test(pageText) && Number(pageText) <= maxAccessLogPage
        ? Number(pageText)
        : null
  if (page === null) problems.push({ field: 'page', message: errors.page })

  const filters = { user, reference, from, to }
  return problems.length === 0
    ? { ok: true, filters, page: page! }
    : { ok: false, filters, page: page ?? 1, errors: problems }
}

/** The query string for filters and a page, the inverse of `parseAccessLogQuery`; empty filters are left out. */
export function accessLogSearch(filters: AccessLogFilters, page = 1): string {
  const params = new URLSearchParams()
  if (filters.user) params.set('user', filters.user)
  if (filters.reference) params.set('reference', filters.reference)
  if (filters.from) params.set('from', filters.from)
  if (filters.to) params.set('to', filters.to)
  if (page > 1) params.set('page', String(page))
  const query = params.toString()
  return query ? `?${query}` : ''
}

/* ------------------------------------------------------------------------------------------------
 * Who may review the log
 * ---------------------------------------------------------------------------------------------- */

/**
 * Whether this user may read the log, as the collection's own read access says (the host's
 * `access.canReadAuditLog`): the admin views, which do not get the plugin's options, ask here.
 */
export async function canReviewAccessLog(
  payload: Payload,
  user: null | TypedUser | undefined,
): Promise<boolean> {
  if (!user) return false
  const read = payload.collections[slugs.referralAccessLog]?.config.access?.read
  if (!read) return false
  return (await read({ req: { user, payload } as PayloadRequest })) === true
}

/* ------------------------------------------------------------------------------------------------
 * Reading the log
 * ---------------------------------------------------------------------------------------------- */

export interface AccessLogRow {
  id: number
  at: string
  userId: number
  userEmail: string | null
  referralId: number | null
  referralReference: string | null
  readCollection: ReadCollection
  operation: ReadOperation
  through: ReadChannel
}

export interface AccessLogPage {
  filters: AccessLogFilters
  rows: AccessLogRow[]
  page: number
  limit: number
  hasPrevPage: boolean
  hasNextPage: boolean
}

/** `%` and `_` typed by the user are meant literally. */
const likeContaining = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`

/** Days are Swedish calendar days: from the start of `from` to the end of `to`, in Swedish time. */
function whereSql(filters: AccessLogFilters): SQL {
  const parts: SQL[] = [sql`true`]
  if (filters.user) parts.push(sql`l.user_email ILIKE ${likeContaining(filters.user)}`)
  if (filters.reference) parts.push(sql`l.referral_reference = ${filters.reference}`)
  if (filters.from)
    parts.push(sql`l.at >= (${filters.from}::date::timestamp AT TIME ZONE 'Europe/Stockholm')`)
  if (filters.to)
    parts.push(sql`l.at < ((${filters.to}::date + 1)::timestamp AT TIME ZONE 'Europe/Stockholm')`)
  return sql.join(parts, sql` AND `)
}

const columns = sql`l.id, l.at, l.user_id AS "userId", l.user_email AS "userEmail", l.referral_id AS "referralId",
  l.referral_reference AS "referralReference", l.read_collection::text AS "readCollection", l.operation::text AS operation, l.through::text AS through`

const rowFrom = (row: Record<string, unknown>): AccessLogRow => ({
  id: Number(row.id),
  at: new Date(row.at as string).toISOString(),
  userId: Number(row.userId),
  userEmail: (row.userEmail as string | null) ?? null,
  referralId: row.referralId == null ? null : Number(row.referralId),
  referralReference: (row.referralReference as string | null) ?? null,
  readCollection: row.readCollection as ReadCollection,
  operation: row.operation as ReadOperation,
  through: row.through as ReadChannel,
})

/**
 * One page of the log, newest first. SQL, like the queue: the log grows by every read, and a page
 * asks for one row more than it shows instead of counting them all. Check `canReviewAccessLog` first.
 */
export async function accessLogPage(
  payload: Payload,
  args: { filters?: AccessLogFilters; page?: number; limit?: number },
  run: SqlRunner = drizzleRunner(payload),
): Promise<AccessLogPage> {
  const filters = args.filters ?? noAccessLogFilters
  const page = Math.min(Math.max(1, Math.floor(args.page ?? 1)), maxAccessLogPage)
  const limit = Math.min(Math.max(1, Math.floor(args.limit ?? accessLogPageSize)), 500)
  const { rows } = await run(sql`
    SELECT ${columns} FROM ${tables.referralAccessLog} l
    WHERE ${whereSql(filters)}
    ORDER BY l.at DESC, l.id DESC
    LIMIT ${limit + 1} OFFSET ${(page - 1) * limit}`)
  return {
    filters,
    rows: rows.slice(0, limit).map(rowFrom),
    page,
    limit,
    hasPrevPage: page > 1,
    hasNextPage: rows.length > limit,
  }
}

/* ------------------------------------------------------------------------------------------------
 * CSV
 * ---------------------------------------------------------------------------------------------- */

const swedishTime = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
})

/** A moment as Swedish local time, `2026-03-10 13:05:09`. */
export const formatSwedishTime = (iso: string) => swedishTime.format(new Date(iso))

export const accessLogCsvHeader = () => csvLine(texts.csvHeader)

export const accessLogCsvLine = (row: AccessLogRow) =>
  csvLine([
    formatSwedishTime(row.at),
    String(row.userId),
    row.userEmail ?? '',
    row.referralId == null ? '' : String(row.referralId),
    row.referralReference ?? '',
    readCollectionLabels[row.readCollection],
    readOperationLabels[row.operation],
    readChannelLabels[row.through],
  ])

const csvChunk = 1000

/**
 * Every entry that matches the filters, oldest first, as CSV (UTF-8 with a byte order mark, so a
 * spreadsheet reads å, ä and ö), read and sent in chunks: a long period never sits in memory at once.
 */
export function accessLogCsv(
  payload: Payload,
  filters: AccessLogFilters,
  run: SqlRunner = drizzleRunner(payload),
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder()
  let after: { at: string; id: number } | null = null
  let started = false
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true
        controller.enqueue(encoder.encode(`${csvBom}${accessLogCsvHeader()}`))
        return
      }
      const next: SQL = after
        ? sql`(l.at, l.id) > (${after.at}::timestamptz, ${after.id})`
        : sql`true`
      const { rows } = await run(sql`
        SELECT ${columns} FROM ${tables.referralAccessLog} l
        WHERE ${whereSql(filters)} AND ${next}
        ORDER BY l.at, l.id
        LIMIT ${csvChunk}`)
      if (rows.length === 0) return controller.close()
      const chunk = rows.map(rowFrom)
      const last = chunk[chunk.length - 1]
      after = { at: last.at, id: last.id }
      controller.enqueue(encoder.encode(chunk.map(accessLogCsvLine).join('')))
      if (rows.length < csvChunk) controller.close()
    },
  })
}
