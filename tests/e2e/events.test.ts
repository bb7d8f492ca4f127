import type { Browser, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'

import { accessibilityViolations, launchBrowser, phonePage } from '../support/browser'
import { homePaths } from '../support/locales'

const siteUrl = () => inject('system').siteUrl!
const cmsUrl = () => inject('system').cmsUrl
const prefixes = homePaths
const meeting = 'informationsmote-om-ips'
const cancelled = 'temadag-psykisk-halsa-och-arbete'

let browser: Browser
let page: Page

const idOf = async (slug: string) => {
  const response = await fetch(`${cmsUrl()}/api/events?where[slug][equals]=${slug}&depth=0`)
  const { docs } = (await response.json()) as { docs: { id: number }[] }
  return docs[0]!.id
}

const visit = async (path: string) => {
  const response = await page.goto(new URL(path, siteUrl()).href)
  expect(response?.status(), `${path} answered ${response?.status()}`).toBe(200)
}

/** The `.ics` the page links to, fetched as a calendar app would. */
const calendarOfPage = async () => {
  const href = await page.locator('a[href$=".ics"]').getAttribute('href')
  expect(href, 'the page links to its .ics file').toBeTruthy()
  const response = await fetch(new URL(href!, siteUrl()))
  return { response, text: await response.text() }
}

beforeAll(async () => {
  browser = await launchBrowser()
  page = await phonePage(browser, { javaScript: false })
})

afterAll(async () => {
  await browser?.close()
})

describe.each(prefixes)('the event page under %s', (prefix) => {
  test('shows the event in Swedish time, is axe clean, and offers its calendar file', async () => {
    await visit(`${prefix}evenemang/${meeting}`)
    expect(await page.locator('h1').count()).toBe(1)
    expect(await page.evaluate(() => document.documentElement.dir)).toBe(
      prefix === '/ar/' ? 'rtl' : 'ltr',
    )
    // The seed's meeting is at 14:00–15:30 Swedish time, whatever the machine's zone.
    const time = { '/': /14:00/, '/lattlast/': /14:00/, '/en/': /2:00\sPM/, '/ar/': /2:00|٢:٠٠/ }
    expect(await page.locator('main').innerText()).toMatch(time[prefix as keyof typeof time])
    expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0)

    const jsonLd = JSON.parse(
      (await page.locator('script[type="application/ld+json"]').textContent()) ?? '',
    ) as Record<string, unknown>
    expect(jsonLd['@type']).toBe('Event')
    expect(jsonLd.startDate).toMatch(/T14:00:00\+0[12]:00$/)
    expect(jsonLd.eventStatus).toBe('https://schema.org/EventScheduled')

    const context = await browser.newContext()
    const axe = await context.newPage()
    await axe.goto(new URL(`${prefix}evenemang/${meeting}`, siteUrl()).href)
    expect(await accessibilityViolations(axe)).toEqual([])
    await context.close()

    const { response, text } = await calendarOfPage()
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    expect(text).toContain(`UID:event-${await idOf(meeting)}@`)
    expect(text).toContain('STATUS:CONFIRMED')
  })
})

test('the home page lists the next events, and the pages of their audiences and services too', async () => {
  for (const path of ['/', '/om/vard', '/stod/ips', '/en/']) {
    await visit(path)
    const links = await page
      .locator('a[href*="/evenemang/"]')
      .evaluateAll((anchors) => anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname))
    expect(links, path).toContain(`${path.startsWith('/en/') ? '/en' : ''}/evenemang/${meeting}`)
  }
  await visit('/om/arbetsgivare')
  expect(await page.locator(`a[href$="/evenemang/${meeting}"]`).count()).toBe(0)
})

test('a cancelled event says so, on its page, in its data and in its calendar file', async () => {
  for (const [prefix, word] of [
    ['/', 'Inställt'],
    ['/en/', 'Cancelled'],
  ]) {
    await visit(`${prefix}evenemang/${cancelled}`)
    expect(await page.locator('main .cancelled').first().innerText()).toBe(word)
    const jsonLd = JSON.parse(
      (await page.locator('script[type="application/ld+json"]').textContent()) ?? '',
    ) as Record<string, unknown>
    expect(jsonLd.eventStatus).toBe('https://schema.org/EventCancelled')
    const { text } = await calendarOfPage()
    expect(text).toContain('STATUS:CANCELLED')
  }
  await visit('/')
  const card = page.locator('li.card', { has: page.locator(`a[href$="/evenemang/${cancelled}"]`) })
  expect(await card.locator('.cancelled').innerText()).toBe('Inställt')
})
