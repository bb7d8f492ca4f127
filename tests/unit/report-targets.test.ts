import {
  daysInYear,
  duplicateTargetYear,
  type FollowUpRows,
  keyFigureRow,
  maskReportTables,
  periodTargets,
  reportTables,
  type ServiceYearTargetRow,
  shapeFollowUpReport,
  shapeTargets,
  targetProblems,
  waitBuckets,
  waitTargetPosition,
} from '@stodportalen/support-services/domain'
import { describe, expect, it } from 'vitest'

import { noRows } from './fixtures'

const row = (
  serviceId: number,
  year: number,
  peopleSupported: number | null,
  maxWaitDays: number | null,
  shareIntoWorkOrStudies: number | null,
): ServiceYearTargetRow => ({
  serviceId,
  year,
  peopleSupported,
  maxWaitDays,
  shareIntoWorkOrStudies,
})

describe("a service's targets for a period", () => {
  const rows = [row(1, 2024, 150, 45, 40), row(1, 2025, 200, 30, 50)]

  it('counts the days of the period in each year, leap years included', () => {
    // 2024-07-01..2024-12-31: 31+31+30+31+30+31 = 184 days; 2025-01-01..2025-06-30: 31+28+31+30+31+30 = 181.
    const period = { from: '2024-07-01', to: '2025-06-30' }
    expect(daysInYear(period, 2024)).toBe(184)
    expect(daysInYear(period, 2025)).toBe(181)
    expect(daysInYear(period, 2023)).toBe(0)
    expect(daysInYear({ from: '2024-01-01', to: '2024-12-31' }, 2024)).toBe(366)
  })

  it("takes the year's targets as they are for a period within the year, not pro-rated", () => {
    // January–June 2025: the people supported so far against the whole year's 200.
    expect(periodTargets({ from: '2025-01-01', to: '2025-06-30' }, rows)).toEqual({
      peopleSupported: 200,
      maxWaitDays: 30,
      shareIntoWorkOrStudies: 0.5,
    })
  })

  it("sums people, weighs the share by days and takes the end year's wait over two years", () => {
    // People: 150 + 200 = 350. Share: (40 × 184 + 50 × 181) / 365 = (7360 + 9050) / 365 = 44.96 %.
    // Wait: the queue is measured on 2025-06-30, so 2025's 30 days.
    const targets = periodTargets({ from: '2024-07-01', to: '2025-06-30' }, rows)
    expect(targets.peopleSupported).toBe(350)
    expect(targets.maxWaitDays).toBe(30)
    expect(targets.shareIntoWorkOrStudies).toBeCloseTo(16_410 / 365 / 100, 10)
  })

  it('has no target when a year the period touches lacks one', () => {
    // 2025–2026: 2026 has no row, so neither a sum of people nor a share; the wait is 2026's: none.
    expect(periodTargets({ from: '2025-06-01', to: '2026-03-31' }, rows)).toEqual({
      peopleSupported: null,
      maxWaitDays: null,
      shareIntoWorkOrStudies: null,
    })
    // A row with the share left empty: no share target, the other two stand.
    expect(
      periodTargets({ from: '2025-01-01', to: '2025-12-31' }, [row(1, 2025, 200, 30, null)]),
    ).toEqual({ peopleSupported: 200, maxWaitDays: 30, shareIntoWorkOrStudies: null })
  })
})

describe('targets of several services and the queue against them', () => {
  const period = { from: '2025-01-01', to: '2025-12-31' }
  // Service 1 waits at most 30 days, service 2 at most 60.
  const rows = [row(1, 2025, 200, 30, 50), row(2, 2025, 50, 60, 30)]
  const queueDays = [
    { serviceId: 1, days: 10, n: 4 },
    { serviceId: 1, days: 30, n: 2 }, // at the target: not over it
    { serviceId: 1, days: 31, n: 3 },
    { serviceId: 2, days: 45, n: 5 },
    { serviceId: 2, days: 90, n: 1 },
  ]

  it("counts each service's queue against its own wait target", () => {
    const figures = shapeTargets(period, [1, 2], rows, queueDays)
    // Service 1: 3 waited 31 days > 30. Service 2: 1 waited 90 > 60 (the 5 at 45 are within it).
    expect(figures.byService.map((s) => s.waitingOverTarget)).toEqual([3, 1])
    expect(figures.all.waitingOverTarget).toBe(4)
  })

  it('sums people, weighs the share by the targets of people, and gives no common wait', () => {
    const { all } = shapeTargets(period, [1, 2], rows, queueDays)
    // People: 200 + 50 = 250. Share: (50 × 200 + 30 × 50) / 250 = 11500 / 250 = 46 %.
    expect(all.peopleSupported).toBe(250)
    expect(all.shareIntoWorkOrStudies).toBeCloseTo(0.46, 10)
    // 30 and 60 days: no one wait target for both.
    expect(all.maxWaitDays).toBeNull()
    // The same wait everywhere is the common one.
    expect(
      shapeTargets(period, [1, 2], [rows[0], { ...rows[1], maxWaitDays: 30 }], []).all,
    ).toMatchObject({ maxWaitDays: 30, waitingOverTarget: 0 })
  })

  it('leaves a total out when one service has no target', () => {
    const { all, byService } = shapeTargets(period, [1, 2, 3], rows, queueDays)
    expect(byService[2]).toMatchObject({
      serviceId: 3,
      peopleSupported: null,
      waitingOverTarget: null,
    })
    expect(all).toEqual({
      peopleSupported: null,
      maxWaitDays: null,
      shareIntoWorkOrStudies: null,
      waitingOverTarget: null,
    })
  })
})

describe('the wait target on the waiting-time chart', () => {
  it('places the days in their bucket', () => {
    // 30 days: the upper end of "15–30". 45 days: 15 of the 30 days of "31–60" (31..45).
    expect(waitTargetPosition(30, waitBuckets)).toEqual({ bucket: 1, fraction: 1 })
    expect(waitTargetPosition(45, waitBuckets)).toEqual({ bucket: 2, fraction: 0.5 })
    expect(waitTargetPosition(14, waitBuckets)).toEqual({ bucket: 0, fraction: 1 })
    expect(waitTargetPosition(365, waitBuckets)).toEqual({ bucket: 5, fraction: 0 })
  })
})

describe('validating targets', () => {
  it('refuses a share outside 0–100, a wait under 1 day and a year given twice, naming the field', () => {
    expect(targetProblems.shareIntoWorkOrStudies(101)).toMatch(/andel till arbete eller studier/)
    expect(targetProblems.shareIntoWorkOrStudies(-1)).toMatch(/mellan 0 och 100/)
    expect(targetProblems.shareIntoWorkOrStudies(0)).toBeNull()
    expect(targetProblems.shareIntoWorkOrStudies(100)).toBeNull()
    expect(targetProblems.maxWaitDays(0)).toMatch(/längsta väntan.*minst 1/)
    expect(targetProblems.maxWaitDays(1)).toBeNull()
    expect(targetProblems.maxWaitDays(null)).toBeNull()
    expect(targetProblems.peopleSupported(-3)).toMatch(/antal personer med stöd/)
    expect(targetProblems.peopleSupported(2.5)).toMatch(/heltal/)
    expect(duplicateTargetYear([{ year: 2025 }, { year: 2026 }])).toBeNull()
    expect(duplicateTargetYear([{ year: 2025 }, { year: 2025 }])).toMatch(
      /Året 2025 finns två gånger/,
    )
  })
})

describe('the target tables', () => {
  const names = { service: (id: number) => `Tjänst ${id}`, coach: (id: number) => `Coach ${id}` }
  const period = { from: '2025-01-01', to: '2025-06-30' }
  const participants = (serviceId: number, n: number) => ({
    serviceId,
    gender: 'woman',
    actionPlan: false,
    n,
  })
  const closing = (serviceId: number, outcome: string, n: number) => ({
    serviceId,
    gender: 'man',
    status: 'closed',
    outcome,
    inPeriod: true,
    n,
  })
  const rows: FollowUpRows = {
    ...noRows,
    // The participants table's "supported" is the same figure as the SUS participants: 162 + 40.
    supported: [{ gender: 'woman', n: 202 }],
    queueDays: [
      { serviceId: 1, days: 40, n: 6 },
      { serviceId: 1, days: 5, n: 10 },
      { serviceId: 2, days: 20, n: 7 },
    ],
    sus: {
      participants: [participants(1, 162), participants(2, 40)],
      profile: [],
      closings: [
        closing(1, 'workWithoutSubsidy', 20),
        closing(1, 'other', 20),
        closing(2, 'studies', 9),
        closing(2, 'other', 11),
      ],
      registered: [],
      expected: [],
    },
    yearTargets: [row(1, 2025, 200, 30, 50), row(2, 2025, 60, 30, 40)],
  }
  const tables = maskReportTables(reportTables(shapeFollowUpReport(period, [1, 2], rows), names))
  const table = (id: string) => tables.find((t) => t.id === id)!
  const values = (id: string) =>
    table(id).rows.map((r, i) => [r.key, ...table(id).cells[i].map((c) => c.value)])

  it('compares people supported with the sum of the targets', () => {
    // 162 of 200 = 81 %; 40 of 60 = 66.7 %; together 202 of 260 = 77.7 %.
    expect(values('targets-supported')).toEqual([
      ['service-1', 162, 200, 162 / 200],
      ['service-2', 40, 60, 40 / 60],
      ['total', 202, 260, 202 / 260],
    ])
    expect(keyFigureRow(table('targets-supported')).key).toBe('total')
  })

  it('compares the share into work or studies with the weighted target', () => {
    // Service 1: 20 of 40 = 50 %, target 50 %. Service 2: 9 of 20 = 45 %, target 40 %.
    // Together 29 of 60 = 48.3 %; target (50 × 200 + 40 × 60) / 260 = 12400 / 260 = 47.7 %.
    const [one, two, total] = values('targets-work-or-studies')
    expect(one).toEqual(['service-1', 40, 20, 0.5, 0.5])
    expect(two).toEqual(['service-2', 20, 9, 0.45, 0.4])
    expect(total.slice(0, 4)).toEqual(['total', 60, 29, 29 / 60])
    expect(total[4]).toBeCloseTo(12_400 / 260 / 100, 10)
  })

  it('counts the queue over the wait target, masking a small count and what gives it away', () => {
    // Service 1: 16 in the queue, 6 waited 40 days > 30. Service 2: 7 in the queue, none over 30: 0 is
    // below 5, so "< 5"; the total 6 would give it away from service 1's 6, so that is hidden too ("x").
    const wait = table('targets-wait')
    expect(values('targets-wait').map((r) => r.slice(0, 2))).toEqual([
      ['service-1', 16],
      ['service-2', 7],
      ['total', 23],
    ])
    expect(wait.cells.map((r) => r[1].hidden)).toEqual(['complement', 'small', null])
    expect(wait.cells[2][1].value).toBe(6)
    // The shares computed from a hidden count are hidden; the targets (30 days) never are.
    expect(wait.cells.map((r) => r[2].hidden)).toEqual(['derived', 'derived', null])
    expect(wait.cells.map((r) => r[3].value)).toEqual([30, 30, 30])
  })
})
