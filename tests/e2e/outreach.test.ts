import type { Browser, Page } from 'playwright-core'

import { demoUsers, outreachActivities } from '@stodportalen/seed'
import { afterAll, beforeAll, expect, inject, test } from 'vitest'

import { resendWaitSeconds } from '../../site/src/lib/fillGuard'
import { accessibilityViolations, answerStep, launchBrowser, phonePage } from '../support/browser'
import { login } from '../support/cms'
import { ipsFormAnswers } from '../support/referralForm'

const siteUrl = () => inject('system').siteUrl!
const cmsUrl = () => inject('system').cmsUrl

/** A seeded activity whose link leads to the check in Swedish. */
const seeded = outreachActivities.find(
  (a) => a.landing.target === 'check' && a.landing.locale === 'sv',
)!
const code = seeded.code
const answers = { ...ipsFormAnswers, name: 'Kampanj Testsson' }

let browser: Browser
let adminAuth: Record<string, string>

beforeAll(async () => {
  browser = await launchBrowser()
  const admin = demoUsers.find((u) => u.role === 'admin')!
  adminAuth = await login(admin.email, admin.password)
})

afterAll(async () => {
  await browser?.close()
})

/** axe runs in the page, so it checks the HTML a browser without JavaScript got in a context that runs scripts. */
const violationsWithoutJavaScript = async (page: Page) => {
  const context = await browser.newContext()
  const copy = await context.newPage()
  await copy.setContent(await page.content())
  const violations = await accessibilityViolations(copy, 'main')
  await context.close()
  return violations
}

const main = (page: Page) => page.locator('main').innerText()
const click = async (page: Page, selector: string) => {
  await page.locator(selector).click()
  await page.waitForLoadState()
}

const send = 'button[name="_action"][value="submit"]'
const swedishToday = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' })

/**
 * On the form's first page without JavaScript: answers every page, checking each carries the code in
 * its hidden field, sends, and gives the reference the confirmation shows.
 */
const sendWithoutJavaScript = async (page: Page, code: string, values = answers) => {
  const startedAt = Date.now()
  for (let step = 0; step < 12 && (await page.locator(send).count()) === 0; step++) {
    expect(await page.locator('input[name="_k"]').getAttribute('value')).toBe(code)
    await answerStep(page, values)
    await click(page, 'button[name="_action"][value="continue"]')
  }
  expect(await page.locator(send).count(), await main(page)).toBe(1)
  expect(await violationsWithoutJavaScript(page)).toEqual([])
  // Without JavaScript: Send, then once more after the short wait (see referral.test.ts).
  await page.waitForTimeout(Math.max(0, 5500 - (Date.now() - startedAt)))
  await click(page, send)
  await page.waitForTimeout(resendWaitSeconds * 1000 + 500)
  await click(page, send)
  return (
    await page
      .locator('.reference')
      .innerText()
      .catch(async () => {
        throw new Error(`No reference after sending; the page says:\n${await main(page)}`)
      })
  ).trim()
}

/** The campaign stored on the referral with this reference, as staff read it. */
const storedCampaign = async (reference: string) => {
  const found = await fetch(
    `${cmsUrl()}/api/referrals?where[reference][equals]=${reference}&depth=0`,
    { headers: adminAuth },
  )
  const [referral] = (
    (await found.json()) as { docs: { campaign?: { code?: string; activity?: number } }[] }
  ).docs
  return referral?.campaign
}

test('a resident follows a campaign link, takes the check and sends the form without JavaScript; the referral carries the campaign and the report counts it', async () => {
  const page = await phonePage(browser, { javaScript: false })
  // Typed from a poster in lower case: the site asks the CMS and lands on the check with the code.
  await page.goto(new URL(`/k/${code.toLowerCase()}`, siteUrl()).href)
  const landed = new URL(page.url())
  expect(landed.pathname).toBe('/passar-det-mig')
  expect(landed.searchParams.get('k')).toBe(code)
  expect(await violationsWithoutJavaScript(page)).toEqual([])

  await click(page, 'button.check-start')
  for (let step = 0; step < 12; step++) {
    const skip = page.locator('button[name="action"][value="skip"]')
    if ((await skip.count()) === 0) break
    // Every page carries it: in its address and in a hidden field.
    expect(new URL(page.url()).searchParams.get('k')).toBe(code)
    expect(await page.locator('form.check-form input[name="k"]').getAttribute('value')).toBe(code)
    await click(page, 'button[name="action"][value="skip"]')
  }
  expect(await violationsWithoutJavaScript(page)).toEqual([])
  const apply = page.locator('a.button[href^="/stod/ips/anmalan"]')
  expect(await apply.getAttribute('href'), await main(page)).toBe(`/stod/ips/anmalan?k=${code}`)
  await apply.click()
  await page.waitForLoadState()

  const reference = await sendWithoutJavaScript(page, code)
  await page.context().close()
  expect(await storedCampaign(reference), `referral ${reference}`).toMatchObject({
    code,
    activity: expect.any(Number),
  })

  const today = swedishToday()
  const report = await fetch(`${cmsUrl()}/api/referrals/report?from=${today}&to=${today}`, {
    headers: adminAuth,
  })
  expect(report.status).toBe(200)
  const { attribution } = (await report.json()) as {
    attribution: { byCampaign: { code: null | string; figures: { referrals: number } }[] }
  }
  const line = attribution.byCampaign.find((c) => c.code === code)
  expect(line?.figures.referrals, JSON.stringify(attribution.byCampaign)).toBeGreaterThanOrEqual(1)
})

test.each(['HHHHHH', 'inte-en-kod'])(
  'a code that leads nowhere (%s) lands on the home page, never an error',
  async (unknown) => {
    const response = await fetch(new URL(`/k/${unknown}`, siteUrl()), { redirect: 'manual' })
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe('/')
    expect(response.headers.get('cache-control')).toBe('no-store')
  },
)

/** A seeded activity whose link leads to the IPS service page in Swedish. */
const toServicePage = outreachActivities.find(
  (a) => a.landing.target === 'service' && a.landing.service === 'ips' && a.landing.locale === 'sv',
)!.code

test.each([false, true])(
  'a campaign link to a service page carries the code on to the check and the form (JavaScript: %s)',
  async (javaScript) => {
    const page = await phonePage(browser, { javaScript })
    await page.goto(new URL(`/k/${toServicePage}`, siteUrl()).href)
    // The prerendered page cannot carry a code: the link lands on its variant rendered on demand.
    const landed = new URL(page.url())
    expect(landed.pathname).toBe('/stod/ips/kampanj')
    expect(landed.searchParams.get('k')).toBe(toServicePage)
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(
      new URL('/stod/ips', siteUrl()).href,
    )
    const hrefs = async (selector: string) =>
      page.locator(selector).evaluateAll((links) => links.map((a) => a.getAttribute('href')))
    expect(await hrefs('main a.button')).toEqual([
      `/stod/ips/anmalan?k=${toServicePage}`,
      `/stod/ips/anmalan?k=${toServicePage}`,
    ])
    expect(await hrefs('main a[href^="/passar-det-mig"]')).toEqual([
      `/passar-det-mig?k=${toServicePage}`,
    ])
    // Another language keeps the code too.
    expect(await hrefs('nav a[hreflang="en"]')).toEqual([`/en/stod/ips/kampanj?k=${toServicePage}`])
    if (!javaScript) expect(await violationsWithoutJavaScript(page)).toEqual([])

    await click(page, 'main a[href^="/passar-det-mig"]')
    expect(await page.locator('form input[name="k"]').getAttribute('value')).toBe(toServicePage)
    await page.goBack()
    await click(page, 'main a.button >> nth=0')
    // With JavaScript, the form's island renders the same hidden field.
    await page.locator('input[name="_k"]').waitFor({ state: 'attached' })
    expect(await page.locator('input[name="_k"]').getAttribute('value')).toBe(toServicePage)
    if (javaScript) return page.context().close()

    const reference = await sendWithoutJavaScript(page, toServicePage, {
      ...ipsFormAnswers,
      name: 'Tjänstesida Testsson',
    })
    await page.context().close()
    expect(await storedCampaign(reference), `referral ${reference}`).toMatchObject({
      code: toServicePage,
      activity: expect.any(Number),
    })
  },
)

test('without a code the service page variant sends to the ordinary page', async () => {
  const response = await fetch(new URL('/stod/ips/kampanj?k=inte-en-kod', siteUrl()), {
    redirect: 'manual',
  })
  expect(response.status).toBe(303)
  expect(response.headers.get('location')).toBe('/stod/ips')
})

test('a campaign link to an event carries the code on to its services, without JavaScript', async () => {
  const slug = 'informationsmote-om-ips'
  const found = await fetch(`${cmsUrl()}/api/events?where[slug][equals]=${slug}&depth=0`, {
    headers: adminAuth,
  })
  const [event] = ((await found.json()) as { docs: { campaignCode: string }[] }).docs
  const eventCode = event.campaignCode
  const page = await phonePage(browser, { javaScript: false })
  await page.goto(new URL(`/k/${eventCode}`, siteUrl()).href)
  // Like a service page, the prerendered event page cannot carry a code: its variant on demand can.
  const landed = new URL(page.url())
  expect(landed.pathname).toBe(`/evenemang/${slug}/kampanj`)
  expect(landed.searchParams.get('k')).toBe(eventCode)
  expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(
    new URL(`/evenemang/${slug}`, siteUrl()).href,
  )
  expect(await violationsWithoutJavaScript(page)).toEqual([])
  expect(await page.locator('nav a[hreflang="ar"]').getAttribute('href')).toBe(
    `/ar/evenemang/${slug}/kampanj?k=${eventCode}`,
  )
  await click(page, 'main a[href^="/stod/ips"]')
  expect(new URL(page.url()).pathname).toBe('/stod/ips/kampanj')
  await click(page, 'main a.button >> nth=0')
  expect(await page.locator('input[name="_k"]').getAttribute('value')).toBe(eventCode)
  expect(await page.locator('nav a[hreflang="en"]').getAttribute('href')).toBe(
    `/en/stod/ips/anmalan?k=${eventCode}`,
  )
  await page.context().close()

  const plain = await fetch(new URL(`/evenemang/${slug}/kampanj`, siteUrl()), {
    redirect: 'manual',
  })
  expect(plain.status).toBe(303)
  expect(plain.headers.get('location')).toBe(`/evenemang/${slug}`)
})
