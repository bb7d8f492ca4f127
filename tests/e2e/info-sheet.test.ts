import type { Browser, Page } from 'playwright-core'

import { demoUsers, outreachActivities } from '@stodportalen/seed'
import { locales, textDirection } from '@stodportalen/support-services/domain'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'

import { accessibilityViolations, launchBrowser } from '../support/browser'
import { loginAt } from '../support/login'
import { pdfPageCount, pdfPageSize, pdfQrCode } from '../support/pdf'

const cmsUrl = () => inject('system').cmsUrl
const siteUrl = () => inject('system').siteUrl!
/** A seeded activity's code: the sheet refuses one that does not exist. */
const code = outreachActivities[0].code
const editor = demoUsers.find((u) => u.role === 'editor')!
const asEditor = () => loginAt(cmsUrl(), editor.email, editor.password)

let browser: Browser
let page: Page
/** The service's page in the admin, and the sheet links its "Skriv ut informationsblad" built. */
let serviceAdminUrl: string
let links: { page: string; pdf: string }

/** On the service's page in the admin: picks language, sheet or poster, audience and a code. */
const linksFromAdmin = async (locale: string, variant: string) => {
  await page.goto(serviceAdminUrl)
  await page.getByText('Skriv ut informationsblad').waitFor({ timeout: 30_000 })
  const form = page.locator('fieldset', { hasText: 'Skriv ut informationsblad' })
  await form.getByLabel('Språk').selectOption(locale)
  await form.getByLabel('Sort').selectOption(variant)
  await form.getByLabel('Till vem').selectOption('clinics')
  await form.getByLabel('Kampanjkod (valfri)').fill(code.toLowerCase())
  const href = async (name: string) =>
    new URL((await form.getByRole('link', { name }).getAttribute('href'))!, cmsUrl()).href
  return { page: await href('Öppna utskriftssidan'), pdf: await href('Ladda ner PDF') }
}

beforeAll(async () => {
  browser = await launchBrowser()
  // The API's content policy sandboxes its responses (no scripts): axe and the checks below need to run.
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    bypassCSP: true,
  })
  page = await context.newPage()
  await page.goto(`${cmsUrl()}/admin/login`)
  await page.fill('input[name="email"]', editor.email)
  await page.fill('input[name="password"]', editor.password)
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 30_000 })
  const { docs } = await (
    await page.request.get(`${cmsUrl()}/api/services?where[slug][equals]=ips&depth=0`)
  ).json()
  serviceAdminUrl = `${cmsUrl()}/admin/collections/services/${docs[0].id}`
  links = await linksFromAdmin('sv', 'sheet')
})

afterAll(async () => {
  await browser?.close()
})

describe.each(locales)('the printable sheet in %s', (locale) => {
  test('prints to exactly one A4 page with nothing cut off, and is axe clean', async () => {
    const url = new URL(links.page)
    url.searchParams.set('locale', locale)
    const response = await page.goto(url.href)
    expect(response?.status(), `${url} answered ${response?.status()}`).toBe(200)
    expect(await page.evaluate(() => document.documentElement.dir)).toBe(textDirection(locale))
    // The page box is A4 and hides what overflows it: the content must fit inside, not be cut.
    const fits = await page
      .locator('main')
      .evaluate((main) => main.scrollHeight <= main.clientHeight)
    expect(fits, 'the sheet content fits its A4 page').toBe(true)
    expect(await accessibilityViolations(page)).toEqual([])
    const printed = await page.pdf({ preferCSSPageSize: true, printBackground: true })
    expect(await pdfPageCount(printed)).toBe(1)
  })
})

test('the A3 poster prints to exactly one A3 page with nothing cut off', async () => {
  const chosen = await linksFromAdmin('ar', 'posterA3')
  expect(new URL(chosen.page).searchParams.get('size')).toBe('A3')
  const response = await page.goto(chosen.page)
  expect(response?.status(), `${chosen.page} answered ${response?.status()}`).toBe(200)
  const fits = await page.locator('main').evaluate((main) => main.scrollHeight <= main.clientHeight)
  expect(fits, 'the poster content fits its A3 page').toBe(true)
  const printed = await page.pdf({ preferCSSPageSize: true, printBackground: true })
  expect(await pdfPageCount(printed)).toBe(1)
  expect(await pdfPageSize(printed)).toEqual({ width: 842, height: 1191 })
})

// Rendering the server's PDF with pdf.js to read the code takes seconds on a busy machine.
test(
  'the admin links the server PDF, whose QR code is the campaign link',
  { timeout: 120_000 },
  async () => {
    for (const [locale, variant] of [
      ['sv', 'sheet'],
      ['ar', 'poster'],
    ]) {
      const chosen = await linksFromAdmin(locale, variant)
      const response = await page.request.get(chosen.pdf, { headers: await asEditor() })
      expect(response.status(), chosen.pdf).toBe(200)
      expect(response.headers()['content-type']).toBe('application/pdf')
      const pdf = new Uint8Array(await response.body())
      expect(await pdfPageCount(pdf)).toBe(1)
      expect((await pdfQrCode(pdf)).text).toBe(new URL(`/k/${code}`, siteUrl()).href)
    }
  },
)
