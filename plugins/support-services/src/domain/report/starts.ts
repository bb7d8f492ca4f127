/**
 * Job and study starts in the follow-up report: who started work or studies during the period, how soon
 * after enrolment the first employer contact and the first start came, the starts by kind and sector,
 * and whether job starts lasted 3 and 6 months, as far as known at the end of the period.
 */
import type { ByGender } from './figures'

import { genders } from '../vocabulary'
import {
  addMonths,
  isJobStart,
  type SchoolKind,
  schoolKinds,
  type SniSection,
  sniSections,
  type StartKind,
  startKinds,
} from '../workStarts'
import { share, sum } from './arithmetic'

/** The goal the speed figures are measured against: an employer contact within 30 days (IPS's rapid job search). */
export const startGoalDays = 30

/** The 3- and 6-month marks job starts are followed to. */
export const tenureMonths = [3, 6] as const

// The aggregate rows the SQL returns.
export interface StartedRow {
  gender: string | null
  n: number
}
/** Days from enrolment to a participant's first employer contact or first start, counted per day. */
export interface MilestoneDaysRow {
  milestone: 'employerContact' | 'start'
  days: number
  n: number
}
export interface StartCountRow {
  kind: string | null
  schoolKind: string | null
  sector: string | null
  gender: string | null
  n: number
}
/** Job starts of the period by start day and end day (null: no end recorded). */
export interface JobSpanRow {
  startDate: string
  endDate: string | null
  n: number
}
export interface StartRows {
  started: readonly StartedRow[]
  milestoneDays: readonly MilestoneDaysRow[]
  starts: readonly StartCountRow[]
  /** The job starts' tenure at each mark, counted by service (`tenureByService`), which the report adds up. */
  tenure: readonly TenureFigures[]
}

export interface SpeedFigures {
  n: number
  withinGoal: number
  shareWithinGoal: number | null
  medianDays: number | null
  p90Days: number | null
}

/** A row of starts by kind: each job kind, and studies by the kind of school. */
export type StartKindKey = Exclude<StartKind, 'studies'> | `studies-${SchoolKind}`
export const startKindKeys: StartKindKey[] = [
  ...startKinds.filter((k): k is Exclude<StartKind, 'studies'> => k !== 'studies'),
  ...schoolKinds.map((s) => `studies-${s}` as const),
]

export interface TenureFigures {
  months: (typeof tenureMonths)[number]
  /** Job starts of the period. */
  starts: number
  /** Known, at the end of the period, to have lasted the whole time. */
  lasted: number
  /** Ended before the mark. */
  endedBefore: number
  /** Neither: still going, and the mark lies after the end of the period. */
  notYetKnown: number
}

export interface StartFigures {
  /** Participants supported during the period who started work or studies in it. */
  started: ByGender
  goalDays: number
  toEmployerContact: SpeedFigures
  toFirstStart: SpeedFigures
  byKind: Record<StartKindKey, ByGender>
  /** Job starts by the employer's SNI section; `notStated` when none was given. */
  bySector: Record<SniSection | 'notStated', number>
  tenure: TenureFigures[]
}

/**
 * The p-th percentiles of values given as `{ value, n }` counts, interpolated between the two nearest
 * ranks as PostgreSQL's `percentile_cont` does (so they agree with the report's other durations). The
 * counts are sorted once for all of them.
 */
export function percentiles(
  counts: readonly { value: number; n: number }[],
  ps: readonly number[],
): (number | null)[] {
  const sorted = counts.filter((c) => c.n > 0).sort((a, b) => a.value - b.value)
  const total = sum(sorted.map((c) => c.n))
  if (!total) return ps.map(() => null)
  const at = (rank: number) => {
    let seen = 0
    for (const c of sorted) {
      seen += c.n
      if (rank < seen) return c.value
    }
    return sorted[sorted.length - 1].value
  }
  return ps.map((p) => {
    const position = p * (total - 1)
    const lower = Math.floor(position)
    const low = at(lower)
    return low + (position - lower) * (at(Math.ceil(position)) - low)
  })
}

/** The p-th percentile (see `percentiles`). */
export const percentile = (counts: readonly { value: number; n: number }[], p: number) =>
  percentiles(counts, [p])[0]

/** Count, share within the goal, median and 90th percentile of some days. */
export function speedFigures(
  days: readonly { days: number; n: number }[],
  goalDays: number,
): SpeedFigures {
  const n = sum(days.map((d) => d.n))
  const withinGoal = sum(days.filter((d) => d.days <= goalDays).map((d) => d.n))
  const [medianDays, p90Days] = percentiles(
    days.map((d) => ({ value: d.days, n: d.n })),
    [0.5, 0.9],
  )
  return { n, withinGoal, shareWithinGoal: share(withinGoal, n), medianDays, p90Days }
}

/**
 * Whether each service's job starts lasted `months`, as known on `asOf`: lasted when the mark has come
 * by then and no end came before it; ended before when an end before the mark is known by then;
 * otherwise not yet known (a start too recent is no failure). An end on the mark itself counts as
 * having lasted.
 */
export function tenureByService(
  spans: readonly (JobSpanRow & { serviceId: number })[],
  months: TenureFigures['months'],
  asOf: string,
): (TenureFigures & { serviceId: number })[] {
  const byService = new Map<number, TenureFigures & { serviceId: number }>()
  // Thousands of spans start on a few hundred days: each day's mark is worked out once.
  const marks = new Map<string, string>()
  for (const span of spans) {
    let result = byService.get(span.serviceId)
    if (!result) {
      result = {
        serviceId: span.serviceId,
        months,
        starts: 0,
        lasted: 0,
        endedBefore: 0,
        notYetKnown: 0,
      }
      byService.set(span.serviceId, result)
    }
    let mark = marks.get(span.startDate)
    if (mark === undefined) marks.set(span.startDate, (mark = addMonths(span.startDate, months)))
    const end = span.endDate && span.endDate <= asOf ? span.endDate : null
    result.starts += span.n
    if (end !== null && end < mark) result.endedBefore += span.n
    else if (mark <= asOf) result.lasted += span.n
    else result.notYetKnown += span.n
  }
  return [...byService.values()]
}

const emptyByGender = (): ByGender => ({ woman: 0, man: 0, other: 0, notStated: 0, total: 0 })
const addTo = (counts: ByGender, gender: string | null, n: number) => {
  const key = (genders as readonly string[]).includes(gender ?? '')
    ? (gender as keyof ByGender)
    : 'notStated'
  counts[key] += n
  counts.total += n
}

const kindKeyOf = (row: StartCountRow): StartKindKey | null => {
  if (row.kind === 'studies') {
    const school = (schoolKinds as readonly string[]).includes(row.schoolKind ?? '')
      ? (row.schoolKind as SchoolKind)
      : 'otherSchool'
    return `studies-${school}`
  }
  return isJobStart(row.kind) ? (row.kind as StartKindKey) : null
}

/** Shapes the starts' aggregate rows. */
export function shapeStarts(rows: StartRows): StartFigures {
  const started = emptyByGender()
  for (const row of rows.started) addTo(started, row.gender, row.n)

  const byKind = Object.fromEntries(startKindKeys.map((k) => [k, emptyByGender()])) as Record<
    StartKindKey,
    ByGender
  >
  const bySector = Object.fromEntries([...sniSections, 'notStated'].map((s) => [s, 0])) as Record<
    SniSection | 'notStated',
    number
  >
  for (const row of rows.starts) {
    const key = kindKeyOf(row)
    if (!key) continue
    addTo(byKind[key], row.gender, row.n)
    if (!isJobStart(row.kind)) continue
    const sector = (sniSections as readonly string[]).includes(row.sector ?? '')
      ? (row.sector as SniSection)
      : 'notStated'
    bySector[sector] += row.n
  }

  const days = (milestone: MilestoneDaysRow['milestone']) =>
    speedFigures(
      rows.milestoneDays.filter((r) => r.milestone === milestone),
      startGoalDays,
    )
  return {
    started,
    goalDays: startGoalDays,
    toEmployerContact: days('employerContact'),
    toFirstStart: days('start'),
    byKind,
    bySector,
    tenure: tenureMonths.map((months) => addTenure(rows.tenure, months)),
  }
}

/** The tenure at a mark, added up from its parts. */
function addTenure(parts: readonly TenureFigures[], months: TenureFigures['months']) {
  const result: TenureFigures = { months, starts: 0, lasted: 0, endedBefore: 0, notYetKnown: 0 }
  for (const part of parts) {
    if (part.months !== months) continue
    result.starts += part.starts
    result.lasted += part.lasted
    result.endedBefore += part.endedBefore
    result.notYetKnown += part.notYetKnown
  }
  return result
}

export const emptyStartRows = (): StartRows => ({
  started: [],
  milestoneDays: [],
  starts: [],
  tenure: [],
})
