import {
  cellText,
  checkReportPeriod,
  countByGender,
  type FollowUpRows,
  formatPublicCount,
  maskByGender,
  type MaskedTable,
  maskTable,
  monthEnds,
  monthsOf,
  reportCsv,
  type ReportTable,
  reportTableIds,
  reportTables,
  shapeFollowUpReport,
  share,
  tableCsv,
  workOrStudiesOutcomes,
} from '@stodportalen/support-services/domain'
import { describe, expect, it } from 'vitest'

import { noRows } from './fixtures'

describe('shares and periods', () => {
  it('divides, and has no share of nothing', () => {
    expect(share(3, 4)).toBe(0.75)
    expect(share(0, 4)).toBe(0)
    expect(share(0, 0)).toBeNull()
  })
  it('lists the months a period touches, across a year end', () => {
    expect(monthsOf({ from: '2024-11-15', to: '2025-02-01' })).toEqual([
      '2024-11',
      '2024-12',
      '2025-01',
      '2025-02',
    ])
    expect(monthsOf({ from: '2025-03-01', to: '2025-03-31' })).toEqual(['2025-03'])
  })
  it('ends each month on its last day, leap years included, and the last month on the period end', () => {
    expect(monthEnds({ from: '2024-01-15', to: '2024-03-10' })).toEqual([
      '2024-01-31',
      '2024-02-29',
      '2024-03-10',
    ])
    expect(monthEnds({ from: '2025-02-01', to: '2025-02-28' })).toEqual(['2025-02-28'])
  })
  it('refuses periods that are not two dates in order', () => {
    expect(checkReportPeriod({ from: '2025-01-01', to: '2025-08-31' })).toBeNull()
    expect(checkReportPeriod({ from: '2025-01-01', to: '2025-02-30' })).toMatch(/YYYY-MM-DD/)
    expect(checkReportPeriod({ from: '2025-09-01', to: '2025-08-31' })).toMatch(/starts after/)
  })
})

describe('by gender', () => {
  it('sums rows; a missing or unknown gender counts as not stated', () => {
    expect(
      countByGender([
        { gender: 'woman', n: 2 },
        { gender: null, n: 1 },
        { gender: 'x', n: 1 },
        { gender: 'other', n: 1 },
      ]),
    ).toEqual({
      woman: 2,
      man: 0,
      other: 1,
      notStated: 2,
      total: 5,
    })
  })
  it('masks every cell below 5 for public and exported views', () => {
    const masked = maskByGender({ woman: 7, man: 4, other: 0, notStated: 5, total: 16 })
    expect(
      Object.fromEntries(Object.entries(masked).map(([k, v]) => [k, formatPublicCount(v)])),
    ).toEqual({
      woman: '7',
      man: '< 5',
      other: '< 5',
      notStated: '5',
      total: '16',
    })
  })
})

const period = { from: '2025-01-01', to: '2025-03-31' }

describe('shaping the report', () => {
  const report = shapeFollowUpReport(period, [2, 1], {
    ...noRows,
    inflow: [
      { serviceId: 1, month: '2025-01', n: 3 },
      { serviceId: 1, month: '2025-03', n: 1 },
      { serviceId: 2, month: '2025-02', n: 2 },
    ],
    sources: [
      { key: 'self', n: 4 },
      { key: 'psychiatry', n: 1 },
      { key: null, n: 1 },
    ],
    heardFrom: [
      { key: 'socialMedia', n: 5 },
      { key: 'unknown-value', n: 1 },
    ],
    // Service 2 at the end date: two waiting 3 days, one 40 days, one 200 days.
    queueDays: [
      { serviceId: 2, days: 3, n: 2 },
      { serviceId: 2, days: 40, n: 1 },
      { serviceId: 2, days: 200, n: 1 },
    ],
    leftQueue: [{ serviceId: 2, n: 9 }],
    // Service 2's queue stays: four from before the period still queued at the end, two from before it
    // that left in March, and one that came and went within February.
    queueStays: [
      { serviceId: 2, startBucket: 0, endBucket: 3, n: 4 },
      { serviceId: 2, startBucket: 0, endBucket: 2, n: 2 },
      { serviceId: 2, startBucket: 1, endBucket: 1, n: 1 },
    ],
    closings: [
      { status: 'closed', outcome: 'studies', gender: 'woman', month: '2025-01', n: 2 },
      { status: 'closed', outcome: 'jobSeeking', gender: 'man', month: '2025-01', n: 1 },
      { status: 'closed', outcome: 'workWithSubsidy', gender: null, month: '2025-02', n: 1 },
      { status: 'withdrawn', outcome: null, gender: 'other', month: '2025-03', n: 1 },
      { status: 'redirected', outcome: null, gender: 'man', month: '2025-03', n: 1 },
      // A merged duplicate is not a closing, even if a query let one through.
      { status: 'merged', outcome: null, gender: 'woman', month: '2025-03', n: 1 },
    ],
    enrolledAtEnd: [{ gender: 'man', n: 2 }],
    supported: [
      { gender: 'man', n: 2 },
      { gender: 'woman', n: 1 },
    ],
    firstContact: [
      { serviceId: 1, n: 6, withinGoal: 4, median: 3, p90: 8.5 },
      { serviceId: null, n: 6, withinGoal: 4, median: 3, p90: 8.5 },
    ],
    enrolment: [
      { serviceId: 2, n: 1, withinGoal: 0, median: 30, p90: 30 },
      { serviceId: null, n: 1, withinGoal: 0, median: 30, p90: 30 },
    ],
    caseload: [
      { serviceId: 1, assigneeId: 8, n: 18 },
      { serviceId: 1, assigneeId: 7, n: 22 },
      { serviceId: 1, assigneeId: null, n: 3 },
    ],
    targets: [
      { serviceId: 1, caseloadTarget: 20 },
      { serviceId: 2, caseloadTarget: null },
    ],
  })

  it('fills every service and month, zeros included', () => {
    expect(report.serviceIds).toEqual([1, 2])
    expect(report.inflow.byService).toEqual([
      { serviceId: 1, byMonth: { '2025-01': 3, '2025-02': 0, '2025-03': 1 }, total: 4 },
      { serviceId: 2, byMonth: { '2025-01': 0, '2025-02': 2, '2025-03': 0 }, total: 2 },
    ])
    expect(report.inflow.total).toBe(6)
  })

  it('counts inflow by source and by how they heard; an unknown or missing answer is not stated', () => {
    expect(report.inflow.bySource).toMatchObject({
      self: 4,
      psychiatry: 1,
      primaryCare: 0,
      notStated: 1,
    })
    expect(report.inflow.byHeardFrom).toMatchObject({ socialMedia: 5, psychiatry: 0, notStated: 1 })
  })

  it('sets inflow against outflow per month; a merged duplicate is no outflow', () => {
    expect(report.balance).toEqual([
      { month: '2025-01', inflow: 3, outflow: 3 },
      { month: '2025-02', inflow: 2, outflow: 1 },
      { month: '2025-03', inflow: 1, outflow: 2 },
    ])
  })

  it('describes the queue at the end: over 30 days, longest wait, and an estimate from the pace of the last 90 days', () => {
    expect(report.queueAtEnd).toEqual([
      {
        serviceId: 1,
        waiting: 0,
        waitingOver30Days: 0,
        shareOver30Days: null,
        longestWaitDays: null,
        leftQueueInWindow: 0,
        estimatedWaitDays: null,
      },
      // 9 left in 90 days: 0.1 a day; 4 ahead → 40 days.
      {
        serviceId: 2,
        waiting: 4,
        waitingOver30Days: 2,
        shareOver30Days: 0.5,
        longestWaitDays: 200,
        leftQueueInWindow: 9,
        estimatedWaitDays: 40,
      },
    ])
    expect(report.waitDistribution).toEqual({
      '0-14': 2,
      '15-30': 0,
      '31-60': 1,
      '61-90': 0,
      '91-180': 0,
      '181+': 1,
    })
  })

  it('works the queue at each month end back from the queue now', () => {
    // 31 January and 28 February: the four and the two (the February stay started after 31 January and
    // ended before 28 February). 31 March: the four (the same as the queue at the end).
    expect(report.queueOverTime).toEqual([
      { date: '2025-01-31', byService: { 1: 0, 2: 6 }, total: 6 },
      { date: '2025-02-28', byService: { 1: 0, 2: 6 }, total: 6 },
      { date: '2025-03-31', byService: { 1: 0, 2: 4 }, total: 4 },
    ])
  })

  it('counts closings by category and gender; the work-or-studies share is over closings with an outcome', () => {
    expect(report.closings.byCategory.studies).toEqual({
      woman: 2,
      man: 0,
      other: 0,
      notStated: 0,
      total: 2,
    })
    expect(report.closings.byCategory.withdrawn.other).toBe(1)
    expect(report.closings.total).toEqual({ woman: 2, man: 2, other: 1, notStated: 1, total: 6 })
    expect(report.closings.withOutcome).toBe(4)
    expect(report.closings.intoWorkOrStudies).toBe(3) // studies 2 + work with subsidy 1; job-seeking is not
    expect(report.closings.shareIntoWorkOrStudies).toBe(0.75)
    expect(report.supportedDuringPeriod.total).toBe(3)
    expect(workOrStudiesOutcomes).not.toContain('jobSeeking')
  })

  it('gives times to first contact and enrolment per service and for all, with nothing for a service without any', () => {
    expect(report.firstContact.byService[0]).toEqual({
      serviceId: 1,
      n: 6,
      withinGoal: 4,
      shareWithinGoal: 4 / 6,
      medianDays: 3,
      p90Days: 8.5,
    })
    expect(report.firstContact.byService[1]).toEqual({
      serviceId: 2,
      n: 0,
      withinGoal: 0,
      shareWithinGoal: null,
      medianDays: null,
      p90Days: null,
    })
    expect(report.enrolment.all).toMatchObject({ serviceId: null, n: 1, medianDays: 30 })
  })

  it('counts active cases per coach against the target, each coach as one full-time', () => {
    expect(report.caseload).toEqual([
      {
        serviceId: 1,
        target: 20,
        active: 43,
        unassigned: 3,
        coaches: [
          { assigneeId: 7, active: 22 },
          { assigneeId: 8, active: 18 },
        ],
        perCoach: 20,
      },
      { serviceId: 2, target: 20, active: 0, unassigned: 0, coaches: [], perCoach: null },
    ])
  })

  const names = { service: (id: number) => `Tjänst ${id}`, coach: (id: number) => `Coach ${id}` }

  it('turns into every table of the report, with a total column only when there are several services', () => {
    const tables = reportTables(report, names)
    expect(tables.map((t) => t.id).sort()).toEqual([...reportTableIds].sort())
    const inflow = tables.find((t) => t.id === 'inflow-month')!
    expect(inflow.columns.map((c) => c.key)).toEqual(['service-1', 'service-2', 'total'])
    expect(inflow.rows.at(-1)).toMatchObject({ key: 'total', values: [4, 2, 6], total: true })
    const single = reportTables(shapeFollowUpReport(period, [1], noRows), names).find(
      (t) => t.id === 'inflow-month',
    )!
    expect(single.columns.map((c) => c.key)).toEqual(['service-1'])
    const coaches = tables.find((t) => t.id === 'caseload-coaches')!
    expect(coaches.rows.map((r) => [r.label, ...r.values])).toEqual([
      ['Coach 7 (Tjänst 1)', 22, 20, 1.1],
      ['Coach 8 (Tjänst 1)', 18, 20, 0.9],
    ])
  })
})

const shownTexts = (table: MaskedTable) =>
  table.rows.map((row, r) => [
    row.label,
    ...table.columns.map((column, c) => cellText(table.cells[r][c], column, 'sv')),
  ])

describe('small numbers', () => {
  const twoByTwo: ReportTable = {
    id: 'closings',
    title: 'Test',
    rowHeader: 'Rad',
    columns: [
      { key: 'a', label: 'A', kind: 'count' },
      { key: 'b', label: 'B', kind: 'count' },
      { key: 'total', label: 'Totalt', kind: 'count' },
    ],
    rows: [
      { key: 'x', label: 'X', values: [7, 3, 10] },
      { key: 'y', label: 'Y', values: [6, 8, 14] },
      { key: 'total', label: 'Totalt', values: [13, 11, 24], total: true },
    ],
    rowSum: { total: 'total', parts: ['a', 'b'] },
  }

  it('hides a small cell, and by complement whatever would let it be worked out from a row or column total', () => {
    const masked = maskTable(twoByTwo)
    // X/B = 3 is small. Row X would give it away (10 − 7), so X/A goes; then column A would give X/A away
    // (13 − 6), so Y/A goes; column B likewise (11 − 8), so Y/B goes. Totals stay: no cell can be solved.
    expect(shownTexts(masked)).toEqual([
      ['X', 'x', '< 5', '10'],
      ['Y', 'x', 'x', '14'],
      ['Totalt', '13', '11', '24'],
    ])
    expect(masked.cells[0].map((c) => c.hidden)).toEqual(['complement', 'small', null])
  })

  it('leaves a table alone when two or more cells in every line are hidden already', () => {
    const masked = maskTable({
      ...twoByTwo,
      rows: [{ key: 'x', label: 'X', values: [2, 3, 5] }],
      rowSum: twoByTwo.rowSum,
    })
    expect(shownTexts(masked)).toEqual([['X', '< 5', '< 5', '5']])
  })

  it('hides the smallest other part, never a larger one, when a row has several', () => {
    const masked = maskTable({
      ...twoByTwo,
      columns: [
        ...twoByTwo.columns.slice(0, 2),
        { key: 'c', label: 'C', kind: 'count' },
        twoByTwo.columns[2],
      ],
      rows: [{ key: 'x', label: 'X', values: [40, 2, 9, 51] }],
      rowSum: { total: 'total', parts: ['a', 'b', 'c'] },
    })
    expect(shownTexts(masked)).toEqual([['X', '40', '< 5', 'x', '51']])
  })

  it('hides a share or a median computed from a hidden count, never a target', () => {
    const masked = maskTable({
      id: 'first-contact',
      title: 'Test',
      rowHeader: 'Tjänst',
      columns: [
        { key: 'n', label: 'Antal', kind: 'count' },
        { key: 'within', label: 'Inom 5 dagar', kind: 'count' },
        { key: 'share', label: 'Andel', kind: 'share', from: ['within', 'n'] },
        { key: 'median', label: 'Median', kind: 'days', from: ['n'] },
        { key: 'target', label: 'Mål', kind: 'plain' },
      ],
      rows: [
        { key: 'a', label: 'A', values: [12, 3, 0.25, 8.5, 2] },
        { key: 'b', label: 'B', values: [3, 3, 1, 1, 2] },
        { key: 'c', label: 'C', values: [0, 0, null, null, 20] },
      ],
    })
    expect(shownTexts(masked)).toEqual([
      ['A', '12', '< 5', 'x', '8,5', '2'],
      ['B', '< 5', '< 5', 'x', 'x', '2'],
      ['C', '< 5', '< 5', 'x', 'x', '20'],
    ])
  })

  it('writes shares in per cent, days with one decimal, and differences with their sign', () => {
    const column = (kind: 'share' | 'days' | 'difference') => ({ key: 'k', label: 'K', kind })
    const cell = (value: number | null) => ({ value, hidden: null })
    expect(cellText(cell(2 / 3), column('share'), 'sv')).toBe('67 %')
    expect(cellText(cell(2 / 3), column('share'), 'csv')).toBe('66.7')
    expect(cellText(cell(8.25), column('days'), 'sv')).toBe('8,3')
    expect(cellText(cell(8.25), column('days'), 'csv')).toBe('8.3')
    expect(cellText(cell(3), column('difference'), 'sv')).toBe('+3')
    expect(cellText(cell(-2), column('difference'), 'csv')).toBe('-2')
    expect(cellText(cell(null), column('share'), 'sv')).toBe('–')
    expect(cellText(cell(null), column('share'), 'csv')).toBe('')
  })

  it('exports a masked table as CSV, and the whole report with each table under its title', () => {
    const masked = maskTable(twoByTwo)
    expect(tableCsv(masked)).toBe('Rad,A,B,Totalt\r\nX,x,< 5,10\r\nY,x,x,14\r\nTotalt,13,11,24\r\n')
    const whole = reportCsv(period, [masked])
    expect(whole.split('\r\n').slice(0, 4)).toEqual([
      'Uppföljning 2025-01-01 – 2025-03-31',
      expect.stringMatching(/^"?< 5 = färre än 5/),
      '',
      'Test',
    ])
  })
})

describe("the report's CSV", () => {
  const rows: FollowUpRows = {
    ...noRows,
    inflow: [{ serviceId: 1, month: '2025-01', n: 6 }],
    caseload: [{ serviceId: 1, assigneeId: 7, n: 9 }],
    closings: [{ status: 'closed', outcome: 'studies', gender: 'woman', month: '2025-01', n: 9 }],
  }
  const names = {
    service: () => '=HYPERLINK("https://example.com","Klicka")',
    coach: () => '@SUM(A1:A9)',
  }
  const csv = reportCsv(
    period,
    reportTables(shapeFollowUpReport(period, [1], rows), names).map(maskTable),
  )
  const lines = csv.split('\r\n')

  it('never lets a spreadsheet run a service or coach name as a formula', () => {
    const named = lines.filter((line) => line.includes('HYPERLINK') || line.includes('SUM('))
    expect(named.length, csv).toBeGreaterThan(2)
    for (const line of named) expect(line).not.toMatch(/(^|,)"?[=+\-@]/)
    expect(
      named.some((line) => line.startsWith(`"'=HYPERLINK(""https://example.com"",""Klicka"")"`)),
      csv,
    ).toBe(true)
    expect(
      named.some((line) => line.startsWith(`"'@SUM(A1:A9) `)),
      csv,
    ).toBe(true)
  })

  it('keeps a negative difference a number, and ends every line with CRLF', () => {
    expect(lines, csv).toContain('januari 2025,6,9,-3')
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
  })
})
