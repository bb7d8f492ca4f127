import {
  ageOn,
  calendarDate,
  isIsoDate,
  parseIsoDate,
  startOfDay,
} from '@stodportalen/support-services/domain'
import { describe, expect, it } from 'vitest'

describe('calendar dates', () => {
  it('accepts real dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true)
    expect(isIsoDate('2025-02-29')).toBe(false)
    expect(isIsoDate('2025-04-31')).toBe(false)
    expect(isIsoDate('2025-13-01')).toBe(false)
    expect(isIsoDate('2025-1-01')).toBe(false)
    expect(isIsoDate('2025-01-01T00:00:00Z')).toBe(false)
    expect(parseIsoDate('1990-05-31')).toEqual({ year: 1990, month: 5, day: 31 })
  })

  it('gives the date in Sweden, not in UTC', () => {
    // 23:30 UTC on New Year's Eve is already New Year's Day in Stockholm.
    expect(calendarDate(new Date('2025-12-31T23:30:00Z'))).toBe('2026-01-01')
    expect(calendarDate(new Date('2025-12-31T23:30:00Z'), 'UTC')).toBe('2025-12-31')
  })
})

describe('ageOn', () => {
  it('turns 18 on the 18th birthday, not the day before', () => {
    expect(ageOn('2008-06-15', '2026-06-14')).toBe(17)
    expect(ageOn('2008-06-15', '2026-06-15')).toBe(18)
  })

  it('turns 66 on the 66th birthday', () => {
    expect(ageOn('1960-03-10', '2026-03-09')).toBe(65)
    expect(ageOn('1960-03-10', '2026-03-10')).toBe(66)
  })

  it('counts a 29 February birthday from 1 March in other years', () => {
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17)
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18)
    expect(ageOn('2008-02-29', '2028-02-29')).toBe(20)
  })

  it('refuses dates that do not exist', () => {
    expect(() => ageOn('2025-02-29', '2026-01-01')).toThrow(RangeError)
  })
})

describe('startOfDay', () => {
  it('is 00:00 Swedish time, in winter and in summer', () => {
    expect(startOfDay('2025-01-15').toISOString()).toBe('2025-01-14T23:00:00.000Z')
    expect(startOfDay('2025-07-01').toISOString()).toBe('2025-06-30T22:00:00.000Z')
  })

  it('counts days on, across month ends and the clock changes', () => {
    expect(startOfDay('2025-03-31', 1).toISOString()).toBe('2025-03-31T22:00:00.000Z')
    // Summer time starts at 02:00 on 30 March 2025 and ends at 03:00 on 26 October 2025.
    expect(startOfDay('2025-03-30').toISOString()).toBe('2025-03-29T23:00:00.000Z')
    expect(startOfDay('2025-03-30', 1).toISOString()).toBe('2025-03-30T22:00:00.000Z')
    expect(startOfDay('2025-10-26').toISOString()).toBe('2025-10-25T22:00:00.000Z')
    expect(startOfDay('2025-10-26', 1).toISOString()).toBe('2025-10-26T23:00:00.000Z')
    expect(startOfDay('2024-12-31', 1).toISOString()).toBe('2024-12-31T23:00:00.000Z')
  })

  it('takes another time zone', () => {
    expect(startOfDay('2025-01-15', 0, 'UTC').toISOString()).toBe('2025-01-15T00:00:00.000Z')
    expect(startOfDay('2025-01-15', 0, 'America/New_York').toISOString()).toBe(
      '2025-01-15T05:00:00.000Z',
    )
  })
})
