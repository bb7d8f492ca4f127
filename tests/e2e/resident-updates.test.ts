import type { Browser, Page } from 'playwright-core'

import { demoUsers } from '@stodportalen/seed'
import { afterAll, beforeAll, expect, inject, test } from 'vitest'

import { accessibilityViolations, answerStep, launchBrowser, phonePage } from '../support/browser'
import { login } from '../support/cms'
import { ipsFormAnswers } from '../support/referralForm'

/**
 * Updates to the resident, chosen in the form: each chosen channel needs its contact detail, the
 * refusal says so in the resident's language on the step of the choice and keeps what they ticked.
 */

const siteUrl = () => inject('system').siteUrl!
const cmsUrl = () => inject('system').cmsUrl
const answers = { ...ipsFormAnswers, name: 'Besked Webbsson', statusUpdates: ['email', 'sms'] }

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

const continueButton = (page: Page) => page.locator('button[name="_action"][value="continue"]')
const sendButton = (page: Page) => page.locator('button[name="_action"][value="submit"]')
const main = (page: Page) => page.locator('main').innerText()
const choice = (page: Page, channel: string) =>
  page.locator(`[name="statusUpdates"][value="${channel}"]`)

test('a resident asks for SMS updates in English; e-mail without an address is explained first', async () => {
  const page = await phonePage(browser)
  const startedAt = Date.now()
  await page.goto(new URL('/en/stod/ips/anmalan', siteUrl()).href)
  await page.waitForSelector('astro-island:not([ssr])', { state: 'attached' })
  for (let step = 0; step < 12 && (await choice(page, 'sms').count()) === 0; step++) {
    await answerStep(page, answers)
    await continueButton(page).click()
    await page.waitForLoadState()
  }
  // Off by default.
  expect(await choice(page, 'email').isChecked()).toBe(false)
  expect(await choice(page, 'sms').isChecked()).toBe(false)
  await answerStep(page, answers)
  await continueButton(page).click()
  await expect
    .poll(() => page.locator('.error-summary').innerText())
    .toContain('You chose to be told by email but have not entered an email address.')
  expect(await choice(page, 'email').isChecked(), 'the choice was not kept').toBe(true)
  expect(await choice(page, 'sms').isChecked(), 'the choice was not kept').toBe(true)
  expect(await accessibilityViolations(page, 'main')).toEqual([])

  await choice(page, 'email').uncheck()
  for (let step = 0; step < 12 && (await sendButton(page).count()) === 0; step++) {
    await continueButton(page).click()
    await page.waitForLoadState()
    await answerStep(page, { ...answers, statusUpdates: [] })
  }
  expect(await main(page)).toContain('Yes, by text message') // on the check page
  await page.waitForTimeout(Math.max(0, 5500 - (Date.now() - startedAt))) // like a person
  await sendButton(page).click()
  await page
    .locator('.reference')
    .waitFor({ timeout: 30_000 })
    .catch(async () => {
      throw new Error(`No reference after sending; the page says:\n${await main(page)}`)
    })
  const reference = (await page.locator('.reference').innerText()).trim()

  const intake = demoUsers.find((u) => u.email === 'intag.ips@stodportalen.example')!
  const response = await fetch(
    `${cmsUrl()}/api/referrals?where[reference][equals]=${encodeURIComponent(reference)}&depth=0`,
    { headers: await login(intake.email, intake.password) },
  )
  const [referral] = ((await response.json()) as { docs: Record<string, any>[] }).docs
  expect(referral.applicant.statusUpdates).toEqual(['sms'])
  expect(referral.locale).toBe('en')
  await page.context().close()
})
