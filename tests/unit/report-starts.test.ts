import {
  cellText,
  type MaskedTable,
  maskTable,
  percentile,
  reportCsv,
  reportTables,
  shapeFollowUpReport,
  speedFigures,
  type StartRows,
  tenureByService,
  tenureMonths,
} from '@stodportalen/support-services/domain'
import { describe, expect, it } from 'vitest'

import { noRows } from './fixtures'

const names = { service: (id: number) => `Tjänst ${id}`, coach: (id: number) => `Coach ${id}` }
const values = (...pairs: [number, number][]) => pairs.map(([value, n]) => ({ value, n }))

describe('percentiles as PostgreSQL’s percentile_cont', () => {
  it('interpolates between the two nearest ranks', () => {
    // 3, 10, 10, 40: the median sits at rank 1.5 (10 and 10), the 90th at rank 2.7: 10 + 0.7 × 30 = 31.
    expect(percentile(values([3, 1], [10, 2], [40, 1]), 0.5)).toBe(10)
    expect(percentile(values([40, 1], [3, 1], [10, 2]), 0.9)).toBeCloseTo(31, 10)
    // 1 … 10: median at rank 4.5 → 5.5; 90th at rank 8.1 → 9.1.
    const oneToTen = values(...Array.from({ length: 10 }, (_, i): [number, number] => [i + 1, 1]))
    expect(percentile(oneToTen, 0.5)).toBe(5.5)
    expect(percentile(oneToTen, 0.9)).toBeCloseTo(9.1, 10)
    expect(percentile(values([7, 1]), 0.9)).toBe(7)
    expect(percentile([], 0.5)).toBeNull()
    expect(percentile(values([7, 0]), 0.5)).toBeNull()
  })

  it('gives the count, the share within the goal, the median and the 90th percentile of some days', () => {
    // 3, 10, 10, 40 days: 3 of 4 within 30 days.
    const figures = speedFigures(
      [
        { days: 3, n: 1 },
        { days: 10, n: 2 },
        { days: 40, n: 1 },
      ],
      30,
    )
    expect(figures).toMatchObject({ n: 4, withinGoal: 3, shareWithinGoal: 0.75, medianDays: 10 })
    expect(figures.p90Days).toBeCloseTo(31, 10)
    expect(speedFigures([], 30)).toEqual({
      n: 0,
      withinGoal: 0,
      shareWithinGoal: null,
      medianDays: null,
      p90Days: null,
    })
  })
})

describe('job starts that lasted 3 and 6 months', () => {
  const asOf = '2025-06-30'
  const spans = [
    // Still going: 3 months on 15 April (lasted); 6 months on 15 July, after the end (not yet known).
    { startDate: '2025-01-15', endDate: null, n: 1 },
    // 3 months on 30 April; ended the 29th: before 3 (and so before 6).
    { startDate: '2025-01-31', endDate: '2025-04-29', n: 1 },
    // Ended on the 3-month day itself: lasted 3; 6 months would be 31 July: ended before.
    { startDate: '2025-01-31', endDate: '2025-04-30', n: 1 },
    // Too recent for either mark, still going: not yet known, no failure.
    { startDate: '2025-05-01', endDate: null, n: 1 },
    // Ends after the end of the period: not known then, so the same as still going.
    { startDate: '2025-05-01', endDate: '2025-07-15', n: 1 },
    // Two who started before Christmas and are still going: both marks passed.
    { startDate: '2024-12-20', endDate: null, n: 2 },
  ]

  it('counts as lasted, ended before, or not yet known at the end of the period', () => {
    const ofService = spans.map((span) => ({ ...span, serviceId: 1 }))
    expect(tenureByService(ofService, 3, asOf)).toEqual([
      { serviceId: 1, months: 3, starts: 7, lasted: 4, endedBefore: 1, notYetKnown: 2 },
    ])
    expect(tenureByService(ofService, 6, asOf)).toEqual([
      { serviceId: 1, months: 6, starts: 7, lasted: 2, endedBefore: 2, notYetKnown: 3 },
    ])
  })

  it('counts each service apart', () => {
    const [first, second] = [spans.slice(0, 3), spans.slice(3)]
    expect(
      tenureByService(
        [
          ...first.map((span) => ({ ...span, serviceId: 1 })),
          ...second.map((span) => ({ ...span, serviceId: 2 })),
        ],
        3,
        asOf,
      ),
    ).toEqual([
      { serviceId: 1, months: 3, starts: 3, lasted: 2, endedBefore: 1, notYetKnown: 0 },
      { serviceId: 2, months: 3, starts: 4, lasted: 2, endedBefore: 0, notYetKnown: 2 },
    ])
  })
})

describe('the starts in the report', () => {
  const period = { from: '2025-01-01', to: '2025-06-30' }
  const starts: StartRows = {
    started: [
      { gender: 'woman', n: 6 },
      { gender: 'man', n: 3 },
    ],
    milestoneDays: [
      // Employer contact after 0, 0, 12, 12, 12 and 45 days: median at rank 2.5 → 12; 90th at rank
      // 4.5 → 12 + 0.5 × 33 = 28.5; 5 of 6 within 30 days.
      { milestone: 'employerContact', days: 0, n: 2 },
      { milestone: 'employerContact', days: 12, n: 3 },
      { milestone: 'employerContact', days: 45, n: 1 },
      // First start after 20, 60, 60, 60, 60 and 100 days: median 60, 90th 60 + 0.5 × 40 = 80; 1 within 30.
      { milestone: 'start', days: 20, n: 1 },
      { milestone: 'start', days: 60, n: 4 },
      { milestone: 'start', days: 100, n: 1 },
    ],
    starts: [
      { kind: 'competitiveJob', schoolKind: null, sector: 'G', gender: 'woman', n: 3 },
      { kind: 'competitiveJob', schoolKind: null, sector: 'Q', gender: 'man', n: 4 },
      { kind: 'subsidisedJob', schoolKind: null, sector: 'G', gender: 'woman', n: 5 },
      { kind: 'ownBusiness', schoolKind: null, sector: null, gender: 'man', n: 1 },
      { kind: 'studies', schoolKind: 'adultEducation', sector: null, gender: 'woman', n: 2 },
      { kind: 'studies', schoolKind: null, sector: null, gender: null, n: 1 },
    ],
    // Two services, added up: 12 still going and past 6 months; 3 ended after a month; 5 too recent.
    tenure: tenureMonths.flatMap((months) =>
      tenureByService(
        [
          { serviceId: 1, startDate: '2025-01-02', endDate: null, n: 12 },
          { serviceId: 2, startDate: '2025-01-02', endDate: '2025-02-02', n: 3 },
          { serviceId: 2, startDate: '2025-06-01', endDate: null, n: 5 },
        ],
        months,
        period.to,
      ),
    ),
  }
  const report = shapeFollowUpReport(period, [1], {
    ...noRows,
    supported: [
      { gender: 'woman', n: 12 },
      { gender: 'man', n: 9 },
      { gender: 'other', n: 1 },
    ],
    starts,
  })
  const tables = reportTables(report, names).map(maskTable)
  const shown = (id: string) => {
    const table = tables.find((t) => t.id === id) as MaskedTable
    return Object.fromEntries(
      table.rows.map((row, r) => [
        row.key,
        table.columns.map((c, i) => cellText(table.cells[r][i], c, 'sv')),
      ]),
    )
  }

  it('counts starts by kind (studies by school) and job starts by sector', () => {
    expect(report.starts.byKind.competitiveJob).toEqual({
      woman: 3,
      man: 4,
      other: 0,
      notStated: 0,
      total: 7,
    })
    expect(report.starts.byKind['studies-otherSchool'].notStated).toBe(1)
    expect(report.starts.bySector).toMatchObject({ G: 8, Q: 4, notStated: 1, A: 0 })
    expect(report.starts.toEmployerContact).toEqual({
      n: 6,
      withinGoal: 5,
      shareWithinGoal: 5 / 6,
      medianDays: 12,
      p90Days: 28.5,
    })
  })

  it('shows the share who started by gender, hiding small counts and the shares made from them', () => {
    // 6 of 12 women (50 %), 9 of 22 in all (41 %); men 3 and other 0 are below 5.
    expect(shown('starts-started')).toEqual({
      woman: ['12', '6', '50 %'],
      man: ['9', '< 5', 'x'],
      other: ['< 5', '< 5', 'x'],
      notStated: ['< 5', '< 5', 'x'],
      total: ['22', '9', '41 %'],
    })
  })

  it('hides the median of a small group, but not of a group of 6 with a small part', () => {
    expect(shown('starts-speed')).toEqual({
      employerContact: ['6', '5', '83 %', '12', '28,5'],
      start: ['6', '< 5', 'x', '60', '80'],
    })
  })

  it('lists only sectors with starts, by SNI letter, and masks the small ones', () => {
    expect(shown('starts-sector')).toEqual({
      G: ['8'],
      Q: ['< 5'],
      notStated: ['< 5'],
      total: ['13'],
    })
  })

  it('hides a second cell of the 3- and 6-month rows so the small one cannot be worked out', () => {
    // 3 months: 20 starts, 12 lasted, 3 ended before (< 5), 5 not yet known: hiding only the 3 would
    // give it away (20 − 12 − 5), so the smallest other part, the 5, is hidden too, and the share.
    // 6 months: on 30 June the January starts have not reached 2 July: 0 lasted, 3 ended before, 17 not
    // yet known; two small cells already hide each other.
    expect(shown('starts-tenure')).toEqual({
      'months-3': ['20', '12', '< 5', 'x', 'x'],
      'months-6': ['20', '< 5', '< 5', '17', 'x'],
    })
  })

  it('puts the masked rows into the CSV', () => {
    const csv = reportCsv(period, tables)
    expect(csv).toContain('Starter i arbete som varade 3 och 6 månader\r\n')
    expect(csv).toContain('3 månader,20,12,< 5,x,\r\n'.replace(',\r\n', ',x\r\n'))
    expect(csv).toContain('Första arbetsgivarkontakt,6,5,83.3,12,28.5\r\n')
  })
})
