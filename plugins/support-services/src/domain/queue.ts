import { calendarDate, epochDay, isIsoDate } from './dates'

/** Project goals: at most 30 days in the queue; personal contact within 5 days. */
export const waitingGoalDays = 30
export const firstContactGoalDays = 5

/** A date as it is, an instant as its Swedish calendar date (the day staff and residents count in). */
const swedishDay = (value: string | Date) => {
  if (typeof value === 'string' && isIsoDate(value)) return epochDay(value)
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a date: ${String(value)}`)
  return epochDay(calendarDate(date))
}

/** Whole Swedish calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string | Date, to: string | Date): number {
  return swedishDay(to) - swedishDay(from)
}

export function daysWaiting(receivedAt: string | Date, today: string | Date): number {
  return Math.max(0, daysBetween(receivedAt, today))
}

export interface QueueEntry {
  id: string | number
  receivedAt: string | Date
  priority: 'normal' | 'high'
}

/** 1-based place in the queue: high priority first, then the longest waiting; null when not queued. */
export function queuePosition(entries: readonly QueueEntry[], id: QueueEntry['id']): number | null {
  const time = (e: QueueEntry) => new Date(e.receivedAt).getTime()
  const rank = (e: QueueEntry) => (e.priority === 'high' ? 0 : 1)
  const ordered = [...entries].sort((a, b) => rank(a) - rank(b) || time(a) - time(b))
  const index = ordered.findIndex((e) => e.id === id)
  return index === -1 ? null : index + 1
}

/**
 * How far back the estimated wait looks to measure how fast people left the queue: the public waiting
 * time and the report alike.
 */
export const estimateWindowDays = 90

/**
 * Expected wait for someone joining now: the people ahead of them divided by how many left the queue
 * per day recently. Null when nobody left in the window: there is no honest estimate then.
 */
export function estimateWaitDays(input: {
  waiting: number
  leftQueueInWindow: number
  windowDays: number
}): number | null {
  const { waiting, leftQueueInWindow, windowDays } = input
  if (leftQueueInWindow <= 0 || windowDays <= 0) return null
  return Math.ceil(waiting / (leftQueueInWindow / windowDays))
}

export type PublicCount = { kind: 'exact'; value: number } | { kind: 'fewerThan'; value: 5 }

/** Small counts could point out a person, so the public only sees "fewer than 5". */
export function publicCount(n: number): PublicCount {
  return n < 5 ? { kind: 'fewerThan', value: 5 } : { kind: 'exact', value: n }
}

export type WaitRange = { unit: 'weeks' | 'months'; low: number; high: number }

const daysPerMonth = 365.25 / 12

/** A rounded range for the public ("2–3 months"): an estimate must not look more exact than it is. */
export function describeWait(days: number | null): WaitRange | null {
  if (days === null || !Number.isFinite(days)) return null
  const safe = Math.max(0, days)
  if (safe < 8 * 7) {
    const low = Math.floor(safe / 7)
    return { unit: 'weeks', low, high: low + 1 }
  }
  const low = Math.floor(safe / daysPerMonth)
  return { unit: 'months', low, high: low + 1 }
}
