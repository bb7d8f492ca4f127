import {
  anonymisationCutoff,
  closedStatuses,
  closingsWithoutCase,
  deletionCutoff,
} from '@stodportalen/support-services/domain'
import { describe, expect, test } from 'vitest'

describe('retention cutoffs', () => {
  test('N days are N × 24 hours, across the change to summer time', () => {
    // Summer time began on 30 March 2025: 10 April 10:00 UTC minus 30 days is 11 March 10:00 UTC.
    expect(deletionCutoff(new Date('2025-04-10T10:00:00Z'), 30).toISOString()).toBe(
      '2025-03-11T10:00:00.000Z',
    )
  })

  test('M years are calendar years; from 29 February, the 28th', () => {
    expect(anonymisationCutoff(new Date('2030-04-10T10:00:00Z'), 2).toISOString()).toBe(
      '2028-04-10T10:00:00.000Z',
    )
    expect(anonymisationCutoff(new Date('2028-02-29T08:00:00Z'), 1).toISOString()).toBe(
      '2027-02-28T08:00:00.000Z',
    )
  })

  test('periods are whole and positive', () => {
    expect(() => deletionCutoff(new Date(), 0)).toThrow(RangeError)
    expect(() => anonymisationCutoff(new Date(), 1.5)).toThrow(RangeError)
  })

  test('every closing but `closed` can happen without a case', () => {
    expect([...closingsWithoutCase, 'closed'].sort()).toEqual([...closedStatuses].sort())
  })
})
