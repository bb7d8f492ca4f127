import type { Browser, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { inject } from 'vitest'

import { accessibilityViolations, launchBrowser, phonePage } from '../support/browser'
import { expectedLangAndDir, homePaths } from '../support/locales'

const siteUrl = () => inject('system').siteUrl!
const homes = homePaths
/** Routes that render on demand and may hydrate an island; every other page is static and ships no JS. */
const interactive = /\/(anmalan|passar-det-mig)\/?$/

let browser: Browser
let page: Page
const pages: string[] = []

/** Every page a visitor can reach from the home pages, by following the site's own links. */
const crawl = async () => {
  const seen = new Set<string>()
  const queue = [...homes]
  while (queue.length > 0 && seen.size < 300) {
    const path = queue.shift()!
    if (seen.has(path)) continue
    seen.add(path)
    const response = await page.goto(new URL(path, siteUrl()).href)
    expect(response?.status(), `${path} answered ${response?.status()}`).toBe(200)
    const links = await page.$$eval('a[href]', (anchors) =>
      anchors.map((a) => (a as HTMLAnchorElement).href),
    )
    for (const link of links) {
      const url = new URL(link)
      // Calendar files download rather than open: the event tests fetch them.
      if (url.pathname.endsWith('.ics')) continue
      if (url.origin === new URL(siteUrl()).origin && !seen.has(url.pathname))
        queue.push(url.pathname)
    }
  }
  return [...seen].sort()
}

beforeAll(async () => {
  browser = await launchBrowser()
  page = await phonePage(browser, { javaScript: false })
  pages.push(...(await crawl()))
})

afterAll(async () => {
  await browser?.close()
})

test('the crawl reaches the home, service, audience and form pages in every language', () => {
  for (const home of homes) {
    expect(pages).toContain(home)
    for (const slug of ['ips', 'sed', 'se']) expect(pages).toContain(`${home}stod/${slug}`)
    expect(pages).toContain(`${home}passar-det-mig`)
    expect(pages).toContain(`${home}stod/ips/anmalan`)
  }
  expect(pages.filter((p) => interactive.test(p)).length).toBeGreaterThanOrEqual(4)
})

describe('every page', () => {
  test('has its language, and right-to-left languages read right to left', async () => {
    for (const path of pages) {
      await page.goto(new URL(path, siteUrl()).href)
      const { lang, dir } = await page.evaluate(() => ({
        lang: document.documentElement.lang,
        dir: document.documentElement.dir,
      }))
      expect({ lang, dir }, path).toEqual(expectedLangAndDir(path))
    }
  })

  test('pages without a form ship no JavaScript', async () => {
    for (const path of pages.filter((p) => !interactive.test(p))) {
      await page.goto(new URL(path, siteUrl()).href)
      // Structured data (JSON-LD) is data for search engines, never run.
      const scripts = page.locator('script:not([type="application/ld+json"])')
      expect(await scripts.count(), `${path} has a script`).toBe(0)
    }
  })

  // A sweep over every page the crawl found: its time grows with the site, so its limit is generous,
  // and two pages are checked at a time.
  test('axe finds no WCAG 2.x A/AA violations', async () => {
    const context = await browser.newContext()
    const failures: string[] = []
    const left = [...pages]
    const worker = async () => {
      const axePage = await context.newPage()
      for (let path = left.shift(); path !== undefined; path = left.shift()) {
        await axePage.goto(new URL(path, siteUrl()).href)
        failures.push(...(await accessibilityViolations(axePage)).map((v) => `${path}: ${v}`))
      }
    }
    await Promise.all([worker(), worker()])
    await context.close()
    expect(failures.sort()).toEqual([])
  }, 600_000)

  test('fits a small phone screen without sideways scrolling', async () => {
    for (const path of pages) {
      await page.goto(new URL(path, siteUrl()).href)
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      )
      expect(overflow, `${path} is ${overflow}px too wide`).toBeLessThanOrEqual(0)
    }
  })
})
