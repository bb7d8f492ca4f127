import { demoUsers } from '@stodportalen/seed'
import { expect, inject, test } from 'vitest'

import { accessibilityViolationsAt, launchBrowser, phonePage } from '../support/browser'
import { login } from '../support/cms'
import { drawnImage } from '../support/uploads'

const siteUrl = () => inject('system').siteUrl!
const cmsUrl = () => inject('system').cmsUrl

const alt = 'Tecknat landskap: en stig som slingrar sig över gröna kullar mot solen.'

/** Polls the public page until its HTML passes `check` (the site rebuilds after publishing). */
const waitForPage = async (path: string, check: (html: string) => boolean, what: string) => {
  const deadline = Date.now() + 90_000
  while (Date.now() < deadline) {
    const html = await fetch(new URL(path, siteUrl())).then(
      (r) => (r.ok ? r.text() : ''),
      () => '',
    )
    if (check(html)) return html
    await new Promise((r) => setTimeout(r, 1000))
  }
  throw new Error(`${path} did not ${what} within 90 s of publishing`)
}

type Body = { root: { children: unknown[] } & Record<string, unknown> }

test('an editor uploads an image with alt text in the admin, puts it in a page, publishes, and the site shows it responsive', async () => {
  const editor = demoUsers.find((u) => u.role === 'editor')!
  const browser = await launchBrowser()
  try {
    // 1. In the real admin: upload a drawn image with its Swedish alternative text.
    const admin = await (
      await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE' })
    ).newPage()
    await admin.goto(`${cmsUrl()}/admin/login`)
    await admin.fill('input[name="email"]', editor.email)
    await admin.fill('input[name="password"]', editor.password)
    await admin.click('button[type="submit"]')
    await admin.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 30_000 })
    await admin.goto(`${cmsUrl()}/admin/collections/media/create`)
    await admin.locator('input[type="file"]').setInputFiles({
      name: 'stig-over-kullar.png',
      mimeType: 'image/png',
      buffer: await drawnImage(),
    })
    await admin.locator('#field-alt').fill(alt)
    await admin.locator('#action-save').click()
    await admin.waitForURL(/\/admin\/collections\/media\/\d+$/, { timeout: 60_000 })
    const imageId = Number(new URL(admin.url()).pathname.split('/').pop())

    // 2. The page gets it as its hero and inside its text, and is published.
    const auth = {
      ...(await login(editor.email, editor.password)),
      'content-type': 'application/json',
    }
    const { docs } = (await (
      await fetch(`${cmsUrl()}/api/pages?where[audience][equals]=schools&locale=sv&depth=0`, {
        headers: auth,
      })
    ).json()) as { docs: { id: number; slug: string; body: Body; image?: null | number }[] }
    const [page] = docs
    expect(page, 'the seed has a page for schools').toBeDefined()
    const uploadNode = {
      type: 'upload',
      version: 3,
      format: '',
      id: 'e2e',
      fields: null,
      relationTo: 'media',
      value: imageId,
    }
    const publish = (image: number | null, body: Body) =>
      fetch(`${cmsUrl()}/api/pages/${page.id}?locale=sv`, {
        method: 'PATCH',
        headers: auth,
        body: JSON.stringify({ image, body, _status: 'published' }),
      })
    const withImage = {
      ...page.body,
      root: { ...page.body.root, children: [...page.body.root.children, uploadNode] },
    }
    const published = await publish(imageId, withImage)
    expect(published.status, await published.clone().text()).toBe(200)

    try {
      // 3. The site shows the hero (eager, first) and the image in the text (lazy), both with srcset.
      const path = `/om/${page.slug}`
      await waitForPage(
        path,
        (html) => (html.match(/srcset="\/media\//g) ?? []).length >= 2,
        'show both images',
      )
      const phone = await phonePage(browser, { javaScript: false })
      await phone.goto(new URL(path, siteUrl()).href)
      const images = phone.locator('main img')
      await expect.poll(() => images.count()).toBe(2)
      const hero = images.first()
      expect(await hero.getAttribute('alt')).toBe(alt)
      expect(await hero.getAttribute('fetchpriority')).toBe('high')
      expect(await hero.getAttribute('loading')).toBe('eager')
      expect(await hero.getAttribute('srcset')).toMatch(/ 400w, .* 800w, .* 1600w$/)
      expect(await hero.getAttribute('sizes')).toBeTruthy()
      expect(
        Number(await hero.getAttribute('height')) / Number(await hero.getAttribute('width')),
      ).toBeCloseTo(9 / 16, 2)
      expect(await images.nth(1).getAttribute('loading')).toBe('lazy')
      // The phone (360 px at 2x) loads a file the site serves itself, kept for a year.
      await expect
        .poll(() => hero.evaluate((img: HTMLImageElement) => img.naturalWidth))
        .toBeGreaterThan(0)
      const current = await hero.evaluate((img: HTMLImageElement) => img.currentSrc)
      expect(new URL(current).origin).toBe(new URL(siteUrl()).origin)
      const file = await fetch(current)
      expect(file.headers.get('content-type')).toBe('image/webp')
      expect(file.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
      // 0 KB of JavaScript: structured data is the only script element.
      expect(
        await phone.evaluate(
          () => document.querySelectorAll('script:not([type="application/ld+json"])').length,
        ),
      ).toBe(0)
      expect(await accessibilityViolationsAt(browser, phone.url())).toEqual([])
    } finally {
      // Back as seeded, and live again before the next test reads the site (a rebuild restarts it).
      await publish(page.image ?? null, page.body)
      await waitForPage(
        `/om/${page.slug}`,
        (html) => (html.match(/srcset="\/media\//g) ?? []).length === (page.image ? 1 : 0),
        'return to its seeded images',
      )
    }
  } finally {
    await browser.close()
  }
  // Admin upload, a site rebuild and the checks: several minutes on a busy machine.
}, 300_000)
