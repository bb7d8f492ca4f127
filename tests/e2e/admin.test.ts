import { demoUsers } from '@stodportalen/seed'
import { expect, inject, test } from 'vitest'

import { launchBrowser } from '../support/browser'

const cmsUrl = () => inject('system').cmsUrl

test('an intake user signs in to the admin and sees the intake queue of their own services only', async () => {
  const intake = demoUsers.find((u) => u.role === 'intake' && (u.services as readonly string[]).includes('se'))!
  const browser = await launchBrowser()
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE' })).newPage()
  try {
    await page.goto(`${cmsUrl()}/admin/login`)
    await page.fill('input[name="email"]', intake.email)
    await page.fill('input[name="password"]', intake.password)
    await page.click('button[type="submit"]')
    await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 30_000 })

    await page.goto(`${cmsUrl()}/admin/collections/referrals?limit=100`)
    const rows = page.locator('table tbody tr')
    await expect.poll(() => rows.count(), { timeout: 30_000 }).toBeGreaterThan(0)
    // The service column fills in once the admin has loaded the related services' names.
    const rowTexts = async () => (await rows.allInnerTexts()).map((row) => row.replace(/\s+/g, ' '))
    await expect.poll(async () => (await rowTexts()).filter((row) => row.includes('Supported Employment')).length, { timeout: 30_000 }).toBeGreaterThan(0)
    expect((await rowTexts()).filter((row) => /Individuell placering|Stöd i studier/.test(row))).toEqual([])
  } finally {
    await browser.close()
  }
})
