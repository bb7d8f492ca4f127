import type { FollowUpReport } from '@stodportalen/support-services/domain'
import type { Payload } from 'payload'

import { demoUsers } from '@stodportalen/seed'
import {
  maskedReportTables,
  reportNames,
  reportWithUnits,
  shownEstimateReport,
} from '@stodportalen/support-services'
import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, test } from 'vitest'

import { cmsUrl, login, testPayload } from '../support/cms'
import { parseCsv } from '../support/csv'

const period = 'from=2025-01-01&to=2026-12-31'
const demo = (role: string, service?: string) =>
  demoUsers.find(
    (u) => u.role === role && (!service || (u.services as readonly string[]).includes(service)),
  )!
const as = async (role: string, service?: string) =>
  login(demo(role, service).email, demo(role, service).password)
const report = (query: string, headers: Record<string, string> = {}) =>
  fetch(`${cmsUrl()}/api/referrals/report?${query}`, { headers })
const reportPage = (query: string, headers: Record<string, string> = {}) =>
  fetch(`${cmsUrl()}/admin/reports?${query}`, { headers, redirect: 'manual' })

let payload: Payload
let serviceId: (slug: string) => number
/** Every applicant's and referrer's name, phone and e-mail address in the seeded data. */
let personalDetails: string[]
/** Every referral's reference number. */
let references: string[]

beforeAll(async () => {
  payload = await testPayload()
  const { docs } = await payload.find({ collection: 'services', depth: 0, pagination: false })
  serviceId = (slug) => docs.find((s) => s.slug === slug)!.id as number
  const referrals = await payload.find({
    collection: 'referrals',
    limit: 1000,
    depth: 0,
    pagination: false,
  })
  personalDetails = referrals.docs
    .flatMap((r) => [
      r.applicant.name,
      r.applicant.phone,
      r.applicant.email,
      r.referrer?.name,
      r.referrer?.phone,
      r.referrer?.email,
    ])
    .filter((detail): detail is string => Boolean(detail && detail.length > 3))
  expect(personalDetails.length).toBeGreaterThan(100)
  references = referrals.docs.map((r) => r.reference as string)
})

/** Whether a (long) page holds a text; says which text on failure instead of printing the page. */
const has = (page: string, text: string | RegExp) =>
  expect(typeof text === 'string' ? page.includes(text) : text.test(page), `the page holds ${text}`)

const expectNoPersonalDetails = (text: string) => {
  const found = personalDetails.filter((detail) => text.includes(detail))
  expect(found, 'names or contact details in a report').toEqual([])
}

describe('who gets a report', () => {
  test('nobody without the report permission gets a report; outreach staff no exact figures', async () => {
    expect((await report(period)).status).toBe(403)
    expect((await report(`${period}&format=csv`)).status).toBe(403)
    // Editors read the outreach tables only, masked (outreach-report.test.ts).
    expect((await report(period, await as('editor'))).status).toBe(403)
  })

  test('intake staff report on their own services only', async () => {
    const seIntake = await as('intake', 'se')
    expect((await report(`${period}&services=${serviceId('ips')}`, seIntake)).status).toBe(403)
    expect(
      (
        await report(
          `${period}&services=${serviceId('se')},${serviceId('ips')}&format=csv`,
          seIntake,
        )
      ).status,
    ).toBe(403)
    const own = await report(period, seIntake)
    expect(own.status).toBe(200)
    expect(((await own.json()) as { serviceIds: number[] }).serviceIds).toEqual([serviceId('se')])
    const ipsIntake = await as('intake', 'ips')
    const both = (await (await report(period, ipsIntake)).json()) as { serviceIds: number[] }
    expect(both.serviceIds.sort()).toEqual([serviceId('ips'), serviceId('sed')].sort())
  })

  test('a wrong period, service list or table is a 400 that says why', async () => {
    const admin = await as('admin')
    for (const query of [
      'from=2026-02-30&to=2026-03-01',
      'from=2026-02-01&to=2026-01-01',
      `${period}&services=ips`,
      `${period}&format=csv&table=names`,
    ]) {
      const response = await report(query, admin)
      expect(response.status, query).toBe(400)
      expect(
        ((await response.json()) as { errors: { message: string }[] }).errors[0].message.length,
      ).toBeGreaterThan(0)
    }
  })
})

describe('what a report holds', () => {
  test('figures, never a name or a contact detail: JSON, CSV and the page', async () => {
    const admin = await as('admin')
    const json = await (await report(period, admin)).text()
    expect((JSON.parse(json) as { inflow: { total: number } }).inflow.total).toBeGreaterThan(0)
    expectNoPersonalDetails(json)
    expectNoPersonalDetails(await (await report(`${period}&format=csv`, admin)).text())
    expectNoPersonalDetails(await (await reportPage(period, admin)).text())
  })

  test('the CSV export masks every count below 5, table by table', async () => {
    const admin = await as('admin')
    for (const table of [
      'inflow-month',
      'inflow-source',
      'inflow-heard',
      'closings',
      'participants',
      'wait-distribution',
      'queue-over-time',
    ]) {
      const response = await report(`${period}&format=csv&table=${table}`, admin)
      expect(response.headers.get('content-type')).toMatch(/text\/csv/)
      const rows = parseCsv(await response.text()).slice(1)
      expect(rows.length, table).toBeGreaterThan(1)
      // These tables hold counts only: each cell is "< 5", hidden ("x") or at least 5.
      for (const cell of rows.flatMap((row) => row.slice(1))) {
        expect(
          cell === '< 5' || cell === 'x' || Number(cell) >= 5,
          `${table}: cell "${cell}"`,
        ).toBe(true)
      }
    }
  })

  test('no row or column with a total shows all but one of its cells', async () => {
    const admin = await as('admin')
    const hidden = (cell: string) => cell === '< 5' || cell === 'x'
    // Closings: outcomes × genders with a total column and a total row.
    const rows = parseCsv(await (await report(`${period}&format=csv&table=closings`, admin)).text())
      .slice(1)
      .map((row) => row.slice(1))
    for (const row of rows) expect(row.filter(hidden).length, `row ${row.join(' ')}`).not.toBe(1)
    for (let c = 0; c < rows[0].length; c++)
      expect(rows.map((row) => row[c]).filter(hidden).length, `column ${c}`).not.toBe(1)
  })

  test('the whole report as one CSV: each table under its title', async () => {
    const text = await (await report(`${period}&format=csv`, await as('admin'))).text()
    for (const title of [
      'Uppsökande per kampanjlänk',
      'Nya anmälningar per månad',
      'Inflöde och utflöde per månad',
      'Avslut efter utfall och kön',
      'Tid från anmälan till första kontakt',
    ]) {
      expect(text).toContain(`\r\n${title}\r\n`)
    }
  })
})

describe('the report as Excel and as CSV for Swedish Excel', () => {
  test('only intake staff of the services and administrators get the whole workbook', async () => {
    const xlsx = `${period}&format=xlsx`
    expect((await report(xlsx)).status).toBe(403)
    expect(
      (await report(`${xlsx}&services=${serviceId('ips')}`, await as('intake', 'se'))).status,
    ).toBe(403)
    expect(
      (await report(`${xlsx}&services=${serviceId('ips')}`, await as('intake', 'ips'))).status,
    ).toBe(200)
    expect((await report(`${period}&format=pdf`, await as('admin'))).status).toBe(400)
  })

  test("the workbook holds every table and the estimate's, a sheet each, masked exactly as on the page", async () => {
    const admin = await as('admin')
    const response = await report(`${period}&format=xlsx`, admin)
    expect(response.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    )
    expect(response.headers.get('content-disposition')).toMatch(/uppfoljning-.*\.xlsx"$/)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(await response.arrayBuffer())

    // The same period and services as JSON, masked the page's way (over both seeded units, so also
    // against each unit's own report).
    const json = (await (await report(period, admin)).json()) as FollowUpReport
    const { units } = await reportWithUnits(payload, {
      from: json.period.from,
      to: json.period.to,
      serviceIds: json.serviceIds,
    })
    const tables = maskedReportTables(json, await reportNames(payload, json), units)
    // The estimate as the page has it: its sheet of parameters, then its tables after the report's.
    const estimate = await shownEstimateReport(payload, {
      ...json.period,
      serviceIds: json.serviceIds,
    })
    const [about, ...sheets] = workbook.worksheets
    expect(about.name).toBe('Om rapporten')
    expect(String(about.getCell('A2').value)).toContain('< 5 = färre än 5.')
    expect(sheets).toHaveLength(tables.length + 1 + estimate.tables.length)
    expect(sheets[tables.length].name).toBe(`${tables.length + 1} Samhällsekonomisk kalkyl`)
    const tableSheets = sheets.filter((_, index) => index !== tables.length)
    ;[...tables, ...estimate.tables].forEach((table, t) => {
      const sheet = tableSheets[t]
      expect(sheet.getCell('A1').value, sheet.name).toBe(table.title)
      const headerRow = table.note ? 4 : 3
      expect(sheet.getRow(headerRow).values, sheet.name).toEqual([
        undefined,
        table.rowHeader,
        ...table.columns.map((c) => c.label),
      ])
      table.rows.forEach((row, r) => {
        const line = sheet.getRow(headerRow + 1 + r)
        expect(line.getCell(1).value, `${sheet.name}: row ${r}`).toBe(row.label)
        table.cells[r].forEach((cell, c) => {
          const value = line.getCell(c + 2).value
          const where = `${table.id}: ${row.label} / ${table.columns[c].label}`
          if (cell.hidden === 'small') expect(value, where).toBe('< 5')
          else if (cell.hidden) expect(value, where).toBe('x')
          else if (cell.value === null) expect(value, where).toBeNull()
          else expect(value, where).toBeCloseTo(cell.value, 10)
          // Shares in per cent, hidden figures aligned as figures, totals in bold.
          const { numFmt, alignment, font } = line.getCell(c + 2)
          if (typeof value === 'number' && table.columns[c].kind === 'share')
            expect(numFmt, where).toBe('0%')
          if (typeof value === 'string') expect(alignment?.horizontal, where).toBe('right')
          expect(Boolean(font?.bold), where).toBe(Boolean(row.total))
        })
      })
      // The masking legend under every table.
      const legend = sheet.getRow(headerRow + table.rows.length + 2).getCell(1).value
      expect(String(legend), sheet.name).toContain('x = dolt')
    })
    // The SUS tables are among them, and the seeded data has hidden cells to show.
    expect(tables.map((t) => t.id)).toContain('sus-overview')
    expect(tables.some((t) => t.cells.flat().some((c) => c.hidden))).toBe(true)
    // A few seeded people lack an amount: left out, as the export says below.
    expect(estimate.estimate.missing.length).toBeGreaterThan(0)
  })

  test('the estimate in the workbook and the CSV: its figures, range and parameters, no reference number', async () => {
    const admin = await as('admin')
    const json = (await (await report(period, admin)).json()) as FollowUpReport
    const { tables, parameters, estimate } = await shownEstimateReport(payload, {
      ...json.period,
      serviceIds: json.serviceIds,
    })
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(await (await report(`${period}&format=xlsx`, admin)).arrayBuffer())
    const sheet = workbook.worksheets.find((s) => s.name.endsWith(' Samhällsekonomisk kalkyl'))!
    const lines = sheet
      .getSheetValues()
      .map((row) => (Array.isArray(row) ? row.slice(1) : []))
      .filter((row) => row.length)
    const line = (first: string) => lines.find((row) => String(row[0]).startsWith(first))
    // The range as the effects table shows it (a number, or hidden as there).
    const effects = tables.find((t) => t.id === 'estimate-effects')!
    const shownYearly = (key: string) => {
      const cell = effects.cells[effects.rows.findIndex((r) => r.key === key)][1]
      return cell.hidden === 'small' ? '< 5' : cell.hidden ? 'x' : cell.value
    }
    expect(line('Lågt:')?.[1]).toEqual(shownYearly('low'))
    expect(line('Högt:')?.[1]).toEqual(shownYearly('high'))
    // Each parameter with its value as a number and its source.
    for (const [label, key] of [
      ['Skattesats', 'taxRate'],
      ['Produktionsvärde =', 'productionFactor'],
      ['Kostnad per timme', 'housingHourlyCost'],
    ] as const) {
      expect(line(label)?.[1], label).toBe(parameters[key].value)
      expect(line(label)?.[3], label).toBe(parameters[key].source)
    }
    expect(line('Antaganden')).toBeDefined()
    // Who lacked data: how many (masked as the page masks a count) and what, never who.
    const lacking = estimate.missing.length
    expect(String(line('Saknar uppgifter')?.[0])).toContain(
      `: ${lacking < 5 ? '< 5' : lacking} personer`,
    )

    const csv = await (await report(`${period}&format=csv`, admin)).text()
    // Each title on a line of its own (quoted when it holds a comma).
    const csvLines = parseCsv(csv).map((fields) => fields.join('|'))
    for (const title of [...tables.map((t) => t.title), `Parametrar för ${parameters.year}`])
      expect(csvLines, title).toContain(title)
    const workbookText = JSON.stringify(workbook.worksheets.map((s) => s.getSheetValues()))
    for (const text of [csv, workbookText]) {
      expectNoPersonalDetails(text)
      const found = references.filter((reference) => text.includes(reference))
      expect(found, 'reference numbers in an export').toEqual([])
    }
  })

  test('CSV: a byte order mark; the semicolon variant with decimal commas, same figures', async () => {
    const admin = await as('admin')
    const comma = await report(`${period}&format=csv&table=work-or-studies`, admin)
    const semicolon = await report(
      `${period}&format=csv&table=work-or-studies&separator=semicolon`,
      admin,
    )
    const bytes = new Uint8Array(await semicolon.clone().arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(semicolon.headers.get('content-disposition')).toMatch(/-semikolon\.csv"$/)
    const [, commaRow] = (await comma.text()).trim().split('\r\n')
    const [header, row] = (await semicolon.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
    expect(header).toBe(
      'Tjänster;Avslut med utfall;Till arbete eller studier;Andel till arbete eller studier (%)',
    )
    expect(row.split(';')).toEqual(commaRow.split(',').map((cell) => cell.replace('.', ',')))
    expect((await report(`${period}&format=csv&separator=tab`, admin)).status).toBe(400)
  })
})

describe('the report page', () => {
  test('shows the figures as tables and charts to staff with the report permission', async () => {
    const response = await reportPage(period, await as('admin'))
    expect(response.status).toBe(200)
    const html = await response.text()
    has(html, '<h1>Uppföljning</h1>').toBe(true)
    // Eight charts, each pointing to its data table: the outreach funnel, the starts and the targets among
    // them.
    const charts = [...html.matchAll(/<svg[^>]*role="img"[^>]*aria-describedby="([^"]+)"/g)].map(
      (m) => m[1],
    )
    expect(charts.sort()).toEqual([
      'table-attribution-funnel',
      'table-balance',
      'table-closings',
      'table-queue-over-time',
      'table-starts-kind',
      'table-targets-supported',
      'table-targets-work-or-studies',
      'table-wait-distribution',
    ])
    has(html, 'Arbete och studier under stödet').toBe(true)
    has(html, 'Starter i arbete som varade 3 och 6 månader').toBe(true)
    for (const id of charts) has(html, `<table class="report-table" id="${id}"`).toBe(true)
    // A GET form that works without JavaScript, and a CSV link for every table.
    const form = html.match(/<form[^>]*>/)?.[0] ?? ''
    expect(form).toContain('method="get"')
    expect(form).toContain('action="/admin/reports"')
    expect(html.match(/format=csv&amp;table=/g)?.length).toBeGreaterThanOrEqual(13)
    // The whole report as Excel, and as CSV for Swedish Excel; the SUS tables and the profile.
    has(html, 'format=xlsx').toBe(true)
    has(html, 'separator=semicolon').toBe(true)
    has(html, 'Tabeller för SUS och styrelsen').toBe(true)
    has(html, 'Deltagare efter ålder vid inskrivningen').toBe(true)
  })

  test('offers intake staff their own services only, and refuses others', async () => {
    const seIntake = await as('intake', 'se')
    const html = await (await reportPage(period, seIntake)).text()
    has(html, `name="services" value="${serviceId('se')}"`).toBe(true)
    has(html, `name="services" value="${serviceId('ips')}"`).toBe(false)
    const refused = await (
      await reportPage(`${period}&services=${serviceId('ips')}`, seIntake)
    ).text()
    has(refused, 'Du kan bara ta fram uppföljning för de tjänster du arbetar med.').toBe(true)
    has(refused, '<table').toBe(false)
  })

  test('editors get the outreach tables only, and a visitor is sent to the login', async () => {
    const html = await (await reportPage(period, await as('editor'))).text()
    has(html, '<table class="report-table" id="table-attribution-arena"').toBe(true)
    has(html, '<table class="report-table" id="table-inflow-month"').toBe(false)
    // Payload renders custom views without a login (and, for a visitor, only in the browser): the view
    // itself sends the visitor to the login and back.
    const anonymous = await (await reportPage(period)).text()
    has(anonymous, '/admin/login?redirect=%2Fadmin%2Freports').toBe(true)
    has(anonymous, '<table').toBe(false)
  })

  test('a period that ends before it starts is explained, not an error page', async () => {
    const html = await (await reportPage('from=2026-02-01&to=2026-01-01', await as('admin'))).text()
    has(html, 'Perioden börjar efter att den slutar.').toBe(true)
  })
})
