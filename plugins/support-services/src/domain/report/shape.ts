// Shaping the database's aggregate rows into one report: every service and month present, zeros included.
import {
  estimateWaitDays,
  estimateWindowDays,
  firstContactGoalDays,
  waitingGoalDays,
} from '../queue'
import { type Gender, genders, heardFromOptions, referralSources } from '../vocabulary'
import { type Outcome, outcomes } from '../workflow'
import { share, sum } from './arithmetic'
import { shapeAttribution } from './attribution'
import {
  type ByGender,
  type CaseloadFigures,
  type CaseloadRow,
  closingCategories,
  type ClosingCategory,
  type ClosingRow,
  closingStatuses,
  defaultCaseloadTarget,
  type DurationFigures,
  type DurationRow,
  type FollowUpReport,
  type FollowUpRows,
  type QueueDaysRow,
  type QueueFigures,
  type WaitBucket,
  waitBuckets,
  workOrStudiesOutcomes,
} from './figures'
import { monthEnds, monthsOf, type ReportPeriod } from './period'
import { emptyStartRows, shapeStarts } from './starts'
import { emptySusRows, shapeSus } from './sus'
import { shapeTargets } from './targets'

export const emptyByGender = (): ByGender => ({
  woman: 0,
  man: 0,
  other: 0,
  notStated: 0,
  total: 0,
})

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
function countByKey<K extends string>(
  keys: readonly K[],
  rows: readonly { key: string | null; n: number }[],
): Record<K | 'notStated', number> {
  const result = Object.fromEntries([...keys, 'notStated'].map((k) => [k, 0])) as Record<
    K | 'notStated',
    number
  >
  for (const row of rows) {
    const key = (keys as readonly string[]).includes(row.key ?? '') ? (row.key as K) : 'notStated'
    result[key] += row.n
  }
  return result
}

const closingCategory = (row: ClosingRow): ClosingCategory | null => {
  if (row.status === 'closed')
    return (outcomes as readonly string[]).includes(row.outcome ?? '')
      ? (row.outcome as Outcome)
      : 'other'
  return (closingStatuses as readonly string[]).includes(row.status)
    ? (row.status as ClosingCategory)
    : null
}

function shapeClosings(rows: readonly ClosingRow[]): FollowUpReport['closings'] {
  const byCategory = Object.fromEntries(
    closingCategories.map((c) => [c, emptyByGender()]),
  ) as Record<ClosingCategory, ByGender>
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
  return {
    byCategory,
    total,
    withOutcome,
    intoWorkOrStudies,
    shareIntoWorkOrStudies: share(intoWorkOrStudies, withOutcome),
  }
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
    estimatedWaitDays: estimateWaitDays({
      waiting,
      leftQueueInWindow: left,
      windowDays: estimateWindowDays,
    }),
  }
}

/** The queue at each month end: the queue stays that cover that instant. */
function shapeQueueOverTime(
  ids: readonly number[],
  dates: readonly string[],
  rows: FollowUpRows,
): FollowUpReport['queueOverTime'] {
  // A stay counts at the month ends from its start bucket (exclusive) to its end bucket (inclusive).
  const counts = dates.map(() => new Map(ids.map((id) => [id, 0])))
  for (const row of rows.queueStays) {
    for (let k = row.startBucket + 1; k <= Math.min(row.endBucket, dates.length); k++) {
      const byService = counts[k - 1]
      if (byService.has(row.serviceId))
        byService.set(row.serviceId, byService.get(row.serviceId)! + row.n)
    }
  }
  return dates.map((date, index) => {
    const byService = Object.fromEntries(counts[index])
    return { date, byService, total: sum(Object.values(byService)) }
  })
}

function shapeWaitDistribution(rows: readonly QueueDaysRow[]): Record<WaitBucket, number> {
  const result = Object.fromEntries(waitBuckets.map((b) => [b.key, 0])) as Record<
    WaitBucket,
    number
  >
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
  byService: ids.map((id) =>
    duration(
      rows.find((r) => r.serviceId === id),
      id,
    ),
  ),
  all: duration(
    rows.find((r) => r.serviceId === null),
    null,
  ),
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
    target:
      rows.targets.find((t) => t.serviceId === serviceId)?.caseloadTarget ?? defaultCaseloadTarget,
    active: assigned + unassigned,
    unassigned,
    coaches,
    perCoach: coaches.length ? assigned / coaches.length : null,
  }
}

/** Shapes the aggregate rows into the report: every service and month present, zeros included. */
export function shapeFollowUpReport(
  period: ReportPeriod,
  serviceIds: readonly number[],
  rows: FollowUpRows,
): FollowUpReport {
  const months = monthsOf(period)
  const ids = [
    ...new Set([
      ...serviceIds,
      ...rows.inflow.map((r) => r.serviceId),
      ...rows.queueDays.map((r) => r.serviceId),
      ...rows.queueStays.map((r) => r.serviceId),
    ]),
  ].sort((a, b) => a - b)

  const byService = ids.map((serviceId) => {
    const byMonth = Object.fromEntries(months.map((m) => [m, 0]))
    for (const row of rows.inflow)
      if (row.serviceId === serviceId) byMonth[row.month] = (byMonth[row.month] ?? 0) + row.n
    return { serviceId, byMonth, total: sum(Object.values(byMonth)) }
  })
  const outflow = new Map<string, number>()
  for (const r of rows.closings)
    if (closingCategory(r)) outflow.set(r.month, (outflow.get(r.month) ?? 0) + r.n)
  const balance = months.map((month) => ({
    month,
    inflow: sum(byService.map((s) => s.byMonth[month] ?? 0)),
    outflow: outflow.get(month) ?? 0,
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
    attribution: shapeAttribution(
      rows.attribution ?? { activities: [], events: [], referrals: [] },
    ),
    starts: shapeStarts(rows.starts ?? emptyStartRows()),
    sus: shapeSus(period, ids, rows.sus ?? emptySusRows()),
    targets: shapeTargets(period, ids, rows.yearTargets ?? [], rows.queueDays),
  }
}
