/**
 * The follow-up report's pure parts: which outcomes count as work or studies, shares, the "< 5" rule
 * and shaping the database's aggregate rows into one report. The SQL lives in the plugin's
 * operations; nothing here reads a database or a clock.
 */
import { genders, type Gender } from './vocabulary'
import { isIsoDate } from './dates'
import { publicCount, type PublicCount } from './queue'
import { closedStatuses, outcomes, type Outcome } from './workflow'

/** Closings that count as "into work or studies" in SUS and the follow-up reports. */
export const workOrStudiesOutcomes = [
  'workWithoutSubsidy', 'workWithSubsidy', 'ownBusiness', 'studies', 'workAndStudies',
] as const satisfies readonly Outcome[]

/** Statuses in which a person is a participant (enrolled, or actively supported). */
export const participantStatuses = ['enrolled', 'active'] as const

/** Closing categories: each outcome of `closed`, and the other closing statuses. */
export const closingCategories = [...outcomes, 'redirected', 'withdrawn', 'declined'] as const
export type ClosingCategory = (typeof closingCategories)[number]

export type ByGender = Record<Gender, number> & { total: number }

export interface ReportPeriod {
  /** First day, 'YYYY-MM-DD', a Swedish (Europe/Stockholm) calendar day, included. */
  from: string
  /** Last day, included: everything up to the end of this Swedish day counts. */
  to: string
}

/** A share in [0, 1], or null when there is nothing to divide by (no honest share then). */
export function share(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null
}

/** Checks the period; returns an English message for the API when it is not usable. */
export function checkReportPeriod(period: ReportPeriod): string | null {
  if (!isIsoDate(period.from) || !isIsoDate(period.to)) return 'Give the period as two dates, YYYY-MM-DD.'
  if (period.from > period.to) return 'The period starts after it ends.'
  return null
}

/** The calendar months a period touches, 'YYYY-MM', in order. */
export function monthsOf(period: ReportPeriod): string[] {
  const months: string[] = []
  let [year, month] = period.from.slice(0, 7).split('-').map(Number)
  const last = period.to.slice(0, 7)
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`
    months.push(key)
    if (key >= last) return months
    month += 1
    if (month > 12) [year, month] = [year + 1, 1]
  }
}

export const emptyByGender = (): ByGender => ({ woman: 0, man: 0, other: 0, notStated: 0, total: 0 })

const asGender = (value: string | null | undefined): Gender =>
  (genders as readonly string[]).includes(value ?? '') ? (value as Gender) : 'notStated'

/** Sums rows of `{ gender, n }` into a by-gender count; an unknown or missing gender is "not stated". */
export function countByGender(rows: readonly { gender: string | null; n: number }[]): ByGender {
  const result = emptyByGender()
  for (const row of rows) {
    result[asGender(row.gender)] += row.n
    result.total += row.n
  }
  return result
}

// The aggregate rows the SQL returns (counts already integers).
export interface InflowRow { serviceId: number; month: string; n: number }
export interface QueueRow { serviceId: number; waiting: number; over30: number }
export interface ClosingRow { status: string; outcome: string | null; gender: string | null; n: number }
export interface GenderRow { gender: string | null; n: number }

export interface FollowUpReport {
  period: ReportPeriod
  serviceIds: number[]
  inflow: { months: string[]; byService: { serviceId: number; byMonth: Record<string, number>; total: number }[]; total: number }
  queueAtEnd: { serviceId: number; waiting: number; waitingOver30Days: number; shareOver30Days: number | null }[]
  closings: {
    byCategory: Record<ClosingCategory, ByGender>
    total: ByGender
    withOutcome: number
    intoWorkOrStudies: number
    shareIntoWorkOrStudies: number | null
  }
  enrolledAtEnd: ByGender
  supportedDuringPeriod: ByGender
}

export interface FollowUpRows {
  inflow: readonly InflowRow[]
  queue: readonly QueueRow[]
  closings: readonly ClosingRow[]
  enrolledAtEnd: readonly GenderRow[]
  supported: readonly GenderRow[]
}

const closingCategory = (row: ClosingRow): ClosingCategory | null => {
  if (row.status === 'closed') return (outcomes as readonly string[]).includes(row.outcome ?? '') ? (row.outcome as Outcome) : 'other'
  return (closedStatuses as readonly string[]).includes(row.status) ? (row.status as ClosingCategory) : null
}

/** Shapes the aggregate rows into the report: every service and month present, zeros included. */
export function shapeFollowUpReport(period: ReportPeriod, serviceIds: readonly number[], rows: FollowUpRows): FollowUpReport {
  const months = monthsOf(period)
  const ids = [...new Set([...serviceIds, ...rows.inflow.map((r) => r.serviceId), ...rows.queue.map((r) => r.serviceId)])].sort((a, b) => a - b)

  const byService = ids.map((serviceId) => {
    const byMonth = Object.fromEntries(months.map((m) => [m, 0]))
    for (const row of rows.inflow) if (row.serviceId === serviceId) byMonth[row.month] = (byMonth[row.month] ?? 0) + row.n
    return { serviceId, byMonth, total: Object.values(byMonth).reduce((a, b) => a + b, 0) }
  })

  const queueAtEnd = ids.map((serviceId) => {
    const row = rows.queue.find((r) => r.serviceId === serviceId)
    const waiting = row?.waiting ?? 0
    const over = row?.over30 ?? 0
    return { serviceId, waiting, waitingOver30Days: over, shareOver30Days: share(over, waiting) }
  })

  const byCategory = Object.fromEntries(closingCategories.map((c) => [c, emptyByGender()])) as Record<ClosingCategory, ByGender>
  const total = emptyByGender()
  for (const row of rows.closings) {
    const category = closingCategory(row)
    if (!category) continue
    const gender = asGender(row.gender)
    byCategory[category][gender] += row.n
    byCategory[category].total += row.n
    total[gender] += row.n
    total.total += row.n
  }
  const withOutcome = outcomes.reduce((sum, o) => sum + byCategory[o].total, 0)
  const intoWorkOrStudies = workOrStudiesOutcomes.reduce((sum, o) => sum + byCategory[o].total, 0)

  return {
    period: { ...period },
    serviceIds: ids,
    inflow: { months, byService, total: byService.reduce((sum, s) => sum + s.total, 0) },
    queueAtEnd,
    closings: { byCategory, total, withOutcome, intoWorkOrStudies, shareIntoWorkOrStudies: share(intoWorkOrStudies, withOutcome) },
    enrolledAtEnd: countByGender(rows.enrolledAtEnd),
    supportedDuringPeriod: countByGender(rows.supported),
  }
}

export type MaskedByGender = Record<keyof ByGender, PublicCount>

/** A by-gender count for a public or exported view: every cell below 5 becomes "< 5". */
export function maskByGender(counts: ByGender): MaskedByGender {
  return {
    woman: publicCount(counts.woman),
    man: publicCount(counts.man),
    other: publicCount(counts.other),
    notStated: publicCount(counts.notStated),
    total: publicCount(counts.total),
  }
}

/** How a count cell is printed in a public or exported table: "< 5" or the number. */
export function formatPublicCount(count: PublicCount): string {
  return count.kind === 'fewerThan' ? '< 5' : String(count.value)
}

const csvRow = (cells: readonly (string | number)[]) => cells.map((cell) => (/[",\n]/.test(String(cell)) ? `"${String(cell).replace(/"/g, '""')}"` : cell)).join(',')

const genderCells = (counts: ByGender) => {
  const masked = maskByGender(counts)
  return [masked.woman, masked.man, masked.other, masked.notStated, masked.total].map(formatPublicCount)
}

/**
 * The report as one CSV for export: every count below 5 printed as "< 5" (an exported file leaves the
 * staff room). Services are named by `serviceName`; the columns are the same for every table.
 */
export function followUpReportCsv(report: FollowUpReport, serviceName: (id: number) => string): string {
  const count = (n: number) => formatPublicCount(publicCount(n))
  const none = ['', '', '', '']
  const rows: (string | number)[][] = [['table', 'service', 'item', 'woman', 'man', 'other', 'notStated', 'total']]
  for (const s of report.inflow.byService) {
    for (const month of report.inflow.months) rows.push(['inflow', serviceName(s.serviceId), month, ...none, count(s.byMonth[month] ?? 0)])
  }
  for (const q of report.queueAtEnd) {
    rows.push(['queueAtEnd', serviceName(q.serviceId), 'waiting', ...none, count(q.waiting)])
    rows.push(['queueAtEnd', serviceName(q.serviceId), 'waitingOver30Days', ...none, count(q.waitingOver30Days)])
  }
  for (const category of closingCategories) rows.push(['closings', '', category, ...genderCells(report.closings.byCategory[category])])
  rows.push(['closings', '', 'total', ...genderCells(report.closings.total)])
  rows.push(['enrolledAtEnd', '', '', ...genderCells(report.enrolledAtEnd)])
  rows.push(['supportedDuringPeriod', '', '', ...genderCells(report.supportedDuringPeriod)])
  return `${rows.map(csvRow).join('\n')}\n`
}
