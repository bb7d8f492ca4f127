import { demoUsers } from '@stodportalen/seed'
import { fidelityItems } from '@stodportalen/support-services/domain'
import { expect, inject, test } from 'vitest'

import { accessibilityViolations, launchBrowser } from '../support/browser'

const cmsUrl = () => inject('system').cmsUrl
const intake = demoUsers.find(
  (u) => u.role === 'intake' && (u.services as readonly string[]).includes('ips'),
)!

test('intake staff fill in a fidelity review, save it and see the total and the band', async () => {
  const browser = await launchBrowser()
  // axe opens pages of its own in the page's context: a context, not the browser's default page.
  const page = await (await browser.newContext()).newPage()
  try {
    await page.goto(`${cmsUrl()}/admin/login`)
    await page.fill('input[name="email"]', intake.email)
    await page.fill('input[name="password"]', intake.password)
    await page.click('button[type="submit"]')
    await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 30_000 })

    await page.goto(`${cmsUrl()}/admin/fidelity`)
    await page
      .getByRole('link', { name: /^Ny mätning av / })
      .first()
      .click()
    const form = page.getByRole('form', { name: 'Bedömning' })
    await form.waitFor({ timeout: 60_000 })
    expect(await accessibilityViolations(page, '.fidelity')).toEqual([])

    await form.getByLabel('Andra granskare, ett namn per rad').fill('Extern granskare')
    // Every item scored 3: 75 of 125, "acceptable".
    for (const item of fidelityItems)
      await form.getByRole('group', { name: item.name, exact: true }).getByLabel('3').check()
    await form.getByRole('button', { name: 'Spara mätningen' }).click()

    await page.waitForURL(/saved=1/, { timeout: 60_000 })
    const result = page.locator('.fidelity-report .fidelity-result')
    await expect
      .poll(() => result.innerText(), { timeout: 30_000 })
      .toMatch(/75 av 125 poäng: Acceptabel IPS/)
    expect(await page.locator('.fidelity-report').innerText()).toContain('Extern granskare')
    expect(await accessibilityViolations(page, '.fidelity')).toEqual([])
  } finally {
    await browser.close()
  }
}, 240_000)
