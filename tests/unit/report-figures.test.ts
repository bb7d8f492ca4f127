import { describe, expect, it } from 'vitest'
import {
  checkReportPeriod,
  countByGender,
  formatPublicCount,
  maskByGender,
  monthsOf,
  share,
  shapeFollowUpReport,
  workOrStudiesOutcomes,
} from '@stodportalen/support-services/domain'

describe('shares and periods', () => {
  it('divides, and has no share of nothing', () => {
    expect(share(3, 4)).toBe(0.75)
    expect(share(0, 4)).toBe(0)
    expect(share(0, 0)).toBeNull()
  })
  it('lists the months a period touches, across a year end', () => {
    expect(monthsOf({ from: '2024-11-15', to: '2025-02-01' })).toEqual(['2024-11', '2024-12', '2025-01', '2025-02'])
    expect(monthsOf({ from: '2025-03-01', to: '2025-03-31' })).toEqual(['2025-03'])
  })
  it('refuses periods that are not two dates in order', () => {
    expect(checkReportPeriod({ from: '2025-01-01', to: '2025-08-31' })).toBeNull()
    expect(checkReportPeriod({ from: '2025-01-01', to: '2025-02-30' })).toMatch(/YYYY-MM-DD/)
    expect(checkReportPeriod({ from: '2025-09-01', to: '2025-08-31' })).toMatch(/starts after/)
  })
})

describe('by gender', () => {
  it('sums rows; a missing or unknown gender counts as not stated', () => {
    expect(countByGender([{ gender: 'woman', n: 2 }, { gender: null, n: 1 }, { gender: 'x', n: 1 }, { gender: 'other', n: 1 }])).toEqual({
      woman: 2, man: 0, other: 1, notStated: 2, total: 5,
    })
  })
  it('masks every cell below 5 for public and exported views', () => {
    const masked = maskByGender({ woman: 7, man: 4, other: 0, notStated: 5, total: 16 })
    expect(Object.fromEntries(Object.entries(masked).map(([k, v]) => [k, formatPublicCount(v)]))).toEqual({
      woman: '7', man: '< 5', other: '< 5', notStated: '5', total: '16',
    })
  })
})

describe('shaping the report', () => {
  const report = shapeFollowUpReport({ from: '2025-01-01', to: '2025-03-31' }, [2, 1], {
    inflow: [{ serviceId: 1, month: '2025-01', n: 3 }, { serviceId: 1, month: '2025-03', n: 1 }, { serviceId: 2, month: '2025-02', n: 2 }],
    queue: [{ serviceId: 2, waiting: 4, over30: 1 }],
    closings: [
      { status: 'closed', outcome: 'studies', gender: 'woman', n: 2 },
      { status: 'closed', outcome: 'jobSeeking', gender: 'man', n: 1 },
      { status: 'closed', outcome: 'workWithSubsidy', gender: null, n: 1 },
      { status: 'withdrawn', outcome: null, gender: 'other', n: 1 },
      { status: 'redirected', outcome: null, gender: 'man', n: 1 },
    ],
    enrolledAtEnd: [{ gender: 'man', n: 2 }],
    supported: [{ gender: 'man', n: 2 }, { gender: 'woman', n: 1 }],
  })
  it('fills every service and month, zeros included', () => {
    expect(report.serviceIds).toEqual([1, 2])
    expect(report.inflow.byService).toEqual([
      { serviceId: 1, byMonth: { '2025-01': 3, '2025-02': 0, '2025-03': 1 }, total: 4 },
      { serviceId: 2, byMonth: { '2025-01': 0, '2025-02': 2, '2025-03': 0 }, total: 2 },
    ])
    expect(report.inflow.total).toBe(6)
    expect(report.queueAtEnd).toEqual([
      { serviceId: 1, waiting: 0, waitingOver30Days: 0, shareOver30Days: null },
      { serviceId: 2, waiting: 4, waitingOver30Days: 1, shareOver30Days: 0.25 },
    ])
  })
  it('counts closings by category and gender; the work-or-studies share is over closings with an outcome', () => {
    expect(report.closings.byCategory.studies).toEqual({ woman: 2, man: 0, other: 0, notStated: 0, total: 2 })
    expect(report.closings.byCategory.withdrawn.other).toBe(1)
    expect(report.closings.total).toEqual({ woman: 2, man: 2, other: 1, notStated: 1, total: 6 })
    expect(report.closings.withOutcome).toBe(4)
    expect(report.closings.intoWorkOrStudies).toBe(3) // studies 2 + work with subsidy 1; job-seeking is not
    expect(report.closings.shareIntoWorkOrStudies).toBe(0.75)
    expect(report.supportedDuringPeriod.total).toBe(3)
    expect(workOrStudiesOutcomes).not.toContain('jobSeeking')
  })
})
