import {
  daysBetween,
  daysWaiting,
  describeWait,
  estimateWaitDays,
  firstContactGoalDays,
  publicCount,
  queuePosition,
  waitingGoalDays,
} from '@stodportalen/support-services/domain'
import { describe, expect, it } from 'vitest'

describe('days', () => {
  it('counts whole calendar days', () => {
    expect(daysBetween('2025-08-01', '2025-08-31')).toBe(30)
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2)
    expect(daysBetween('2025-08-31', '2025-08-01')).toBe(-30)
  })

  it('counts timestamps and Dates on their Swedish date', () => {
    // 21:59 and 22:01 UTC in summer are 23:59 and 00:01 in Sweden: another day.
    expect(daysBetween('2025-08-01T21:59:00Z', '2025-08-01T22:01:00Z')).toBe(1)
    // UTC midnight is 01:00 in Sweden in winter: the same Swedish day as 00:30 UTC.
    expect(daysBetween('2025-01-31T23:30:00Z', '2025-02-01T00:30:00Z')).toBe(0)
    expect(daysBetween(new Date('2025-08-01T12:00:00Z'), '2025-08-11')).toBe(10)
  })

  it('never reports negative waiting', () => {
    expect(daysWaiting('2025-08-10', '2025-08-01')).toBe(0)
    expect(daysWaiting('2025-07-01T09:00:00Z', '2025-08-01')).toBe(31)
  })

  it('rejects what is not a date', () => {
    expect(() => daysBetween('soon', '2025-08-01')).toThrow(RangeError)
  })

  it('states the project goals', () => {
    expect(waitingGoalDays).toBe(30)
    expect(firstContactGoalDays).toBe(5)
  })
})

describe('queuePosition', () => {
  const entries = [
    { id: 'a', receivedAt: '2025-08-01T10:00:00Z', priority: 'normal' as const },
    { id: 'b', receivedAt: '2025-07-01T10:00:00Z', priority: 'normal' as const },
    { id: 'c', receivedAt: '2025-08-05T10:00:00Z', priority: 'high' as const },
  ]

  it('puts high priority first, then the longest waiting', () => {
    expect(queuePosition(entries, 'c')).toBe(1)
    expect(queuePosition(entries, 'b')).toBe(2)
    expect(queuePosition(entries, 'a')).toBe(3)
  })

  it('is null for someone not in the queue', () => {
    expect(queuePosition(entries, 'x')).toBeNull()
  })
})

describe('estimateWaitDays', () => {
  it('divides the queue by the daily outflow', () => {
    // 44 waiting, 20 left in 90 days: 0.22 a day, so 198 days.
    expect(estimateWaitDays({ waiting: 44, leftQueueInWindow: 20, windowDays: 90 })).toBe(198)
    expect(estimateWaitDays({ waiting: 10, leftQueueInWindow: 30, windowDays: 30 })).toBe(10)
    expect(estimateWaitDays({ waiting: 0, leftQueueInWindow: 30, windowDays: 30 })).toBe(0)
  })

  it('has no estimate when nobody left the queue', () => {
    expect(estimateWaitDays({ waiting: 12, leftQueueInWindow: 0, windowDays: 90 })).toBeNull()
    expect(estimateWaitDays({ waiting: 12, leftQueueInWindow: 3, windowDays: 0 })).toBeNull()
  })
})

describe('publicCount', () => {
  it('never shows counts below 5 exactly', () => {
    for (const n of [0, 1, 4]) expect(publicCount(n)).toEqual({ kind: 'fewerThan', value: 5 })
    expect(publicCount(5)).toEqual({ kind: 'exact', value: 5 })
    expect(publicCount(44)).toEqual({ kind: 'exact', value: 44 })
  })
})

describe('describeWait', () => {
  it('rounds short waits to weeks', () => {
    expect(describeWait(3)).toEqual({ unit: 'weeks', low: 0, high: 1 })
    expect(describeWait(10)).toEqual({ unit: 'weeks', low: 1, high: 2 })
    expect(describeWait(55)).toEqual({ unit: 'weeks', low: 7, high: 8 })
  })

  it('rounds long waits to months, as in "2–3 months"', () => {
    expect(describeWait(75)).toEqual({ unit: 'months', low: 2, high: 3 })
    expect(describeWait(400)).toEqual({ unit: 'months', low: 13, high: 14 })
  })

  it('has nothing to describe without an estimate', () => {
    expect(describeWait(null)).toBeNull()
  })
})
