/**
 * The board's targets per service and calendar year (people supported in the year, the longest wait,
 * the share of participant closings into work or studies) turned into the targets of a report period.
 *
 * - People supported: the sum of the targets of the years the period touches, not pro-rated. Supported
 *   in the period counts each person once however long they were supported, so it only grows through
 *   the year: January–June against the year's target is how far the year has come. A period over
 *   several years is compared with the sum of the years' targets (someone supported in both years counts
 *   once in the period but in both targets: compare year by year for an exact figure).
 * - Longest wait: the target of the end date's year, since the queue is measured at the end date.
 * - Share into work or studies: a rate, so the years' targets are weighted by the period's days in each.
 * - A service has a target for the period only when every year the period touches has one; half a sum
 *   would read as a target reached.
 * - Several services: people supported sum; the share's targets are weighted by the services' targets
 *   of people supported (plain mean when one lacks it), never by their closings, which could give away a
 *   masked count; the wait target is shown when all services share it. A total needs every service's.
 */
import type { QueueDaysRow } from './figures'

import { sum } from './arithmetic'
import { yearsOf } from './sus'

/** One row of a service's targets as the service form stores it (the share in per cent). */
export interface ServiceYearTargetRow {
  serviceId: number
  year: number
  peopleSupported: number | null
  maxWaitDays: number | null
  /** Per cent, 0–100. */
  shareIntoWorkOrStudies: number | null
}

export interface PeriodTargets {
  peopleSupported: number | null
  maxWaitDays: number | null
  /** 0–1, like the report's shares. */
  shareIntoWorkOrStudies: number | null
}

export interface ServiceTargets extends PeriodTargets {
  serviceId: number
  /** In the queue at the end date and waited longer than `maxWaitDays`; null without a target. */
  waitingOverTarget: number | null
}

export interface TargetFigures {
  /** The calendar years the period touches. */
  years: number[]
  byService: ServiceTargets[]
  /** All the chosen services together; a figure is null unless every service has its target. */
  all: PeriodTargets & { waitingOverTarget: number | null }
}

const dayNumber = (date: string) =>
  Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / 86_400_000

/** The days of the period ('YYYY-MM-DD', both included) that fall in `year`. */
export function daysInYear(period: { from: string; to: string }, year: number): number {
  const first = Math.max(dayNumber(period.from), dayNumber(`${year}-01-01`))
  const last = Math.min(dayNumber(period.to), dayNumber(`${year}-12-31`))
  return Math.max(0, last - first + 1)
}

/** The weighted mean of values; null when any value is missing or there is no weight. */
function weightedMean(pairs: readonly { value: number | null; weight: number }[]): number | null {
  if (!pairs.length || pairs.some((p) => p.value === null)) return null
  const weight = sum(pairs.map((p) => p.weight))
  return weight > 0 ? sum(pairs.map((p) => p.value! * p.weight)) / weight : null
}

/** One service's targets for the period, from its rows (see the module's comment for the rules). */
export function periodTargets(
  period: { from: string; to: string },
  rows: readonly ServiceYearTargetRow[],
): PeriodTargets {
  const years = yearsOf(period.from, period.to)
  const of = (year: number) => rows.find((r) => r.year === year)
  const each = <T>(pick: (r: ServiceYearTargetRow) => T | null) => {
    const values = years.map((y) => {
      const row = of(y)
      return row ? pick(row) : null
    })
    return values.some((v) => v === null) ? null : (values as T[])
  }
  const people = each((r) => r.peopleSupported)
  const shares = years.map((y) => ({
    value: of(y)?.shareIntoWorkOrStudies ?? null,
    weight: daysInYear(period, y),
  }))
  const share = weightedMean(shares)
  return {
    peopleSupported: people ? sum(people) : null,
    maxWaitDays: of(years[years.length - 1])?.maxWaitDays ?? null,
    shareIntoWorkOrStudies: share === null ? null : share / 100,
  }
}

/** All services' targets together: null unless every service has the target. */
function combined(services: readonly ServiceTargets[]): TargetFigures['all'] {
  const every = <K extends keyof ServiceTargets>(key: K) =>
    services.length && services.every((s) => s[key] !== null)
      ? services.map((s) => s[key] as number)
      : null
  const people = every('peopleSupported')
  const waits = every('maxWaitDays')
  const over = every('waitingOverTarget')
  return {
    peopleSupported: people ? sum(people) : null,
    maxWaitDays: waits && waits.every((w) => w === waits[0]) ? waits[0] : null,
    shareIntoWorkOrStudies: weightedMean(
      services.map((s) => ({
        value: s.shareIntoWorkOrStudies,
        weight: people ? s.peopleSupported! : 1,
      })),
    ),
    waitingOverTarget: over ? sum(over) : null,
  }
}

/** The targets of the period for each chosen service and all of them, with the queue against them. */
export function shapeTargets(
  period: { from: string; to: string },
  serviceIds: readonly number[],
  rows: readonly ServiceYearTargetRow[],
  queueDays: readonly QueueDaysRow[],
): TargetFigures {
  const byService = serviceIds.map((serviceId): ServiceTargets => {
    const targets = periodTargets(
      period,
      rows.filter((r) => r.serviceId === serviceId),
    )
    const wait = targets.maxWaitDays
    return {
      serviceId,
      ...targets,
      waitingOverTarget:
        wait === null
          ? null
          : sum(
              queueDays.filter((r) => r.serviceId === serviceId && r.days > wait).map((r) => r.n),
            ),
    }
  })
  return { years: yearsOf(period.from, period.to), byService, all: combined(byService) }
}

/**
 * Where a wait target falls on the waiting-time chart: the bucket it is in and how far into it, 0–1
 * (1: at the bucket's upper end, so 30 days lies between "15–30" and "31–60").
 */
export function waitTargetPosition(
  days: number,
  buckets: readonly { upTo: number }[],
): { bucket: number; fraction: number } {
  const bucket = buckets.findIndex((b) => days <= b.upTo)
  const lower = bucket > 0 ? buckets[bucket - 1].upTo + 1 : 0
  const upper = buckets[bucket].upTo
  return {
    bucket,
    fraction: Number.isFinite(upper) ? (days - lower + 1) / (upper - lower + 1) : 0,
  }
}

/** Why a row of targets cannot be saved, in Swedish and naming the field; null when it can. */
export const targetProblems = {
  peopleSupported: (value: unknown) =>
    value == null || (Number.isInteger(value) && (value as number) >= 0)
      ? null
      : 'Mål för antal personer med stöd: ange ett heltal, 0 eller fler.',
  maxWaitDays: (value: unknown) =>
    value == null || (Number.isInteger(value) && (value as number) >= 1)
      ? null
      : 'Mål för längsta väntan: ange ett helt antal dagar, minst 1.',
  shareIntoWorkOrStudies: (value: unknown) =>
    value == null ||
    (typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 100)
      ? null
      : 'Mål för andel till arbete eller studier: ange en procentsats mellan 0 och 100.',
}

/** The year a target row is for, given twice: the message, or null. */
export function duplicateTargetYear(rows: readonly { year?: number | null }[] | null) {
  const years = (rows ?? []).map((r) => r.year)
  const twice = years.find((y, i) => y != null && years.indexOf(y) !== i)
  return twice == null ? null : `Året ${twice} finns två gånger: ange målen för ett år på en rad.`
}
