import type { Browser, Page } from 'playwright-core'

import { demoUsers } from '@stodportalen/seed'
import { expect, inject, test } from 'vitest'

import { accessibilityViolations, launchBrowser } from '../support/browser'

const cmsUrl = () => inject('system').cmsUrl
const admin = demoUsers.find((u) => u.role === 'admin')!

const signIn = async (browser: Browser, options: { javaScript: boolean }): Promise<Page> => {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'sv-SE',
    javaScriptEnabled: options.javaScript,
  })
  if (!options.javaScript) {
    // Payload's login form needs JavaScript; the session it gives is an ordinary cookie.
    const login = await context.request.post(`${cmsUrl()}/api/users/login`, {
      data: { email: admin.email, password: admin.password },
    })
    expect(login.ok()).toBe(true)
    return context.newPage()
  }
  const page = await context.newPage()
  await page.goto(`${cmsUrl()}/admin/login`)
  await page.fill('input[name="email"]', admin.email)
  await page.fill('input[name="password"]', admin.password)
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 30_000 })
  return page
}

test('an admin reviews the read audit: their own read is there, the filters work without JavaScript, and axe finds nothing', async () => {
  const browser = await launchBrowser()
  try {
    const page = await signIn(browser, { javaScript: true })
    // A read to find: the first referral of the intake queue, opened.
    await page.goto(`${cmsUrl()}/admin/intake`)
    const firstReferral = page.locator('.intake-queue__table tbody th a').first()
    const reference = (await firstReferral.innerText()).trim()
    await firstReferral.click()
    await page.waitForURL(/\/admin\/collections\/referrals\/\d+/, { timeout: 30_000 })

    // The navigation leads there (on a referral's page the navigation may be folded away: follow its address).
    expect(await page.locator('#nav-read-audit').getAttribute('href')).toBe('/admin/audit')
    await page.goto(`${cmsUrl()}/admin/audit`)
    await expect
      .poll(() => page.locator('h1').first().innerText(), { timeout: 30_000 })
      .toBe('Läslogg')
    const rows = page.locator('.access-log table tbody tr')
    await expect
      .poll(
        async () =>
          (await rows.allInnerTexts()).some(
            (row) => row.includes(reference) && row.includes(admin.email),
          ),
        { timeout: 30_000 },
      )
      .toBe(true)
    expect(await accessibilityViolations(page, '.access-log')).toEqual([])

    // The same review without JavaScript: a plain form, the filters in the address, the table from the server.
    const plain = await signIn(browser, { javaScript: false })
    await plain.goto(`${cmsUrl()}/admin/audit`)
    await plain.getByLabel('Anmälans referensnummer').fill(reference.toLowerCase())
    await plain.getByRole('button', { name: 'Visa', exact: true }).click()
    await plain.waitForURL(/reference=/, { timeout: 30_000 })
    const shown = await plain.locator('.access-log table tbody tr').allInnerTexts()
    expect(shown.length).toBeGreaterThan(0)
    expect(
      shown.every((row) => row.includes(reference)),
      shown.join('\n'),
    ).toBe(true)
    expect(await plain.getByRole('link', { name: 'Ladda ned som CSV' }).getAttribute('href')).toBe(
      `/api/referral-access-log/export?reference=${reference}`,
    )
  } finally {
    await browser.close()
  }
})
