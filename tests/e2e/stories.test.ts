import type { Browser, Page } from 'playwright-core'

import { demoUsers, paragraph, richText } from '@stodportalen/seed'
import { locales, textDirection } from '@stodportalen/support-services/domain'
import { signPreviewToken } from '@stodportalen/support-services/preview-token'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'

import { accessibilityViolationsAt, launchBrowser, phonePage } from '../support/browser'
import { login } from '../support/cms'
import { homePaths } from '../support/locales'
import { waitForStatus } from '../support/site'

const siteUrl = () => inject('system').siteUrl!
const cmsUrl = () => inject('system').cmsUrl
const prefixes = homePaths
const storySlug = 'fran-dagverksamhet-till-lager'

let browser: Browser
let page: Page

const visit = async (path: string) => {
  const response = await page.goto(new URL(path, siteUrl()).href)
  expect(response?.status(), `${path} answered ${response?.status()}`).toBe(200)
  return response!
}

const idOf = async (collection: string, slug: string) => {
  const response = await fetch(`${cmsUrl()}/api/${collection}?where[slug][equals]=${slug}&depth=0`)
  const { docs } = (await response.json()) as { docs: { id: number }[] }
  return docs[0]!.id
}

beforeAll(async () => {
  browser = await launchBrowser()
  page = await phonePage(browser, { javaScript: false })
})

afterAll(async () => {
  await browser?.close()
})

describe.each(prefixes)('stories under %s', (prefix) => {
  test('the story is on its service page and the home page, linked to its own page', async () => {
    for (const path of [`${prefix}stod/ips`, prefix]) {
      await visit(path)
      const link = page.locator(`a[href="${prefix}berattelser/${storySlug}"]`)
      expect(await link.count(), `${path} links to the story`).toBe(1)
    }
    await visit(`${prefix}stod/se`)
    expect(await page.locator(`a[href$="berattelser/${storySlug}"]`).count()).toBe(0)
  })

  test('the story page is axe clean, in its language and direction, with no script', async () => {
    await visit(`${prefix}berattelser/${storySlug}`)
    expect(await page.locator('h1').count()).toBe(1)
    expect(await page.evaluate(() => document.documentElement.dir)).toBe(
      prefix === '/ar/' ? 'rtl' : 'ltr',
    )
    expect(await page.locator('main').innerText()).toMatch(/Mira/)
    expect(await page.locator('main').innerText(), 'the consent date stays home').not.toMatch(
      /2026-02-16/,
    )
    expect(await page.locator('script').count()).toBe(0)
    expect(await accessibilityViolationsAt(browser, page.url())).toEqual([])
  }, 240_000)
})

test('a withdrawn consent takes the story off the site with the rebuild it triggers', async () => {
  const editor = demoUsers.find((u) => u.role === 'editor')!
  const auth = {
    ...(await login(editor.email, editor.password)),
    'content-type': 'application/json',
  }
  const slug = 'e2e-aterkallat-samtycke'
  const created = await fetch(`${cmsUrl()}/api/stories?locale=sv`, {
    method: 'POST',
    headers: auth,
    body: JSON.stringify({
      title: 'En berättelse vars samtycke återkallas',
      name: 'Påhittad',
      slug,
      text: richText([paragraph('Påhittad text.')]),
      service: await idOf('services', 'ips'),
      outcome: 'work',
      consent: { givenOn: '2026-01-10', scope: ['website'] },
      _status: 'published',
    }),
  })
  expect(created.status, await created.clone().text()).toBe(201)
  const { doc } = (await created.json()) as { doc: { id: number } }
  await waitForStatus(`/berattelser/${slug}`, 200)

  // Recorded as a draft, as an editor might: the published version goes too.
  const withdrawn = await fetch(`${cmsUrl()}/api/stories/${doc.id}?draft=true`, {
    method: 'PATCH',
    headers: auth,
    body: JSON.stringify({ consent: { givenOn: '2026-01-10', withdrawnOn: '2026-03-01' } }),
  })
  expect(withdrawn.status, await withdrawn.clone().text()).toBe(200)
  await waitForStatus(`/berattelser/${slug}`, 404)
  const servicePage = await (await fetch(new URL('/stod/ips', siteUrl()))).text()
  expect(servicePage).not.toContain(slug)
}, 420_000)

describe('draft preview', () => {
  const secret = () => inject('system').secrets.PREVIEW_TOKEN_KEY
  const previewPath = (token: string) => `/forhandsgranska?token=${encodeURIComponent(token)}`

  test('an editor saves a draft, clicks Förhandsgranska and sees it on the site; the public page does not change', async () => {
    const editor = demoUsers.find((u) => u.role === 'editor')!
    const id = await idOf('pages', 'arbetsgivare')
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const admin = await context.newPage()
    const draftText = 'Utkast: ny sammanfattning som inte är publicerad.'
    try {
      await admin.goto(`${cmsUrl()}/admin/login`)
      await admin.fill('input[name="email"]', editor.email)
      await admin.fill('input[name="password"]', editor.password)
      await admin.click('button[type="submit"]')
      await admin.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 30_000 })

      await admin.goto(`${cmsUrl()}/admin/collections/pages/${id}`)
      const summary = admin.locator('#field-summary')
      await summary.waitFor({ timeout: 30_000 })
      await summary.fill(draftText)
      await admin.getByRole('button', { name: 'Spara utkast' }).click()
      await expect
        .poll(
          async () => {
            const auth = await login(editor.email, editor.password)
            const response = await fetch(
              `${cmsUrl()}/api/pages/${id}?draft=true&locale=sv&depth=0`,
              { headers: auth },
            )
            return ((await response.json()) as { summary: string }).summary
          },
          { timeout: 30_000 },
        )
        .toBe(draftText)

      const [preview] = await Promise.all([
        context.waitForEvent('page'),
        admin.getByRole('link', { name: 'Förhandsgranska' }).click(),
      ])
      // The link goes through the CMS, which signs a token and redirects to the site.
      await preview.waitForURL(/\/forhandsgranska\?token=/, { timeout: 60_000 })
      const answer = await fetch(preview.url())
      expect(answer.status).toBe(200)
      expect(answer.headers.get('x-robots-tag')).toMatch(/noindex/)
      expect(answer.headers.get('cache-control')).toBe('no-store')
      expect(new URL(preview.url()).origin).toBe(new URL(siteUrl()).origin)
      expect(await preview.locator('main').innerText()).toContain(draftText)
      expect(await preview.getByRole('complementary', { name: 'Förhandsgranskning' }).count()).toBe(
        1,
      )

      const publicHtml = await (await fetch(new URL('/om/arbetsgivare', siteUrl()))).text()
      expect(publicHtml).not.toContain(draftText)
    } finally {
      await context.close()
      // The draft goes; the published page was never touched.
      const auth = await login(editor.email, editor.password)
      const published = (await (
        await fetch(`${cmsUrl()}/api/pages/${id}?locale=sv&depth=0`, { headers: auth })
      ).json()) as { summary: string }
      await fetch(`${cmsUrl()}/api/pages/${id}?draft=true&locale=sv`, {
        method: 'PATCH',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify({ summary: published.summary }),
      })
    }
  }, 180_000)

  test('every kind previews in every language, axe clean, marked and never indexed', async () => {
    const targets = [
      { kind: 'page', id: await idOf('pages', 'arbetsgivare') },
      { kind: 'service', id: await idOf('services', 'ips') },
      { kind: 'event', id: await idOf('events', 'informationsmote-om-ips') },
      { kind: 'story', id: await idOf('stories', storySlug) },
    ] as const
    const failures: string[] = []
    for (const target of targets)
      for (const locale of locales) {
        const token = signPreviewToken({ ...target, locale }, secret())
        const response = await visit(previewPath(token))
        const where = `${target.kind} in ${locale}`
        expect(response.headers()['x-robots-tag'], where).toMatch(/noindex/)
        expect(await page.locator('meta[name="robots"]').getAttribute('content'), where).toMatch(
          /noindex/,
        )
        expect(await page.evaluate(() => document.documentElement.dir), where).toBe(
          textDirection(locale),
        )
        expect(await page.locator('.preview-banner').count(), where).toBe(1)
        failures.push(
          ...(await accessibilityViolationsAt(browser, page.url())).map((v) => `${where}: ${v}`),
        )
      }
    expect(failures).toEqual([])
  }, 900_000)

  test('a bad, tampered or expired link gets a clear 4xx page, never a 5xx', async () => {
    const good = signPreviewToken({ kind: 'page', id: 1, locale: 'sv' }, secret())
    const [claims, signature] = good.split('.')
    const cases: [string, number, RegExp][] = [
      ['/forhandsgranska', 403, /inte giltig/],
      [previewPath('nonsense'), 403, /inte giltig/],
      [previewPath(`${claims}x.${signature}`), 403, /inte giltig/],
      [
        previewPath(
          signPreviewToken({ kind: 'page', id: 1, locale: 'sv' }, secret(), Date.now() - 3_600_000),
        ),
        410,
        /gäller i tio minuter/,
      ],
    ]
    for (const [path, status, message] of cases) {
      const response = await page.goto(new URL(path, siteUrl()).href)
      expect(response?.status(), path).toBe(status)
      expect(response?.headers()['cache-control'], path).toBe('no-store')
      expect(await page.locator('main').innerText(), path).toMatch(message)
    }
    expect(await accessibilityViolationsAt(browser, page.url())).toEqual([])
  }, 240_000)
})
