import {
  cellText,
  defaultEstimateParameters,
  estimateCsv,
  estimateNotes,
  type EstimateRow,
  estimateTables,
  hiddenAcrossUnits,
  housingSupport,
  maskEstimateTables,
  socioEconomicEstimate,
} from '@stodportalen/support-services/domain'
import { describe, expect, it } from 'vitest'

const parameters = defaultEstimateParameters(2017)

const job = (
  monthlySalary: number,
  monthlyWageSubsidy: number | null = null,
): EstimateRow['start'] => ({
  kind: monthlyWageSubsidy === null ? 'competitiveJob' : 'subsidisedJob',
  monthlySalary,
  monthlyWageSubsidy,
})
const sick = (monthly: number, tax: number) => ({
  source: 'sicknessCompensation' as const,
  monthly,
  tax,
})

/**
 * The ten rows of Table 3 in Hudiksvall's evaluation [003]: income before (with the tax paid on it),
 * the salary and the wage subsidy after. Row 10 went to studies on a student loan (no salary).
 */
const table3: EstimateRow[] = [
  {
    reference: '1',
    before: [{ source: 'socialAssistance', monthly: 4300, tax: 0 }, sick(7620, 1753)],
    start: job(15646, 18000),
  },
  {
    reference: '2',
    before: [{ source: 'socialAssistance', monthly: 10000, tax: 0 }],
    start: job(26500),
  },
  {
    reference: '3',
    before: [{ source: 'unemploymentSupport', monthly: 16500, tax: 4620 }],
    start: job(18700, 25620),
  },
  { reference: '4', before: [sick(18960, 5309)], start: job(24000) },
  { reference: '5', before: [sick(21750, 6525)], start: job(27000) },
  { reference: '6', before: [sick(8850, 2124)], start: job(22000, 23100) },
  { reference: '7', before: [sick(14070, 3799)], start: job(23500) },
  { reference: '8', before: [sick(12840, 3467)], start: job(20000) },
  { reference: '9', before: [sick(21750, 6307)], start: job(23000, 24150) },
  {
    reference: '10',
    before: [sick(11077, 2769)],
    start: { kind: 'studies', monthlySalary: null, monthlyWageSubsidy: null },
  },
]

describe('[003] Table 3, reproduced from its ten rows', () => {
  const estimate = socioEconomicEstimate(table3, parameters)

  it('counts the ten people, none missing', () => {
    expect(estimate.people).toBe(10)
    expect(estimate.missing).toEqual([])
  })

  it('reduced payments by payer: per month and per year as printed', () => {
    // IFO 4300 + 10000; FK 7620 + 18960 + 21750 + 8850 + 14070 + 12840 + 21750 + 11077; AF 16500.
    expect(estimate.payments.municipality).toEqual({ monthly: 14300, yearly: 171600, people: 2 })
    expect(estimate.payments.insurance).toEqual({ monthly: 116917, yearly: 1403004, people: 8 })
    expect(estimate.payments.employmentService).toEqual({
      monthly: 16500,
      yearly: 198000,
      people: 1,
    })
    // The whole column "Belopp": 147 717 a month, 1 772 604 a year.
    expect(estimate.paymentsTotal).toEqual({ monthly: 147717, yearly: 1772604 })
    expect(estimate.taxBefore).toEqual({ monthly: 36673, yearly: 440076 })
  })

  it('extra tax: 33 % of the salary less the tax paid before, 32 210 a month', () => {
    // 3410 + 8745 + 1551 + 2611 + 2385 + 5136 + 3956 + 3133 + 1283 + 0 (studies) = 32 210
    // (row 1: 0.33 × 15 646 − 1753 = 3410.18; the rest are whole kronor); a year 12 × 32 210.
    expect(estimate.extraTax).toEqual({ monthly: 32210, yearly: 386520 })
  })

  it('wage subsidies: 18 000 + 25 620 + 23 100 + 24 150 a month for four people', () => {
    expect(estimate.wageSubsidies).toEqual({ monthly: 90870, yearly: 1090440, people: 4 })
  })

  it('production value: salary × 1.4, where [003] printed row 1 without the factor', () => {
    // [003] prints 274 226 a month (3 290 712 a year): its row 1 shows 15 646, the salary itself, where
    // the method gives 15 646 × 1.4 = 21 904; every other row is its salary × 1.4. By the method:
    // 274 226 − 15 646 + 21 904 = 280 484, a year 3 365 808 ("ca 3,3 miljoner" in the text).
    expect(estimate.production).toEqual({ monthly: 280484, yearly: 3365808, workers: 9 })
    expect(estimate.production.monthly - 21904 + 15646).toBe(274226)
    // The salaries of the nine jobs: 200 346 (the printed total 202 700 takes row 1's 18 000, the wage
    // subsidy, instead of its salary; the student loan of row 10 is no salary).
    expect(estimate.salaries.monthly).toBe(200346)
  })

  it('the range: the public purse alone, and with the production value', () => {
    // Low: 1 772 604 + 386 520 + 0 (no housing support in these rows) − 1 090 440 = 1 068 684.
    expect(estimate.range.low).toBe(1068684)
    expect(estimate.range.high).toBe(1068684 + 3365808)
  })
})

describe('[003] Table 4, housing support', () => {
  // Hours a week before and after for the six people of Table 4.
  const table4 = [
    { before: 5, after: 2.5 },
    { before: 6, after: 2 },
    { before: 2, after: 0 },
    { before: 4, after: 0 },
    { before: 2, after: 0 },
    { before: 1.5, after: 0 },
  ]

  it('reproduces the hours and the yearly costs at 470.86 kr an hour', () => {
    const saved = housingSupport(table4, parameters)
    expect(saved.people).toBe(6)
    expect(saved.hoursPerWeek).toEqual({ before: 20.5, after: 4.5, saved: 16 })
    expect(saved.hoursPerYear).toEqual({ before: 1066, after: 234, saved: 832 })
    // 1066 × 470.86 = 501 936.76; 234 × 470.86 = 110 181.24; 832 × 470.86 = 391 755.52.
    expect(saved.costPerYear).toEqual({ before: 501937, after: 110181, saved: 391756 })
  })

  it('goes into the estimate for people whose data is complete, and into its low end', () => {
    const rows: EstimateRow[] = table3.map((row, i) => ({
      ...row,
      housingHours: table4[i] ?? undefined,
    }))
    const estimate = socioEconomicEstimate(rows, parameters)
    expect(estimate.housing.costPerYear.saved).toBe(391756)
    expect(estimate.range.low).toBe(1068684 + 391756)
  })
})

describe('missing data is named and left out, never counted as zero', () => {
  const complete = table3[1]
  it('lists each person by reference number with what they lack', () => {
    const rows: EstimateRow[] = [
      complete,
      {
        reference: 'A-1',
        before: [{ source: 'socialAssistance', monthly: null }],
        start: job(20000),
      },
      { reference: 'A-2', before: [{ source: null, monthly: null }], start: job(20000) },
      {
        reference: 'A-3',
        before: [sick(10000, 2500)],
        start: { kind: 'subsidisedJob', monthlySalary: null, monthlyWageSubsidy: null },
        housingHours: { before: 3, after: null },
      },
    ]
    const estimate = socioEconomicEstimate(rows, parameters)
    expect(estimate.missing).toEqual([
      { reference: 'A-1', lacks: ['incomeAmount'] },
      { reference: 'A-2', lacks: ['incomeSource'] },
      { reference: 'A-3', lacks: ['salary', 'wageSubsidy', 'housingAfter'] },
    ])
    // Only row 2 of Table 3 counts: 10 000 a month saved, 8745 extra tax, nothing from the others.
    expect(estimate.people).toBe(1)
    expect(estimate.paymentsTotal.monthly).toBe(10000)
    expect(estimate.extraTax.monthly).toBe(8745)
    expect(estimate.payments.insurance.people).toBe(0)
  })

  it('leaves out people who were not on public support before, without calling it missing', () => {
    const estimate = socioEconomicEstimate(
      [
        complete,
        { reference: 'B-1', before: [{ source: 'salary', monthly: 25000 }], start: job(27000) },
      ],
      parameters,
    )
    expect(estimate.people).toBe(1)
    expect(estimate.notFromSupport).toBe(1)
    expect(estimate.missing).toEqual([])
  })

  it('without a recorded tax, the tax before is the rate times the taxed support', () => {
    // 0.33 × 20 000 − 0.33 × 10 000 = 3300.
    const estimate = socioEconomicEstimate(
      [
        {
          reference: 'C-1',
          before: [{ source: 'sicknessCompensation', monthly: 10000 }],
          start: job(20000),
        },
      ],
      parameters,
    )
    expect(estimate.extraTax.monthly).toBe(3300)
  })
})

describe('the tables, masked like the report', () => {
  const shown = (estimate: ReturnType<typeof socioEconomicEstimate>, id: string, row: string) => {
    const table = maskEstimateTables(estimateTables(estimate)).find((t) => t.id === id)!
    const r = table.rows.findIndex((x) => x.key === row)
    // Swedish thousands are separated by a no-break space.
    return table.columns.map((c, i) => cellText(table.cells[r][i], c, 'sv').replace(/\u00a0/g, ' '))
  }

  it('hides a payer of few people with its amounts, and the range when a part of it is hidden', () => {
    const estimate = socioEconomicEstimate(table3, parameters)
    // Two people on försörjningsstöd: "< 5", amounts hidden; one on aktivitetsstöd likewise.
    expect(shown(estimate, 'estimate-payments', 'municipality')).toEqual(['< 5', 'x', 'x'])
    expect(shown(estimate, 'estimate-payments', 'insurance')).toEqual(['8', '116 917', '1 403 004'])
    // Four with a wage subsidy: hidden, so the range that subtracts it is hidden too.
    expect(shown(estimate, 'estimate-effects', 'subsidies')).toEqual(['< 5', 'x'])
    expect(shown(estimate, 'estimate-effects', 'low')).toEqual(['10', 'x'])
    expect(shown(estimate, 'estimate-effects', 'high')).toEqual(['10', 'x'])
    // Nobody with housing support: "< 5" too, but a row of nobody hides nothing, so alone it would
    // not hide the range.
    expect(shown(estimate, 'estimate-effects', 'housing')).toEqual(['< 5', 'x'])
  })

  it('shows the range when every part of it is of 5 people or more, or of nobody', () => {
    const five = (i: number): EstimateRow => ({
      reference: `D-${i}`,
      before: [{ source: 'sicknessCompensation', monthly: 10000 }],
      start: { kind: 'subsidisedJob', monthlySalary: 20000, monthlyWageSubsidy: 5000 },
    })
    const estimate = socioEconomicEstimate([1, 2, 3, 4, 5].map(five), parameters)
    // 5 × (10 000 saved + (6 600 − 3 300) tax − 5 000 subsidy) = 41 500 a month; × 12 = 498 000;
    // production 5 × 28 000 × 12 = 1 680 000.
    expect(shown(estimate, 'estimate-effects', 'low')).toEqual(['5', '498 000'])
    expect(shown(estimate, 'estimate-effects', 'high')).toEqual(['5', '2 178 000'])
  })
})

describe('the tables over several units', () => {
  const onSickness = (unit: string, i: number): EstimateRow => ({
    reference: `${unit}-${i}`,
    before: [{ source: 'sicknessCompensation', monthly: 10000 }],
    start: { kind: 'competitiveJob', monthlySalary: 20000, monthlyWageSubsidy: null },
  })
  // Unit A: five people off sickness compensation; unit B: three, "< 5" in B's own estimate.
  const unitA = [1, 2, 3, 4, 5].map((i) => onSickness('A', i))
  const unitB = [1, 2, 3].map((i) => onSickness('B', i))
  const tablesOf = (rows: EstimateRow[]) => estimateTables(socioEconomicEstimate(rows, parameters))
  const insurance = (tables: ReturnType<typeof maskEstimateTables>) => {
    const table = tables.find((t) => t.id === 'estimate-payments')!
    const r = table.rows.findIndex((row) => row.key === 'insurance')
    return cellText(table.cells[r][0], table.columns[0], 'sv')
  }

  it('hide what a unit hides, as the whole minus the other unit would give it away (8 − 5 = 3)', () => {
    const whole = tablesOf([...unitA, ...unitB])
    const units = [maskEstimateTables(tablesOf(unitA)), maskEstimateTables(tablesOf(unitB))]
    expect(insurance(units[0])).toBe('5')
    expect(insurance(units[1])).toBe('< 5')
    // Alone, the whole shows 8 (the rule below is not vacuous).
    expect(insurance(maskEstimateTables(whole))).toBe('8')
    expect(insurance(maskEstimateTables(whole, hiddenAcrossUnits(whole, units)))).toBe('x')
  })
})

describe('what an export says beside the tables', () => {
  const rows: EstimateRow[] = [
    ...table3,
    {
      reference: 'M-1',
      before: [{ source: 'socialAssistance', monthly: null }],
      start: job(20000),
    },
    { reference: 'M-2', before: [{ source: 'salary', monthly: 25000 }], start: job(27000) },
  ]
  const estimate = socioEconomicEstimate(rows, parameters)
  const tables = maskEstimateTables(estimateTables(estimate))
  const notes = estimateNotes(estimate, parameters, tables)

  it('gives the range as the effects table masks it, and the parameters as assumptions', () => {
    expect(notes.range.map((r) => r.cell)).toEqual([
      { value: null, hidden: 'derived' },
      { value: null, hidden: 'derived' },
    ])
    expect(notes.assumedNote).toContain('Inga parametrar är sparade för 2017')
    expect(notes.parameters.map((p) => [p.key, p.value, p.text, p.assumed])).toEqual([
      ['taxRate', 0.33, '33 %', true],
      ['productionFactor', 1.4, '1,4', true],
      ['housingHourlyCost', 470.86, '470,86', true],
    ])
  })

  it('counts who was left out as "< 5" as the page does, says what they lacked, and names nobody', () => {
    expect(notes.leftOut).toEqual([
      'Inte med i kalkylen: < 5 personer som började arbeta eller studera men inte hade offentlig försörjning före.',
      expect.stringMatching(
        /^Saknar uppgifter .*: < 5 personer .*\(saknas: belopp per månad före\)/,
      ),
    ])
    const csv = estimateCsv(notes, tables, 'semicolon')
    expect(csv).not.toMatch(/M-1|M-2/)
    // The range hidden, the tables under their titles, the tax rate in per cent, decimal commas.
    expect(csv).toContain('\r\nLågt: offentliga finanser, kr per år;x\r\n')
    for (const table of tables) expect(csv).toContain(`\r\n${table.title}\r\n`)
    expect(csv).toContain('\r\nSkattesats på ändrad beskattningsbar inkomst (%);33;antagande;')
    expect(csv).toContain('\r\nKostnad per timme boendestöd, kr;470,86;antagande;')
  })
})
