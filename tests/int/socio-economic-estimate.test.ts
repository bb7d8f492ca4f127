import type { Payload } from 'payload'

import ExcelJS from 'exceljs'
import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { shownEstimateReport } from '../../plugins/support-services/src/operations/reports'
import { cmsUrl, login, testPayload } from '../support/cms'
import { parseCsv } from '../support/csv'
import { firstUnit } from '../support/units'

/**
 * The socio-economic estimate from a small known dataset in a service of its own, worked out by hand,
 * and as the report page shows it (masked). Period 2025-01-01 – 2025-12-31; every person was received
 * 10 Jan and enrolled 1 Feb; the starts are dated 1 Mar.
 *
 *  E1 försörjningsstöd 10 000 → job 20 000; housing support 4 h/week at enrolment, 1 after.
 *  E2 sjukersättning 15 000 → job 25 000.
 *  E3 sjukersättning 12 000 → job with wage subsidy 22 000, subsidy 18 000.
 *  E4 aktivitetsstöd 8 000 → studies.
 *  E5 sjukersättning 10 000 → job 20 000; housing support 2 h/week, 0 after.
 *  E6 försörjningsstöd 9 000 → job 18 000.
 *  E7 sjukersättning, no amount → job 20 000: lacks the amount, listed and left out.
 *  E8 salary 22 000 → job 24 000: not from public support, left out.
 *  E9 försörjningsstöd 7 000 → job 20 000 that ended 1 Jun: no longer self-supporting at the end.
 *
 * By hand, with [003]'s defaults (33 %, × 1.4, 470.86 kr/h; no parameters saved for 2025):
 *  payments: IFO 10 000 + 9 000 = 19 000 (2 people), FK 15 000 + 12 000 + 10 000 = 37 000 (3),
 *            AF 8 000 (1); 64 000 a month, 768 000 a year.
 *  extra tax: E1 6 600; E2 8 250 − 4 950 = 3 300; E3 7 260 − 3 960 = 3 300; E5 6 600 − 3 300 = 3 300;
 *            E6 5 940; E4 studies 0: 22 440 a month, 269 280 a year.
 *  production: (20 000 + 25 000 + 22 000 + 20 000 + 18 000) × 1.4 = 147 000 a month, 1 764 000 a year.
 *  wage subsidies: 18 000 a month, 216 000 a year (1 person).
 *  housing: 6 → 1 h/week (2 people), 5 saved; 260 h a year × 470.86 = 122 423.60 → 122 424 kr.
 *  range: low 768 000 + 269 280 + 122 424 − 216 000 = 943 704; high + 1 764 000 = 2 707 704.
 */

const period = { from: '2025-01-01', to: '2025-12-31' }
const at = (day: string) => `${day}T09:00:00Z`
const unique = `est-${randomBytes(4).toString('hex')}`

type Person = {
  key: string
  income?: { incomeSource: string; monthlyIncome?: number; housingSupportHours?: number }
  start: Record<string, unknown>
  ended?: string
}
const job = (monthlySalary: number, extra: Record<string, unknown> = {}) => ({
  kind: 'competitiveJob',
  sector: 'G',
  hoursPerWeek: 30,
  monthlySalary,
  ...extra,
})
const people: Person[] = [
  {
    key: 'E1',
    income: { incomeSource: 'socialAssistance', monthlyIncome: 10000, housingSupportHours: 4 },
    start: job(20000, { housingSupportHours: 1 }),
  },
  {
    key: 'E2',
    income: { incomeSource: 'sicknessCompensation', monthlyIncome: 15000 },
    start: job(25000),
  },
  {
    key: 'E3',
    income: { incomeSource: 'sicknessCompensation', monthlyIncome: 12000 },
    start: job(22000, { kind: 'subsidisedJob', monthlyWageSubsidy: 18000 }),
  },
  {
    key: 'E4',
    income: { incomeSource: 'unemploymentSupport', monthlyIncome: 8000 },
    start: { kind: 'studies', schoolKind: 'adultEducation', hoursPerWeek: 20 },
  },
  {
    key: 'E5',
    income: { incomeSource: 'sicknessCompensation', monthlyIncome: 10000, housingSupportHours: 2 },
    start: job(20000, { housingSupportHours: 0 }),
  },
  {
    key: 'E6',
    income: { incomeSource: 'socialAssistance', monthlyIncome: 9000 },
    start: job(18000),
  },
  { key: 'E7', income: { incomeSource: 'sicknessCompensation' }, start: job(20000) },
  { key: 'E8', income: { incomeSource: 'salary', monthlyIncome: 22000 }, start: job(24000) },
  {
    key: 'E9',
    income: { incomeSource: 'socialAssistance', monthlyIncome: 7000 },
    start: job(20000),
    ended: '2025-06-01',
  },
]

let payload: Payload
let serviceId: number

const admin = () => login('admin@stodportalen.example', 'demo-admin-2026')
const query = (extra: Record<string, string> = {}) =>
  new URLSearchParams({ ...period, services: String(serviceId), ...extra })

/** The report page, its React text separators and Swedish no-break spaces taken out. */
const reportPage = async () => {
  const response = await fetch(`${cmsUrl()}/admin/reports?${query()}`, { headers: await admin() })
  expect(response.status).toBe(200)
  return (await response.text()).replace(/<!-- -->/g, '').replace(/\u00a0|&nbsp;/g, ' ')
}

/** A table's rows on the page, each as its cells' texts (the header row first). */
const pageRows = (html: string, id: string) => {
  const table =
    html.match(new RegExp(`<table class="report-table" id="table-${id}".*?</table>`, 's'))?.[0] ??
    ''
  return [...table.matchAll(/<tr[^>]*>(.*?)<\/tr>/gs)].map((m) =>
    [...m[1].matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map((c) => c[1]),
  )
}

/** A table's body rows in a CSV of the whole report: the lines under its title and header. */
const csvTableRows = (lines: string[][], title: string) => {
  const start = lines.findIndex((line) => line.length === 1 && line[0] === title)
  expect(start, `the CSV has the table "${title}"`).toBeGreaterThan(-1)
  const end = lines.findIndex((line, i) => i > start && line.length === 1 && line[0] === '')
  return lines.slice(start + 2, end === -1 ? undefined : end)
}

/** A page cell as the CSV writes it: "< 5" and "x" as they are, figures as plain numbers. */
const asCsv = (text: string) =>
  text === '&lt; 5' ? '< 5' : text.replace(/ /g, '').replace('−', '-').replace(',', '.')

/** A worksheet's rows as arrays of cell values (exceljs counts from 1 and leaves empty rows out). */
const sheetRows = (sheet: ExcelJS.Worksheet) =>
  Array.from(sheet.getSheetValues(), (row) => (Array.isArray(row) ? row.slice(1) : []))

const workbookOf = async (response: Response) => {
  expect(response.status).toBe(200)
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(await response.arrayBuffer())
  return workbook
}

async function createDataset() {
  const service = await payload.create({
    collection: 'services',
    data: {
      unit: await firstUnit(payload),
      name: 'Kalkyltest',
      summary: 'Testdata för den samhällsekonomiska kalkylen',
      slug: unique,
      method: 'ips',
      status: 'closed',
    } as never,
  })
  serviceId = service.id as number
  for (const person of people) {
    const referral = await payload.create({
      collection: 'referrals',
      data: {
        reference: `${unique}-${person.key}`,
        service: serviceId,
        receivedAt: at('2025-01-10'),
        applicant: { name: `Testperson ${person.key}`, gender: 'woman' },
      } as never,
      context: { eventAt: at('2025-01-10') },
    })
    for (const [status, day] of [
      ['screened', '2025-01-10'],
      ['waiting', '2025-01-10'],
      ['firstContact', '2025-01-20'],
      ['enrolled', '2025-02-01'],
    ])
      await payload.update({
        collection: 'referrals',
        id: referral.id,
        data: { status } as never,
        context: { eventAt: at(day) },
      })
    const record = (day: string, data: Record<string, unknown>) =>
      payload.create({
        collection: 'referral-events',
        data: { referral: referral.id, at: at(day), ...data } as never,
        context: { systemEvent: true },
      })
    if (person.income) await record('2025-02-01', { type: 'profile', profile: person.income })
    const start = await record('2025-03-01', {
      type: 'workStart',
      date: '2025-03-01',
      workStart: person.start,
    })
    if (person.ended)
      await record(person.ended, {
        type: 'workEnd',
        date: person.ended,
        workEnd: { start: start.id, reason: 'resigned' },
      })
  }
}

beforeAll(async () => {
  payload = await testPayload()
  await createDataset()
}, 240_000)

afterAll(async () => {
  await payload.delete({ collection: 'estimate-parameters', where: { year: { equals: 2025 } } })
})

describe('the estimate of a known dataset', () => {
  test('gives the figures worked out by hand, and names who lacked data', async () => {
    const { estimate, parameters } = await shownEstimateReport(payload, {
      ...period,
      serviceIds: [serviceId],
    })
    expect(parameters).toMatchObject({ year: 2025, assumed: true, taxRate: { value: 0.33 } })
    expect(estimate.people).toBe(6)
    expect(estimate.notFromSupport).toBe(1)
    expect(estimate.missing).toEqual([{ reference: `${unique}-E7`, lacks: ['incomeAmount'] }])
    expect(estimate.payments).toEqual({
      municipality: { monthly: 19000, yearly: 228000, people: 2 },
      insurance: { monthly: 37000, yearly: 444000, people: 3 },
      employmentService: { monthly: 8000, yearly: 96000, people: 1 },
    })
    expect(estimate.paymentsTotal).toEqual({ monthly: 64000, yearly: 768000 })
    expect(estimate.extraTax).toEqual({ monthly: 22440, yearly: 269280 })
    expect(estimate.production).toEqual({ monthly: 147000, yearly: 1764000, workers: 5 })
    expect(estimate.wageSubsidies).toEqual({ monthly: 18000, yearly: 216000, people: 1 })
    expect(estimate.housing).toMatchObject({
      people: 2,
      hoursPerWeek: { before: 6, after: 1, saved: 5 },
      costPerYear: { saved: 122424 },
    })
    expect(estimate.range).toEqual({ low: 943704, high: 2707704 })
  })

  test('uses the parameters saved for the year, with their source', async () => {
    await payload.create({
      collection: 'estimate-parameters',
      data: {
        year: 2025,
        taxRate: 0.3,
        taxRateSource: 'Kommunens skattesats 2025.',
        productionFactor: 1.4,
        productionFactorSource: '[003]',
        housingHourlyCost: 500,
        housingHourlyCostSource: 'Ekonomiavdelningen 2025.',
      },
    })
    const { estimate, parameters } = await shownEstimateReport(payload, {
      ...period,
      serviceIds: [serviceId],
    })
    expect(parameters).toMatchObject({
      assumed: false,
      taxRate: { value: 0.3, source: 'Kommunens skattesats 2025.' },
    })
    // 30 %: E1 6 000; E2 7 500 − 4 500; E3 6 600 − 3 600; E5 6 000 − 3 000; E6 5 400 = 20 400.
    expect(estimate.extraTax.monthly).toBe(20400)
    // 260 h × 500 kr.
    expect(estimate.housing.costPerYear.saved).toBe(130000)
    await payload.delete({ collection: 'estimate-parameters', where: { year: { equals: 2025 } } })
  })

  test('the report page shows it masked, with the assumptions and (on screen) who lacked data', async () => {
    // React separates adjacent texts with comments; Swedish thousands with a no-break space.
    const html = await reportPage()
    expect(html).toContain('Samhällsekonomisk kalkyl')
    const rowOf = (id: string, label: string) =>
      pageRows(html, id).find((cells) => cells[0].startsWith(label))
    // Each payer's few people are hidden with their amounts; the total of six is shown.
    expect(rowOf('estimate-payments', 'Försörjningsstöd')).toEqual([
      'Försörjningsstöd (kommunen, IFO)',
      '&lt; 5',
      'x',
      'x',
    ])
    expect(rowOf('estimate-payments', 'Totalt')).toEqual(['Totalt', '6', '64 000', '768 000'])
    expect(rowOf('estimate-effects', 'Ökat produktionsvärde')).toEqual([
      'Ökat produktionsvärde',
      '5',
      '1 764 000',
    ])
    // Housing support (2 people) and the wage subsidy (1) are hidden, so the range is too: else
    // they could be worked out from it.
    expect(rowOf('estimate-effects', 'Lågt')?.slice(1)).toEqual(['6', 'x'])
    expect(rowOf('estimate-effects', 'Högt')?.slice(1)).toEqual(['6', 'x'])
    expect(html).not.toContain('943 704')
    expect(html).toContain('(antagande)')
    expect(html).toContain('470,86')
    expect(html).toContain(`${unique}-E7: belopp per månad före`)
    expect(html).not.toContain(`${unique}-E1`)
  })
})

describe("the estimate in the report's exports", () => {
  test("the CSV holds the tables with the page's figures and hidden cells, the range and the assumptions", async () => {
    const html = await reportPage()
    const { tables } = await estimateShown()
    const response = await fetch(`${cmsUrl()}/api/referrals/report?${query({ format: 'csv' })}`, {
      headers: await admin(),
    })
    const text = await response.text()
    const lines = parseCsv(text)
    // Every row of every estimate table as the page shows it, "< 5" and "x" in the same cells.
    for (const table of tables) {
      const page = pageRows(html, table.id).slice(1)
      expect(page.length, table.id).toBe(table.rows.length)
      expect(csvTableRows(lines, table.title), table.id).toEqual(
        page.map((cells) => [cells[0], ...cells.slice(1).map(asCsv)]),
      )
    }
    const line = (first: string) => lines.find((l) => l[0].startsWith(first))
    expect(line('Försörjningsstöd (kommunen')).toEqual([
      'Försörjningsstöd (kommunen, IFO)',
      '< 5',
      'x',
      'x',
    ])
    expect(line('Ökat produktionsvärde')).toEqual(['Ökat produktionsvärde', '5', '1764000'])
    // The range: housing support (2 people) and the wage subsidy (1) are hidden, so it is too.
    expect(line('Lågt: offentliga finanser, kr')).toEqual([
      'Lågt: offentliga finanser, kr per år',
      'x',
    ])
    expect(line('Högt: med produktionsvärdet')).toEqual([
      'Högt: med produktionsvärdet, kr per år',
      'x',
    ])
    expect(text).not.toContain('943704')
    // No parameters saved for 2025: [003]'s, marked as assumptions, with their source.
    expect(line('Inga parametrar är sparade för 2025')).toBeDefined()
    expect(line('Skattesats')?.slice(0, 3)).toEqual([
      'Skattesats på ändrad beskattningsbar inkomst (%)',
      '33',
      'antagande',
    ])
    expect(line('Skattesats')?.[3]).toContain('[003]')
    expect(line('Kostnad per timme')?.slice(1, 3)).toEqual(['470.86', 'antagande'])
    // Who was left out: E8 (salary before) and E7 (no amount), as a masked count, no reference.
    expect(line('Inte med i kalkylen')?.[0]).toContain(': < 5 personer')
    expect(line('Saknar uppgifter')?.[0]).toMatch(
      /: < 5 personer .*\(saknas: belopp per månad före\)/,
    )
    expect(text).not.toContain(unique)
    expect(line('Antaganden')).toBeDefined()
    // For Swedish Excel: the same, semicolon-separated.
    const semicolon = await (
      await fetch(
        `${cmsUrl()}/api/referrals/report?${query({ format: 'csv', separator: 'semicolon' })}`,
        { headers: await admin() },
      )
    ).text()
    expect(semicolon).toContain('\r\nTotalt;6;64000;768000\r\n')
    expect(semicolon).toContain('\r\nProduktionsvärde = lön ×;1,4;antagande;')
  })

  test("the workbook has the estimate's sheets: figures as numbers, masked as the page, parameters beside", async () => {
    const workbook = await workbookOf(
      await fetch(`${cmsUrl()}/api/referrals/report?${query({ format: 'xlsx' })}`, {
        headers: await admin(),
      }),
    )
    const sheetOf = (title: string) =>
      workbook.worksheets.find((s) => s.getCell('A1').value === title)!
    const rowOf = (sheet: ExcelJS.Worksheet, label: string) =>
      sheetRows(sheet).find((row) => String(row[0]).startsWith(label))
    const payments = sheetOf('Minskade utbetalningar av offentlig försörjning')
    expect(rowOf(payments, 'Försörjningsstöd')?.slice(1)).toEqual(['< 5', 'x', 'x'])
    expect(rowOf(payments, 'Totalt')?.slice(1)).toEqual([6, 64000, 768000])
    const effects = sheetOf('Samhällsekonomisk effekt per år, som ett intervall')
    expect(rowOf(effects, 'Ökade skatteintäkter')?.slice(1)).toEqual([6, 269280])
    expect(rowOf(effects, 'Ökat produktionsvärde')?.slice(1)).toEqual([5, 1764000])
    expect(rowOf(effects, 'Lågt: offentliga')?.slice(1)).toEqual([6, 'x'])
    expect(rowOf(effects, 'Högt: med')?.slice(1)).toEqual([6, 'x'])
    const housing = sheetOf('Boendestöd före och efter')
    expect(rowOf(housing, 'Minskning')?.slice(1)).toEqual(['< 5', 'x', 'x', 'x'])

    const notes = sheetOf('Samhällsekonomisk kalkyl')
    expect(rowOf(notes, 'Lågt')?.slice(1)).toEqual(['x'])
    expect(rowOf(notes, 'Högt')?.slice(1)).toEqual(['x'])
    expect(rowOf(notes, 'Inga parametrar är sparade för 2025')).toBeDefined()
    expect(rowOf(notes, 'Skattesats')?.slice(1, 3)).toEqual([0.33, 'antagande'])
    expect(rowOf(notes, 'Produktionsvärde =')?.slice(1, 3)).toEqual([1.4, 'antagande'])
    expect(rowOf(notes, 'Kostnad per timme')?.slice(1, 3)).toEqual([470.86, 'antagande'])
    expect(String(rowOf(notes, 'Saknar uppgifter')?.[0])).toContain('belopp per månad före')
    // Each estimate table points to the sheet with its assumptions.
    expect(JSON.stringify(sheetRows(effects))).toContain(`bladet \\"${notes.name}\\"`)
    expect(JSON.stringify(workbook.worksheets.map(sheetRows))).not.toContain(unique)
  })

  test('the parameters saved for the year go into the export with their sources', async () => {
    await payload.create({
      collection: 'estimate-parameters',
      data: {
        year: 2025,
        taxRate: 0.3,
        taxRateSource: 'Kommunens skattesats 2025.',
        productionFactor: 1.4,
        productionFactorSource: '[003]',
        housingHourlyCost: 500,
        housingHourlyCostSource: 'Ekonomiavdelningen 2025.',
      },
    })
    try {
      const workbook = await workbookOf(
        await fetch(`${cmsUrl()}/api/referrals/report?${query({ format: 'xlsx' })}`, {
          headers: await admin(),
        }),
      )
      const notes = workbook.worksheets.find((s) => s.name.endsWith('Samhällsekonomisk kalkyl'))!
      const rows = sheetRows(notes)
      const rowOf = (label: string) => rows.find((row) => String(row[0]).startsWith(label))
      expect(rowOf('Skattesats')?.slice(1)).toEqual([0.3, '', 'Kommunens skattesats 2025.'])
      expect(rowOf('Kostnad per timme')?.slice(1)).toEqual([500, '', 'Ekonomiavdelningen 2025.'])
      expect(rowOf('Inga parametrar')).toBeUndefined()
      // 30 %: 20 400 kr a month in extra tax (see above), as the operation gives it.
      const { estimate } = await estimateShown()
      expect(estimate.extraTax.yearly).toBe(244800)
      const effects = workbook.worksheets.find(
        (s) => s.getCell('A1').value === 'Samhällsekonomisk effekt per år, som ett intervall',
      )!
      expect(sheetRows(effects).find((row) => row[0] === 'Ökade skatteintäkter')).toEqual([
        'Ökade skatteintäkter',
        6,
        244800,
      ])
    } finally {
      await payload.delete({ collection: 'estimate-parameters', where: { year: { equals: 2025 } } })
    }
  })
})

/** The estimate of the test's service, masked as the page and the exports show it. */
const estimateShown = () => shownEstimateReport(payload, { ...period, serviceIds: [serviceId] })

/**
 * The seeded demo, as Uppsala's board sees it: the estimate of the last twelve months over that unit's
 * services has people with every amount (income before, salary after, wage subsidies, housing support)
 * and a few who lack one, listed as such. The counts depend on the day the system was seeded (the
 * seed dates everything back from today), so the test asks for their shape and prints them.
 */
describe('the estimate of the seeded demo', () => {
  test('the last twelve months: several complete people, a few listed as lacking data', async () => {
    const to = new Date().toISOString().slice(0, 10)
    const start = new Date(`${to}T00:00:00Z`)
    start.setUTCFullYear(start.getUTCFullYear() - 1)
    start.setUTCDate(start.getUTCDate() + 1)
    const from = start.toISOString().slice(0, 10)
    const { docs } = await payload.find({
      collection: 'services',
      where: { slug: { in: ['ips', 'sed', 'se'] } },
      depth: 0,
    })
    const serviceIds = docs.map((s) => s.id as number)
    const { estimate, tables } = await shownEstimateReport(payload, { from, to, serviceIds })
    const lacks = estimate.missing.map((m) => m.lacks.join('+'))
    console.log(
      `Seeded estimate ${from} – ${to}: ${estimate.people} complete, ${estimate.notFromSupport} not from public support, ${estimate.missing.length} lacking data (${lacks.join(', ')}); wage subsidies ${estimate.wageSubsidies.people}, housing support ${estimate.housing.people}; range ${estimate.range.low}–${estimate.range.high} kr`,
    )
    expect(estimate.people, 'complete people').toBeGreaterThanOrEqual(10)
    expect(estimate.missing.length, 'people lacking data').toBeGreaterThanOrEqual(1)
    expect(estimate.missing.length, 'people lacking data').toBeLessThan(estimate.people / 2)
    expect(estimate.wageSubsidies.people, 'with wage subsidies').toBeGreaterThan(0)
    expect(estimate.housing.people, 'with housing support').toBeGreaterThan(0)
    expect(estimate.housing.hoursPerWeek.saved).toBeGreaterThan(0)
    // The page shows the payments saved in total and the housing support saved: enough people behind them.
    const shown = (id: string, key: string) => {
      const table = tables.find((t) => t.id === id)!
      return table.cells[table.rows.findIndex((r) => r.key === key)].map((c) => c.hidden ?? false)
    }
    expect(shown('estimate-payments', 'total')).toEqual([false, false, false])
    expect(shown('estimate-housing', 'saved')).toEqual([false, false, false, false])
  })
})
