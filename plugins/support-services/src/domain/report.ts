/**
 * The follow-up report's pure parts: which outcomes count as work or studies, shares, shaping the
 * database's aggregate rows into one report, the report's tables, the "< 5" rule with masking by
 * complement, and CSV. The SQL lives in the plugin's operations; nothing here reads a database or a clock.
 */
import { genders, heardFromOptions, referralSources, type Gender } from './vocabulary'
import { isIsoDate } from './dates'
import { estimateWaitDays, estimateWindowDays, firstContactGoalDays, publicCount, waitingGoalDays, type PublicCount } from './queue'
import { genderLabels, heardFromLabels, notStatedLabel, outcomeLabels, sourceLabels, statusLabels } from './staffTexts'
import { outcomes, type Outcome, type Status } from './workflow'

/** Closings that count as "into work or studies" in SUS and the follow-up reports. */
export const workOrStudiesOutcomes = [
  'workWithoutSubsidy', 'workWithSubsidy', 'ownBusiness', 'studies', 'workAndStudies',
] as const satisfies readonly Outcome[]

/** Statuses in which a person is a participant (enrolled, or actively supported). */
export const participantStatuses = ['enrolled', 'active'] as const

/**
 * The statuses a report counts as a closing (outflow). Not `merged`: a duplicate folded into the
 * person's other referral was never a separate case, so it is neither inflow nor outflow.
 */
export const closingStatuses = ['closed', 'redirected', 'declined', 'withdrawn'] as const satisfies readonly Status[]

/** Closing categories: each outcome of `closed`, and the other closing statuses. */
export const closingCategories = [...outcomes, 'redirected', 'withdrawn', 'declined'] as const
export type ClosingCategory = (typeof closingCategories)[number]

/** Days waiting in the queue, in the buckets of the waiting-time distribution (upper bound included). */
export const waitBuckets = [
  { key: '0-14', upTo: 14, label: '0–14 dagar' },
  { key: '15-30', upTo: 30, label: '15–30 dagar' },
  { key: '31-60', upTo: 60, label: '31–60 dagar' },
  { key: '61-90', upTo: 90, label: '61–90 dagar' },
  { key: '91-180', upTo: 180, label: '91–180 dagar' },
  { key: '181+', upTo: Infinity, label: 'Mer än 180 dagar' },
] as const
export type WaitBucket = (typeof waitBuckets)[number]['key']


export type ByGender = Record<Gender, number> & { total: number }
export type SourceKey = (typeof referralSources)[number] | 'notStated'
export type HeardFromKey = (typeof heardFromOptions)[number] | 'notStated'

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

const lastDayOfMonth = (month: string) => {
  const [year, m] = month.split('-').map(Number)
  return `${month}-${String(new Date(Date.UTC(year, m, 0)).getUTCDate()).padStart(2, '0')}`
}

/** The last day of each month of the period, the last one cut at the period's end: the queue is counted at the end of each. */
export function monthEnds(period: ReportPeriod): string[] {
  return monthsOf(period).map((month) => {
    const last = lastDayOfMonth(month)
    return last < period.to ? last : period.to
  })
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

/** Counts per key of a closed list; a missing or unknown key is "not stated". */
function countByKey<K extends string>(keys: readonly K[], rows: readonly { key: string | null; n: number }[]): Record<K | 'notStated', number> {
  const result = Object.fromEntries([...keys, 'notStated'].map((k) => [k, 0])) as Record<K | 'notStated', number>
  for (const row of rows) {
    const key = (keys as readonly string[]).includes(row.key ?? '') ? (row.key as K) : 'notStated'
    result[key] += row.n
  }
  return result
}

// The aggregate rows the SQL returns (counts already integers).
export interface InflowRow { serviceId: number; month: string; n: number }
export interface KeyRow { key: string | null; n: number }
/** Referrals in the queue at the end date, by service and whole days waiting. */
export interface QueueDaysRow { serviceId: number; days: number; n: number }
export interface ServiceCountRow { serviceId: number; n: number }
/**
 * Queue stays, counted by where they start and end among the month ends: `startBucket` and `endBucket`
 * are how many month-end instants come at or before the stay's start and end. A stay is in the queue at
 * month end k (1-based) when it started before it and ended at or after it: startBucket < k <= endBucket.
 */
export interface QueueStayRow { serviceId: number; startBucket: number; endBucket: number; n: number }
export interface ClosingRow { status: string; outcome: string | null; gender: string | null; month: string; n: number }
export interface GenderRow { gender: string | null; n: number }
/** Days from referral to a milestone; `serviceId` null is all the chosen services together. */
export interface DurationRow { serviceId: number | null; n: number; withinGoal: number; median: number | null; p90: number | null }
export interface CaseloadRow { serviceId: number; assigneeId: number | null; n: number }
export interface ServiceTargetRow { serviceId: number; caseloadTarget: number | null }

export interface QueueFigures {
  serviceId: number
  waiting: number
  waitingOver30Days: number
  shareOver30Days: number | null
  longestWaitDays: number | null
  /** How many left the queue (not to on hold) in the `estimateWindowDays` before the end. */
  leftQueueInWindow: number
  estimatedWaitDays: number | null
}

export interface DurationFigures {
  /** null: all the chosen services together. */
  serviceId: number | null
  n: number
  withinGoal: number
  shareWithinGoal: number | null
  medianDays: number | null
  p90Days: number | null
}

export interface CaseloadFigures {
  serviceId: number
  /** Active cases per full-time coach the service aims at. */
  target: number
  active: number
  unassigned: number
  coaches: { assigneeId: number; active: number }[]
  /** Assigned active cases per coach who has any: we know no working hours, so each coach counts as one. */
  perCoach: number | null
}

export interface FollowUpReport {
  period: ReportPeriod
  serviceIds: number[]
  inflow: {
    months: string[]
    byService: { serviceId: number; byMonth: Record<string, number>; total: number }[]
    total: number
    bySource: Record<SourceKey, number>
    byHeardFrom: Record<HeardFromKey, number>
  }
  /** Inflow (new referrals) against outflow (closings) per month: the "balance" goal. */
  balance: { month: string; inflow: number; outflow: number }[]
  queueAtEnd: QueueFigures[]
  /** The queue at the end of each month of the period (the last at the end date). */
  queueOverTime: { date: string; byService: Record<number, number>; total: number }[]
  /** How long those in the queue at the end date had waited, all chosen services together. */
  waitDistribution: Record<WaitBucket, number>
  firstContact: { byService: DurationFigures[]; all: DurationFigures; goalDays: number }
  enrolment: { byService: DurationFigures[]; all: DurationFigures }
  closings: {
    byCategory: Record<ClosingCategory, ByGender>
    total: ByGender
    withOutcome: number
    intoWorkOrStudies: number
    shareIntoWorkOrStudies: number | null
  }
  enrolledAtEnd: ByGender
  supportedDuringPeriod: ByGender
  caseload: CaseloadFigures[]
}

export interface FollowUpRows {
  inflow: readonly InflowRow[]
  sources: readonly KeyRow[]
  heardFrom: readonly KeyRow[]
  queueDays: readonly QueueDaysRow[]
  leftQueue: readonly ServiceCountRow[]
  queueStays: readonly QueueStayRow[]
  closings: readonly ClosingRow[]
  enrolledAtEnd: readonly GenderRow[]
  supported: readonly GenderRow[]
  firstContact: readonly DurationRow[]
  enrolment: readonly DurationRow[]
  caseload: readonly CaseloadRow[]
  targets: readonly ServiceTargetRow[]
}

/** The caseload target when a service has none set: 20 active cases per full-time coach (Hudiksvall, IPS). */
export const defaultCaseloadTarget = 20

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0)

const closingCategory = (row: ClosingRow): ClosingCategory | null => {
  if (row.status === 'closed') return (outcomes as readonly string[]).includes(row.outcome ?? '') ? (row.outcome as Outcome) : 'other'
  return (closingStatuses as readonly string[]).includes(row.status) ? (row.status as ClosingCategory) : null
}

function shapeClosings(rows: readonly ClosingRow[]): FollowUpReport['closings'] {
  const byCategory = Object.fromEntries(closingCategories.map((c) => [c, emptyByGender()])) as Record<ClosingCategory, ByGender>
  const total = emptyByGender()
  for (const row of rows) {
    const category = closingCategory(row)
    if (!category) continue
    const gender = asGender(row.gender)
    byCategory[category][gender] += row.n
    byCategory[category].total += row.n
    total[gender] += row.n
    total.total += row.n
  }
  const withOutcome = sum(outcomes.map((o) => byCategory[o].total))
  const intoWorkOrStudies = sum(workOrStudiesOutcomes.map((o) => byCategory[o].total))
  return { byCategory, total, withOutcome, intoWorkOrStudies, shareIntoWorkOrStudies: share(intoWorkOrStudies, withOutcome) }
}

function shapeQueue(serviceId: number, rows: FollowUpRows): QueueFigures {
  const days = rows.queueDays.filter((r) => r.serviceId === serviceId)
  const waiting = sum(days.map((r) => r.n))
  const over = sum(days.filter((r) => r.days > waitingGoalDays).map((r) => r.n))
  const left = rows.leftQueue.find((r) => r.serviceId === serviceId)?.n ?? 0
  return {
    serviceId,
    waiting,
    waitingOver30Days: over,
    shareOver30Days: share(over, waiting),
    longestWaitDays: days.length ? Math.max(...days.map((r) => r.days)) : null,
    leftQueueInWindow: left,
    estimatedWaitDays: estimateWaitDays({ waiting, leftQueueInWindow: left, windowDays: estimateWindowDays }),
  }
}

/** The queue at each month end: the queue stays that cover that instant. */
function shapeQueueOverTime(ids: readonly number[], dates: readonly string[], rows: FollowUpRows): FollowUpReport['queueOverTime'] {
  return dates.map((date, index) => {
    const k = index + 1
    const byService = Object.fromEntries(ids.map((serviceId) => [serviceId, sum(rows.queueStays
      .filter((r) => r.serviceId === serviceId && r.startBucket < k && k <= r.endBucket)
      .map((r) => r.n))]))
    return { date, byService, total: sum(Object.values(byService)) }
  })
}

function shapeWaitDistribution(rows: readonly QueueDaysRow[]): Record<WaitBucket, number> {
  const result = Object.fromEntries(waitBuckets.map((b) => [b.key, 0])) as Record<WaitBucket, number>
  for (const row of rows) result[waitBuckets.find((b) => row.days <= b.upTo)!.key] += row.n
  return result
}

const duration = (row: DurationRow | undefined, serviceId: number | null): DurationFigures => ({
  serviceId,
  n: row?.n ?? 0,
  withinGoal: row?.withinGoal ?? 0,
  shareWithinGoal: share(row?.withinGoal ?? 0, row?.n ?? 0),
  medianDays: row?.median ?? null,
  p90Days: row?.p90 ?? null,
})

const durations = (ids: readonly number[], rows: readonly DurationRow[]) => ({
  byService: ids.map((id) => duration(rows.find((r) => r.serviceId === id), id)),
  all: duration(rows.find((r) => r.serviceId === null), null),
})

function shapeCaseload(serviceId: number, rows: FollowUpRows): CaseloadFigures {
  const mine = rows.caseload.filter((r) => r.serviceId === serviceId)
  const coaches = mine
    .filter((r): r is CaseloadRow & { assigneeId: number } => r.assigneeId !== null)
    .map((r) => ({ assigneeId: r.assigneeId, active: r.n }))
    .sort((a, b) => b.active - a.active || a.assigneeId - b.assigneeId)
  const assigned = sum(coaches.map((c) => c.active))
  const unassigned = sum(mine.filter((r) => r.assigneeId === null).map((r) => r.n))
  return {
    serviceId,
    target: rows.targets.find((t) => t.serviceId === serviceId)?.caseloadTarget ?? defaultCaseloadTarget,
    active: assigned + unassigned,
    unassigned,
    coaches,
    perCoach: coaches.length ? assigned / coaches.length : null,
  }
}

/** Shapes the aggregate rows into the report: every service and month present, zeros included. */
export function shapeFollowUpReport(period: ReportPeriod, serviceIds: readonly number[], rows: FollowUpRows): FollowUpReport {
  const months = monthsOf(period)
  const ids = [...new Set([
    ...serviceIds, ...rows.inflow.map((r) => r.serviceId), ...rows.queueDays.map((r) => r.serviceId), ...rows.queueStays.map((r) => r.serviceId),
  ])].sort((a, b) => a - b)

  const byService = ids.map((serviceId) => {
    const byMonth = Object.fromEntries(months.map((m) => [m, 0]))
    for (const row of rows.inflow) if (row.serviceId === serviceId) byMonth[row.month] = (byMonth[row.month] ?? 0) + row.n
    return { serviceId, byMonth, total: sum(Object.values(byMonth)) }
  })
  const balance = months.map((month) => ({
    month,
    inflow: sum(byService.map((s) => s.byMonth[month] ?? 0)),
    outflow: sum(rows.closings.filter((r) => r.month === month && closingCategory(r)).map((r) => r.n)),
  }))

  return {
    period: { ...period },
    serviceIds: ids,
    inflow: {
      months,
      byService,
      total: sum(byService.map((s) => s.total)),
      bySource: countByKey(referralSources, rows.sources),
      byHeardFrom: countByKey(heardFromOptions, rows.heardFrom),
    },
    balance,
    queueAtEnd: ids.map((id) => shapeQueue(id, rows)),
    queueOverTime: shapeQueueOverTime(ids, monthEnds(period), rows),
    waitDistribution: shapeWaitDistribution(rows.queueDays),
    firstContact: { ...durations(ids, rows.firstContact), goalDays: firstContactGoalDays },
    enrolment: durations(ids, rows.enrolment),
    closings: shapeClosings(rows.closings),
    enrolledAtEnd: countByGender(rows.enrolledAtEnd),
    supportedDuringPeriod: countByGender(rows.supported),
    caseload: ids.map((id) => shapeCaseload(id, rows)),
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

// ---------------------------------------------------------------------------------------------------
// The report as tables: what the admin page shows, prints, draws and exports, in one shape.

/**
 * - count: people; below 5 is shown as "< 5", and may be hidden by complement.
 * - share, days, average, difference: computed from counts (`from`); hidden when any of those is.
 * - plain: not about people (a target, a number of coaches): never masked.
 */
export type ColumnKind = 'count' | 'share' | 'days' | 'average' | 'difference' | 'plain'

export interface TableColumn {
  key: string
  label: string
  kind: ColumnKind
  /** The count columns of the same row this figure is computed from. */
  from?: string[]
}

export interface TableRow {
  key: string
  label: string
  values: (number | null)[]
  /** The row sums the other rows (its count cells), column by column. */
  total?: boolean
}

export const reportTableIds = [
  'inflow-month', 'inflow-source', 'inflow-heard', 'balance', 'queue', 'queue-over-time', 'wait-distribution',
  'first-contact', 'enrolment', 'closings', 'work-or-studies', 'participants', 'caseload', 'caseload-coaches',
] as const
export type ReportTableId = (typeof reportTableIds)[number]

export interface ReportTable {
  id: ReportTableId
  title: string
  /** What the figures mean, in one or two sentences. */
  note?: string
  /** The header of the first column, which names each row. */
  rowHeader: string
  columns: TableColumn[]
  rows: TableRow[]
  /** In each row, `total` is the sum of `parts`. */
  rowSum?: { total: string; parts: string[] }
}

export interface ReportNames {
  service: (id: number) => string
  /** A coach (staff) by user id. */
  coach: (id: number) => string
}

const monthNames = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december']

/** 'YYYY-MM' → "januari 2025". */
export const monthLabel = (month: string) => `${monthNames[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`
/** 'YYYY-MM-DD' → "31 januari 2025". */
export const dateLabel = (date: string) => `${Number(date.slice(8, 10))} ${monthLabel(date.slice(0, 7))}`

const count = (key: string, label: string): TableColumn => ({ key, label, kind: 'count' })
const genderColumns = (): TableColumn[] => [...genders.map((g) => count(g, genderLabels[g])), count('total', 'Totalt')]
const genderValues = (c: ByGender) => [...genders.map((g) => c[g]), c.total]
const genderSum = { total: 'total', parts: [...genders] }

/** Columns per service, and a total column when there is more than one service. */
function serviceColumns(report: FollowUpReport, names: ReportNames) {
  const several = report.serviceIds.length > 1
  const columns = [...report.serviceIds.map((id) => count(`service-${id}`, names.service(id))), ...(several ? [count('total', 'Totalt')] : [])]
  const values = (byService: (id: number) => number) => {
    const each = report.serviceIds.map(byService)
    return several ? [...each, sum(each)] : each
  }
  const rowSum = several ? { total: 'total', parts: report.serviceIds.map((id) => `service-${id}`) } : undefined
  return { columns, values, rowSum }
}

const totalRow = (label: string, rows: readonly TableRow[], columns: readonly TableColumn[], derive?: (values: number[]) => (number | null)[]): TableRow => {
  const sums = columns.map((c, i) => (c.kind === 'count' ? sum(rows.map((r) => r.values[i] ?? 0)) : 0))
  return { key: 'total', label, values: derive ? derive(sums) : sums, total: true }
}

function inflowTables(report: FollowUpReport, names: ReportNames): ReportTable[] {
  const { columns, values, rowSum } = serviceColumns(report, names)
  const monthRows = report.inflow.months.map((month) => ({
    key: month,
    label: monthLabel(month),
    values: values((id) => report.inflow.byService.find((s) => s.serviceId === id)?.byMonth[month] ?? 0),
  }))
  const byKey = <K extends string>(labels: Record<K, string>, counts: Record<K | 'notStated', number>): TableRow[] => [
    ...(Object.keys(labels) as K[]).map((key) => ({ key, label: labels[key], values: [counts[key]] })),
    { key: 'notStated', label: notStatedLabel, values: [counts.notStated] },
  ]
  const sourceRows = byKey(sourceLabels, report.inflow.bySource)
  const heardRows = byKey(heardFromLabels, report.inflow.byHeardFrom)
  const one = [count('n', 'Nya anmälningar')]
  return [
    {
      id: 'inflow-month',
      title: 'Nya anmälningar per månad',
      note: 'Anmälningar som kom in under månaden, i den tjänst där de finns nu. Dubbletter som slagits samman räknas inte.',
      rowHeader: 'Månad',
      columns,
      rows: [...monthRows, totalRow('Hela perioden', monthRows, columns)],
      rowSum,
    },
    {
      id: 'inflow-source',
      title: 'Nya anmälningar efter vem som anmälde',
      rowHeader: 'Anmälan från',
      columns: one,
      rows: [...sourceRows, totalRow('Totalt', sourceRows, one)],
    },
    {
      id: 'inflow-heard',
      title: 'Nya anmälningar efter hur de hörde talas om stödet',
      note: 'Det den som anmälde svarade på frågan ”Hur fick du höra om oss?”: visar vilket uppsökande arbete som ger anmälningar.',
      rowHeader: 'Hörde talas om oss via',
      columns: one,
      rows: [...heardRows, totalRow('Totalt', heardRows, one)],
    },
  ]
}

function balanceTable(report: FollowUpReport): ReportTable {
  const columns: TableColumn[] = [
    count('inflow', 'Nya anmälningar'),
    count('outflow', 'Avslutade'),
    { key: 'difference', label: 'Skillnad', kind: 'difference', from: ['inflow', 'outflow'] },
  ]
  const rows = report.balance.map((b) => ({ key: b.month, label: monthLabel(b.month), values: [b.inflow, b.outflow, b.inflow - b.outflow] }))
  return {
    id: 'balance',
    title: 'Inflöde och utflöde per månad',
    note: 'Avslutade: avslut med utfall, lotsade, avböjda och återtagna under månaden. Målet är att inflöde och utflöde är i balans.',
    rowHeader: 'Månad',
    columns,
    rows: [...rows, totalRow('Hela perioden', rows, columns, ([inflow, outflow]) => [inflow, outflow, inflow - outflow])],
  }
}

function queueTables(report: FollowUpReport, names: ReportNames): ReportTable[] {
  const columns: TableColumn[] = [
    count('waiting', 'I kö'),
    count('over30', `Väntat mer än ${waitingGoalDays} dagar`),
    { key: 'shareOver30', label: `Andel som väntat mer än ${waitingGoalDays} dagar`, kind: 'share', from: ['over30', 'waiting'] },
    { key: 'longest', label: 'Längsta väntan, dagar', kind: 'days', from: ['waiting'] },
    { key: 'estimate', label: 'Beräknad väntetid för den som anmäler sig, dagar', kind: 'plain' },
  ]
  const row = (q: QueueFigures) => [q.waiting, q.waitingOver30Days, q.shareOver30Days, q.longestWaitDays, q.estimatedWaitDays]
  const rows = report.queueAtEnd.map((q) => ({ key: `service-${q.serviceId}`, label: names.service(q.serviceId), values: row(q) }))
  const all = report.queueAtEnd
  const waiting = sum(all.map((q) => q.waiting))
  const over = sum(all.map((q) => q.waitingOver30Days))
  const longest = all.map((q) => q.longestWaitDays).filter((d): d is number => d !== null)
  const left = sum(all.map((q) => q.leftQueueInWindow))
  const { columns: timeColumns, values, rowSum } = serviceColumns(report, names)
  const timeRows = report.queueOverTime.map((point) => ({ key: point.date, label: dateLabel(point.date), values: values((id) => point.byService[id] ?? 0) }))
  const bucketRows = waitBuckets.map((b) => ({ key: b.key, label: b.label, values: [report.waitDistribution[b.key]] }))
  const one = [count('n', 'I kö')]
  return [
    {
      id: 'queue',
      title: `Kön den ${dateLabel(report.period.to)}`,
      note: `I kö: inkomna, granskade, väntande och de som fått ett första samtal men inte skrivits in (vilande räknas inte). Väntetiden räknas från dagen anmälan kom in. Beräknad väntetid: antalet i kö delat med hur många som lämnat kön per dag de senaste ${estimateWindowDays} dagarna.`,
      rowHeader: 'Tjänst',
      columns,
      rows: [
        ...rows,
        {
          key: 'total',
          label: 'Alla valda tjänster',
          values: [waiting, over, share(over, waiting), longest.length ? Math.max(...longest) : null,
            estimateWaitDays({ waiting, leftQueueInWindow: left, windowDays: estimateWindowDays })],
          total: true,
        },
      ],
    },
    {
      id: 'queue-over-time',
      title: 'Antal i kö vid varje månads slut',
      rowHeader: 'Datum',
      columns: timeColumns,
      rows: timeRows,
      rowSum,
    },
    {
      id: 'wait-distribution',
      title: `Så länge de i kön hade väntat den ${dateLabel(report.period.to)}`,
      rowHeader: 'Väntetid',
      columns: one,
      rows: [...bucketRows, totalRow('Totalt', bucketRows, one)],
    },
  ]
}

function durationTables(report: FollowUpReport, names: ReportNames): ReportTable[] {
  const label = (id: number | null) => (id === null ? 'Alla valda tjänster' : names.service(id))
  const key = (id: number | null) => (id === null ? 'total' : `service-${id}`)
  const goal = report.firstContact.goalDays
  const contactColumns: TableColumn[] = [
    count('n', 'Första kontakter'),
    count('withinGoal', `Inom ${goal} dagar`),
    { key: 'share', label: `Andel inom ${goal} dagar`, kind: 'share', from: ['withinGoal', 'n'] },
    { key: 'median', label: 'Median, dagar', kind: 'days', from: ['n'] },
    { key: 'p90', label: '90:e percentilen, dagar', kind: 'days', from: ['n'] },
  ]
  const enrolColumns: TableColumn[] = [
    count('n', 'Inskrivna'),
    { key: 'median', label: 'Median, dagar', kind: 'days', from: ['n'] },
    { key: 'p90', label: '90:e percentilen, dagar', kind: 'days', from: ['n'] },
  ]
  const withAll = (figures: { byService: DurationFigures[]; all: DurationFigures }) => [...figures.byService, figures.all]
  return [
    {
      id: 'first-contact',
      title: 'Tid från anmälan till första kontakt',
      note: `Alla som fick sin första kontakt under perioden, räknat i kalenderdagar från dagen anmälan kom in. Målet är personlig kontakt inom ${goal} dagar.`,
      rowHeader: 'Tjänst',
      columns: contactColumns,
      rows: withAll(report.firstContact).map((d) => ({
        key: key(d.serviceId), label: label(d.serviceId), values: [d.n, d.withinGoal, d.shareWithinGoal, d.medianDays, d.p90Days], total: d.serviceId === null,
      })),
    },
    {
      id: 'enrolment',
      title: 'Tid från anmälan till inskrivning',
      note: 'Alla som skrevs in under perioden, räknat i kalenderdagar från dagen anmälan kom in.',
      rowHeader: 'Tjänst',
      columns: enrolColumns,
      rows: withAll(report.enrolment).map((d) => ({
        key: key(d.serviceId), label: label(d.serviceId), values: [d.n, d.medianDays, d.p90Days], total: d.serviceId === null,
      })),
    },
  ]
}

const closingLabel = (category: ClosingCategory) =>
  (outcomes as readonly string[]).includes(category) ? outcomeLabels[category as Outcome] : statusLabels[category as Status]

function closingTables(report: FollowUpReport): ReportTable[] {
  const columns = genderColumns()
  const rows = closingCategories.map((c) => ({ key: c, label: closingLabel(c), values: genderValues(report.closings.byCategory[c]) }))
  const { withOutcome, intoWorkOrStudies, shareIntoWorkOrStudies } = report.closings
  return [
    {
      id: 'closings',
      title: 'Avslut efter utfall och kön',
      note: 'Varje avslut under perioden. Den som avslutats, öppnats igen och avslutats på nytt räknas två gånger.',
      rowHeader: 'Utfall',
      columns,
      rows: [...rows, { key: 'total', label: 'Totalt', values: genderValues(report.closings.total), total: true }],
      rowSum: genderSum,
    },
    {
      id: 'work-or-studies',
      title: 'Avslut till arbete eller studier',
      note: 'Arbete utan eller med subvention, eget företag, studier, arbete och studier, av alla avslut med utfall.',
      rowHeader: 'Tjänster',
      columns: [
        count('withOutcome', 'Avslut med utfall'),
        count('into', 'Till arbete eller studier'),
        { key: 'share', label: 'Andel till arbete eller studier', kind: 'share', from: ['into', 'withOutcome'] },
      ],
      rows: [{ key: 'total', label: 'Alla valda tjänster', values: [withOutcome, intoWorkOrStudies, shareIntoWorkOrStudies] }],
    },
  ]
}

function participantTable(report: FollowUpReport): ReportTable {
  return {
    id: 'participants',
    title: 'Deltagare efter kön',
    note: 'Deltagare: inskrivna eller aktiva. Stöd under perioden: deltagare när perioden började, eller som blev det under perioden.',
    rowHeader: 'Mått',
    columns: genderColumns(),
    rows: [
      { key: 'enrolledAtEnd', label: `Deltagare den ${dateLabel(report.period.to)}`, values: genderValues(report.enrolledAtEnd) },
      { key: 'supported', label: 'Fick stöd under perioden', values: genderValues(report.supportedDuringPeriod) },
    ],
    rowSum: genderSum,
  }
}

function caseloadTables(report: FollowUpReport, names: ReportNames): ReportTable[] {
  const perCoach: TableColumn[] = [
    count('active', 'Aktiva ärenden'),
    { key: 'coaches', label: 'Coacher med ärenden', kind: 'plain' },
    { key: 'perCoach', label: 'Ärenden per coach', kind: 'average', from: ['assigned'] },
    { key: 'target', label: 'Mål per heltidscoach', kind: 'plain' },
    count('assigned', 'Med coach'),
    count('unassigned', 'Utan coach'),
  ]
  const coachColumns: TableColumn[] = [
    count('active', 'Aktiva ärenden'),
    { key: 'target', label: 'Mål per heltidscoach', kind: 'plain' },
    { key: 'ofTarget', label: 'Andel av målet', kind: 'share', from: ['active'] },
  ]
  const note = 'Aktiva ärenden: inskrivna och aktiva vid periodens slut, per handläggare. Systemet vet inte hur stor tjänst varje coach har, så varje coach räknas som en heltid.'
  return [
    {
      id: 'caseload',
      title: `Aktiva ärenden per coach den ${dateLabel(report.period.to)}`,
      note,
      rowHeader: 'Tjänst',
      columns: perCoach,
      rows: report.caseload.map((c) => ({
        key: `service-${c.serviceId}`,
        label: names.service(c.serviceId),
        values: [c.active, c.coaches.length, c.perCoach, c.target, c.active - c.unassigned, c.unassigned],
      })),
      rowSum: { total: 'active', parts: ['assigned', 'unassigned'] },
    },
    {
      id: 'caseload-coaches',
      title: 'Aktiva ärenden för varje coach',
      note,
      rowHeader: 'Coach',
      columns: coachColumns,
      rows: report.caseload.flatMap((c) =>
        c.coaches.map((coach) => ({
          key: `service-${c.serviceId}-coach-${coach.assigneeId}`,
          label: `${names.coach(coach.assigneeId)} (${names.service(c.serviceId)})`,
          values: [coach.active, c.target, share(coach.active, c.target)],
        })),
      ),
    },
  ]
}

/** Every table of the report, in the order of the printed report. */
export function reportTables(report: FollowUpReport, names: ReportNames): ReportTable[] {
  const [inflowMonth, inflowSource, inflowHeard] = inflowTables(report, names)
  const [queue, queueOverTime, waitDistribution] = queueTables(report, names)
  return [
    participantTable(report),
    inflowMonth, balanceTable(report), inflowSource, inflowHeard,
    queue, queueOverTime, waitDistribution,
    ...durationTables(report, names),
    ...closingTables(report),
    ...caseloadTables(report, names),
  ]
}

// ---------------------------------------------------------------------------------------------------
// Small numbers.

/** Why a cell is not shown: below 5; hidden so a small cell cannot be worked out from a sum; computed from a hidden cell. */
export type HiddenReason = 'small' | 'complement' | 'derived'

export interface ShownCell {
  /** The figure, or null when there is none (no share of nothing) or it is hidden. */
  value: number | null
  hidden: HiddenReason | null
}

export interface MaskedTable extends ReportTable {
  /** Per row, per column. */
  cells: ShownCell[][]
}

/** Counts below this are never shown in an exported or printed view. */
export const smallCountLimit = 5

/** The groups of count cells of which one is the sum of the others: `[row, column]` pairs, the total last. */
function sumLines(table: ReportTable): [number, number][][] {
  const lines: [number, number][][] = []
  const column = (key: string) => table.columns.findIndex((c) => c.key === key)
  if (table.rowSum) {
    const parts = table.rowSum.parts.map(column)
    const total = column(table.rowSum.total)
    table.rows.forEach((_, r) => lines.push([...parts.map((c): [number, number] => [r, c]), [r, total]]))
  }
  const totalRow = table.rows.findIndex((row) => row.total)
  if (totalRow !== -1) {
    const others = table.rows.map((_, r) => r).filter((r) => r !== totalRow)
    table.columns.forEach((c, ci) => {
      if (c.kind === 'count') lines.push([...others.map((r): [number, number] => [r, ci]), [totalRow, ci]])
    })
  }
  return lines
}

/**
 * Masks a table for a public, printed or exported view: every count below 5 is hidden ("< 5"); where a
 * row or column has a total and only one of its cells is hidden, that cell could be worked out by
 * subtraction, so the smallest other cell of that line is hidden too ("x"), and so on until no line
 * gives one away; figures computed from a hidden count (a share, a median) are hidden with it.
 */
export function maskTable(table: ReportTable): MaskedTable {
  const cells: ShownCell[][] = table.rows.map((row) =>
    table.columns.map((column, c) => {
      const value = row.values[c] ?? null
      const small = column.kind === 'count' && value !== null && value < smallCountLimit
      return { value: small ? null : value, hidden: small ? 'small' : null }
    }),
  )
  const original = (r: number, c: number) => table.rows[r].values[c] ?? 0
  const lines = sumLines(table)
  for (let changed = true; changed; ) {
    changed = false
    for (const line of lines) {
      const hidden = line.filter(([r, c]) => cells[r][c].hidden)
      if (hidden.length !== 1) continue
      const parts = line.slice(0, -1).filter(([r, c]) => !cells[r][c].hidden)
      const candidates = parts.length ? parts : line.slice(-1).filter(([r, c]) => !cells[r][c].hidden)
      if (!candidates.length) continue
      const [r, c] = candidates.reduce((least, cell) => (original(...cell) < original(...least) ? cell : least))
      cells[r][c] = { value: null, hidden: 'complement' }
      changed = true
    }
  }
  table.columns.forEach((column, c) => {
    if (!column.from) return
    const sources = column.from.map((key) => table.columns.findIndex((col) => col.key === key))
    cells.forEach((row) => {
      if (sources.some((s) => row[s].hidden)) row[c] = { value: null, hidden: 'derived' }
    })
  })
  return { ...table, cells }
}

export type CellStyle = 'csv' | 'sv'

const decimals = (value: number, digits: number, style: CellStyle) => {
  const rounded = Number(value.toFixed(digits))
  return style === 'csv' ? String(rounded) : rounded.toLocaleString('sv-SE', { maximumFractionDigits: digits }).replace('-', '−')
}

/**
 * How a cell is written: "< 5" for a small count, "x" for a cell hidden by complement or computed from
 * a hidden one; shares in per cent. CSV: plain numbers with a decimal point, nothing for no value;
 * Swedish: decimal comma, "%" and "–" for no value.
 */
export function cellText(cell: ShownCell, column: TableColumn, style: CellStyle): string {
  if (cell.hidden === 'small') return '< 5'
  if (cell.hidden) return 'x'
  if (cell.value === null) return style === 'csv' ? '' : '–'
  switch (column.kind) {
    case 'share':
      return style === 'csv' ? decimals(cell.value * 100, 1, style) : `${decimals(cell.value * 100, 0, style)} %`
    case 'days':
    case 'average':
      return decimals(cell.value, 1, style)
    case 'difference':
      return `${style === 'sv' && cell.value > 0 ? '+' : ''}${decimals(cell.value, 0, style)}`
    default:
      return decimals(cell.value, 1, style)
  }
}

const csvField = (text: string) => (/[",\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text)
const csvLine = (fields: readonly string[]) => fields.map(csvField).join(',')

const columnHeader = (column: TableColumn) => (column.kind === 'share' ? `${column.label} (%)` : column.label)

/** One table as CSV: a header line, then one line per row. */
export function tableCsv(table: MaskedTable): string {
  const lines = [
    csvLine([table.rowHeader, ...table.columns.map(columnHeader)]),
    ...table.rows.map((row, r) => csvLine([row.label, ...table.columns.map((column, c) => cellText(table.cells[r][c], column, 'csv'))])),
  ]
  return `${lines.join('\n')}\n`
}

/** The legend under every exported table. */
export const maskingLegend = '< 5 = färre än 5. x = dolt, så att ett litet tal inte kan räknas fram ur en summa.'

/**
 * The whole report as one CSV for export: a heading line for the report, then each table under its
 * title, separated by an empty line. Every table is masked: an exported file leaves the staff room.
 */
export function reportCsv(period: ReportPeriod, tables: readonly MaskedTable[]): string {
  const head = `${csvLine([`Uppföljning ${period.from} – ${period.to}`])}\n${csvLine([maskingLegend])}\n`
  return [head, ...tables.map((t) => `${csvLine([t.title])}\n${tableCsv(t)}`)].join('\n')
}
