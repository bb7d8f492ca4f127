import type { Browser, Page } from 'playwright-core'

import { services } from '@stodportalen/seed'
import { localeInfo } from '@stodportalen/support-services/domain'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'

import { launchBrowser } from '../support/browser'
import { homePaths, localeOfPath } from '../support/locales'

const siteUrl = () => inject('system').siteUrl!
const url = (path: string) => new URL(path, siteUrl()).href

interface Entry {
  loc: string
  links: { hreflang: string; href: string }[]
}

let browser: Browser
let page: Page
let robots: string
let entries: Entry[] = []

/** The browser's own XML parser: a document that is not well-formed gets a `parsererror`. */
const parseSitemap = (xml: string) =>
  page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'application/xml')
    const error = doc.querySelector('parsererror')
    if (error) return { error: error.textContent ?? 'not well-formed', locs: [], urls: [] }
    const ns = 'http://www.sitemaps.org/schemas/sitemap/0.9'
    const xhtml = 'http://www.w3.org/1999/xhtml'
    const urls = [...doc.getElementsByTagNameNS(ns, 'url')].map((node) => ({
      loc: node.getElementsByTagNameNS(ns, 'loc')[0]?.textContent ?? '',
      links: [...node.getElementsByTagNameNS(xhtml, 'link')].map((link) => ({
        hreflang: link.getAttribute('hreflang') ?? '',
        href: link.getAttribute('href') ?? '',
      })),
    }))
    const locs = [...doc.getElementsByTagNameNS(ns, 'sitemap')].map(
      (node) => node.getElementsByTagNameNS(ns, 'loc')[0]?.textContent ?? '',
    )
    return { error: null, locs, urls }
  }, xml)

const fetchText = async (address: string) => {
  const response = await fetch(address)
  expect(response.status, `${address} answered ${response.status}`).toBe(200)
  return { text: await response.text(), type: response.headers.get('content-type') ?? '' }
}

beforeAll(async () => {
  browser = await launchBrowser()
  page = await browser.newPage()
  robots = (await fetchText(url('/robots.txt'))).text
  const index = /^Sitemap: (.+)$/m.exec(robots)?.[1]
  expect(index, `robots.txt names no sitemap:\n${robots}`).toBeDefined()
  const parsedIndex = await parseSitemap((await fetchText(index!)).text)
  expect(parsedIndex.error, `${index} is not well-formed`).toBeNull()
  expect(parsedIndex.locs.length, `${index} lists no sitemap`).toBeGreaterThan(0)
  for (const loc of parsedIndex.locs) {
    const parsed = await parseSitemap((await fetchText(loc)).text)
    expect(parsed.error, `${loc} is not well-formed`).toBeNull()
    entries.push(...parsed.urls)
  }
  entries = entries.sort((a, b) => a.loc.localeCompare(b.loc))
})

afterAll(async () => {
  await browser?.close()
})

describe('robots.txt', () => {
  test('allows everything and points to the sitemap on the site’s address', () => {
    expect(robots).toMatch(/^User-agent: \*$/m)
    expect(robots).not.toMatch(/^Disallow: *\S/m)
    expect(robots).toContain(`Sitemap: ${url('/sitemap-index.xml')}`)
  })
})

describe('the sitemap', () => {
  const locs = () => entries.map((entry) => entry.loc)
  const entry = (path: string) => entries.find((e) => e.loc === url(path))

  test('lists every home page, service page and the check in every language', () => {
    for (const home of homePaths) {
      expect(locs()).toContain(url(home))
      expect(locs()).toContain(url(`${home}passar-det-mig`))
      for (const slug of ['ips', 'sed', 'se']) expect(locs()).toContain(url(`${home}stod/${slug}`))
    }
    expect(locs().filter((loc) => loc.endsWith('/anmalan')).length).toBeGreaterThanOrEqual(4)
  })

  test('gives every language with a tag its alternates, with Swedish as x-default', () => {
    const tagged = homePaths.filter((home) => localeInfo[localeOfPath(home)].hreflang)
    const expected = [
      ...tagged.map((home) => ({
        hreflang: localeInfo[localeOfPath(home)].hreflang!,
        href: url(home),
      })),
      { hreflang: 'x-default', href: url('/') },
    ].sort((a, b) => a.hreflang.localeCompare(b.hreflang))
    expect(expected).toContainEqual({ hreflang: 'fi', href: url('/fi/') })
    for (const home of tagged) {
      const links = [...(entry(home)?.links ?? [])].sort((a, b) =>
        a.hreflang.localeCompare(b.hreflang),
      )
      expect(links, home).toEqual(expected)
    }
    // Easy-to-read Swedish has no language tag of its own that search engines take.
    expect(entry('/lattlast/')?.links).toEqual([])
  })

  test('every page answers, names its sitemap address as canonical and carries its share tags', async () => {
    const images = new Set<string>()
    const problems: string[] = []
    for (const { loc, links } of entries) {
      const response = await page.goto(loc)
      if (response?.status() !== 200) {
        problems.push(`${loc} answered ${response?.status()}`)
        continue
      }
      const head = await page.evaluate(() => {
        const meta = (key: string) =>
          [...document.querySelectorAll(`meta[property="${key}"], meta[name="${key}"]`)].map(
            (tag) => tag.getAttribute('content') ?? '',
          )
        return {
          canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href'),
          alternates: [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map(
            (link) => ({
              hreflang: link.getAttribute('hreflang') ?? '',
              href: link.getAttribute('href') ?? '',
            }),
          ),
          meta: Object.fromEntries(
            [
              'og:title',
              'og:description',
              'og:url',
              'og:type',
              'og:image',
              'og:image:width',
              'og:image:height',
              'og:image:alt',
              'og:locale',
              'og:locale:alternate',
              'twitter:card',
              'twitter:title',
              'twitter:image',
            ].map((key) => [key, meta(key)]),
          ),
        }
      })
      if (head.canonical !== loc) problems.push(`${loc}: canonical ${head.canonical}`)
      if (head.meta['og:url'][0] !== loc) problems.push(`${loc}: og:url ${head.meta['og:url']}`)
      for (const [key, values] of Object.entries(head.meta))
        if (values.length === 0 || values.some((value) => value === ''))
          problems.push(`${loc}: no ${key}`)
      if (head.meta['twitter:card'][0] !== 'summary_large_image')
        problems.push(`${loc}: twitter:card ${head.meta['twitter:card']}`)
      const byLang = (list: Entry['links']) =>
        [...list].sort((a, b) => a.hreflang.localeCompare(b.hreflang))
      expect(byLang(head.alternates), `${loc}: the page's language links`).toEqual(byLang(links))
      for (const image of head.meta['og:image']) images.add(image)
    }
    expect(problems).toEqual([])

    for (const image of images) {
      const response = await fetch(image)
      expect(response.status, `${image} answered ${response.status}`).toBe(200)
      expect(response.headers.get('content-type'), image).toMatch(/^image\/(png|webp)/)
    }
  })

  test('service pages describe the service as a GovernmentService with the form as its channel', async () => {
    const services = entries.filter((e) => /\/stod\/[^/]+$/.test(new URL(e.loc).pathname))
    expect(services.length).toBeGreaterThanOrEqual(12)
    for (const { loc } of services) {
      await page.goto(loc)
      const blocks = await page.$$eval('script[type="application/ld+json"]', (scripts) =>
        scripts.map((script) => script.textContent ?? ''),
      )
      const data = blocks.map((block) => JSON.parse(block))
      const service = data.find((d) => d['@type'] === 'GovernmentService')
      expect(service, `${loc} has no GovernmentService`).toBeDefined()
      expect(service).toMatchObject({
        '@context': 'https://schema.org',
        url: loc,
        provider: { '@type': 'GovernmentOrganization' },
        audience: { '@type': 'PeopleAudience' },
      })
      // Where its residents live: one municipality, or both of Enköping–Håbo's.
      expect(service.areaServed.length, loc).toBeGreaterThan(0)
      for (const area of service.areaServed) expect(area['@type'], loc).toBe('AdministrativeArea')
      expect(service.name, loc).toBeTruthy()
      expect(service.availableChannel?.serviceUrl, loc).toBe(`${loc}/anmalan`)
      expect(entries.map((e) => e.loc)).toContain(`${loc}/anmalan`)
    }
  })

  test('home pages present the provider as an organization', async () => {
    await page.goto(url('/'))
    const block = await page.textContent('script[type="application/ld+json"]')
    const data = JSON.parse(block ?? 'null')
    // One organization per provider: the demo's units, each giving a service.
    const providers = [...new Set(services.map((service) => service.provider))]
    expect(providers.length).toBeGreaterThan(1)
    expect(data).toHaveLength(providers.length)
    expect(data).toEqual(
      expect.arrayContaining(
        providers.map((name) =>
          expect.objectContaining({ '@type': 'GovernmentOrganization', name }),
        ),
      ),
    )
  })
})
