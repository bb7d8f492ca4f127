import type { Payload } from 'payload'

import { demoUsers } from '@stodportalen/seed'
import { outreachTableIds, reportTableIds } from '@stodportalen/support-services/domain'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { cmsUrl, login, testPayload } from '../support/cms'
import { parseCsv } from '../support/csv'

/**
 * Outreach staff (editors) read the follow-up report's outreach section: masked exactly as the
 * report's CSV masks it, for the services of their own units, and nothing else of the report.
 */
const period = 'from=2025-01-01&to=2026-12-31'
const report = (query: string, headers: Record<string, string> = {}) =>
  fetch(`${cmsUrl()}/api/referrals/report?${query}`, { headers })
const reportPage = (query: string, headers: Record<string, string> = {}) =>
  fetch(`${cmsUrl()}/admin/reports?${query}`, { headers, redirect: 'manual' })
const demo = (role: string) => demoUsers.find((u) => u.role === role)!
const as = (role: string) => login(demo(role).email, demo(role).password)

let payload: Payload
/** Service ids by unit name. */
let servicesOf: (unit: string) => number[]
let uppsala: number[]
let enkopingHabo: number[]
/** An editor of the Enköping–Håbo unit, made for these tests. */
const otherEditor = {
  email: 'redaktor.outreach-report@example.org',
  password: 'outreach-report-Lösen-123',
}
let otherEditorId: number | undefined

beforeAll(async () => {
  payload = await testPayload()
  const [units, services] = await Promise.all([
    payload.find({ collection: 'units', depth: 0, pagination: false }),
    payload.find({ collection: 'services', depth: 0, pagination: false }),
  ])
  servicesOf = (name) => {
    const unit = units.docs.find((u) => u.name === name)!.id
    return services.docs
      .filter((s) => s.unit === unit)
      .map((s) => s.id as number)
      .sort((a, b) => a - b)
  }
  const [editorUnit] = demo('editor').units as readonly string[]
  uppsala = servicesOf(editorUnit)
  const otherService = services.docs.find((s) => s.slug === 'ips-enkoping-habo')!
  const other = units.docs.find((u) => u.id === otherService.unit)!
  enkopingHabo = servicesOf(other.name as string)
  expect(uppsala.length, 'services of the editor’s unit').toBeGreaterThan(1)
  expect(enkopingHabo.length, 'services of the other unit').toBeGreaterThan(0)
  const user = await payload.create({
    collection: 'users',
    data: {
      ...otherEditor,
      name: 'Redaktör Enköping–Håbo',
      role: 'editor',
      units: [other.id],
      services: [],
    } as never,
  })
  otherEditorId = user.id as number
})

afterAll(async () => {
  if (otherEditorId) await payload.delete({ collection: 'users', id: otherEditorId })
})

/**
 * The titles of the tables in a whole-report CSV: after the period and the legend, every line of one
 * cell is the title above a table.
 */
const titlesOf = (csv: string) =>
  parseCsv(csv)
    .slice(2)
    .filter((row) => row.length === 1 && row[0])
    .map((row) => row[0])

describe('outreach staff read the outreach section of the report', () => {
  test('an editor gets the outreach tables of their unit as CSV, masked exactly as the report’s', async () => {
    const editor = await as('editor')
    const admin = await as('admin')
    const services = `services=${uppsala.join(',')}`
    for (const table of outreachTableIds) {
      const own = await report(`${period}&format=csv&table=${table}`, editor)
      expect(own.status, `${table}: ${await own.clone().text()}`).toBe(200)
      const same = await report(`${period}&${services}&format=csv&table=${table}`, admin)
      // No services chosen: every service of the editor's unit, as the administrator asks for them.
      expect(await own.text(), table).toBe(await same.text())
    }
    const rows = parseCsv(
      await (await report(`${period}&format=csv&table=attribution-arena`, editor)).text(),
    )
    const [header, ...body] = rows
    const counts = ['Nådda personer', 'Anmälningar', 'Inskrivna'].map((c) => header.indexOf(c))
    expect(counts, header.join(',')).not.toContain(-1)
    expect(body.length, 'arena rows').toBeGreaterThan(1)
    for (const row of body)
      for (const c of counts)
        expect(
          row[c] === '< 5' || row[c] === 'x' || Number(row[c]) >= 5 || row[c] === '0',
          `${row[0]}: "${row[c]}" in ${header[c]}`,
        ).toBe(true)
  })

  test('the whole CSV and the workbook hold the outreach tables and nothing else', async () => {
    const editor = await as('editor')
    const csv = await report(`${period}&format=csv`, editor)
    expect(csv.status).toBe(200)
    expect(csv.headers.get('content-disposition')).toMatch(/uppsokande-/)
    const shown = titlesOf(await csv.text())
    expect(shown).toEqual([
      'Från uppsökande till arbete eller studier',
      'Uppsökande per arena',
      'Uppsökande per aktivitet',
      'Uppsökande per kampanjlänk',
    ])

    const xlsx = await report(`${period}&format=xlsx`, editor)
    expect(xlsx.status).toBe(200)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(await xlsx.arrayBuffer())
    expect(workbook.worksheets.length, 'about sheet and four tables').toBe(5)
    const sheetTitles = workbook.worksheets.slice(1).map((sheet) => sheet.getCell('A1').text)
    expect(sheetTitles).toEqual(shown)
  })

  test('never the exact figures, never another table', async () => {
    const editor = await as('editor')
    const json = await report(period, editor)
    expect(json.status).toBe(403)
    expect(await json.text()).not.toMatch(/"inflow"/)
    for (const table of reportTableIds.filter((id) => !outreachTableIds.includes(id))) {
      const response = await report(`${period}&format=csv&table=${table}`, editor)
      expect(response.status, table).toBe(403)
    }
  })

  test('only the services of their own units', async () => {
    const editor = await as('editor')
    expect((await report(`${period}&format=csv&services=${enkopingHabo[0]}`, editor)).status).toBe(
      403,
    )
    const other = await login(otherEditor.email, otherEditor.password)
    expect((await report(`${period}&format=csv&services=${uppsala[0]}`, other)).status).toBe(403)
    const own = await report(`${period}&format=csv&table=attribution-arena`, other)
    expect(own.status).toBe(200)
    const admin = await as('admin')
    const same = await report(
      `${period}&services=${enkopingHabo.join(',')}&format=csv&table=attribution-arena`,
      admin,
    )
    expect(await own.text()).toBe(await same.text())
  })

  test('a visitor gets nothing', async () => {
    for (const query of [period, `${period}&format=csv`, `${period}&format=xlsx`]) {
      expect((await report(query)).status, query).toBe(403)
      expect((await report(`${query}&table=attribution-arena`)).status, query).toBe(403)
    }
    const page = await (await reportPage(period)).text()
    expect(page).toContain('/admin/login?redirect=%2Fadmin%2Freports')
    expect(page).not.toContain('<table')
  })
})

describe('the report page for outreach staff', () => {
  test('shows the outreach section of their unit only: no key figures, no other table, no estimate', async () => {
    const response = await reportPage(period, await as('editor'))
    expect(response.status).toBe(200)
    const html = await response.text()
    const tableIds = [...html.matchAll(/<table class="report-table" id="table-([^"]+)"/g)].map(
      (m) => m[1],
    )
    expect(tableIds).toEqual([...outreachTableIds])
    expect(html).toContain('Du ser uppsökandets del av uppföljningen')
    expect(html).not.toContain('aria-label="Nyckeltal"')
    expect(html).not.toContain('report-section-estimate')
    for (const id of uppsala) expect(html).toContain(`name="services" value="${id}"`)
    for (const id of enkopingHabo) expect(html).not.toContain(`name="services" value="${id}"`)
    expect(html, 'a link in the navigation').toContain('Uppsökandets resultat')

    const other = await login(otherEditor.email, otherEditor.password)
    const refused = await (await reportPage(`${period}&services=${uppsala[0]}`, other)).text()
    expect(refused).toContain('Du kan bara ta fram uppföljning för de tjänster du arbetar med.')
    expect(refused).not.toContain('<table')
  })
})
