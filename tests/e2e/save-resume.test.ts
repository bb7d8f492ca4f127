import type { Browser, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'

import { accessibilityViolations, answerStep, launchBrowser, phonePage } from '../support/browser'
import { ipsFormAnswers } from '../support/referralForm'

/**
 * Save and continue later: the answers stay on the resident's device (localStorage) until sent,
 * forgotten on request or after seven days; a language switch keeps them, with and without JavaScript.
 */

const siteUrl = () => inject('system').siteUrl!
const formUrl = (locale = '') => new URL(`${locale}/stod/ips/anmalan`, siteUrl()).href
const answers = { ...ipsFormAnswers, name: 'Spara Fortsätt' }
const storedPrefix = 'stodportalen:anmalan:ips:'

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

const main = (page: Page) => page.locator('main').innerText()
const continueButton = (page: Page) => page.locator('button[name="_action"][value="continue"]')
const sendButton = (page: Page) => page.locator('button[name="_action"][value="submit"]')
const saveButton = (page: Page) => page.getByRole('button', { name: 'Spara och fortsätt senare' })
const status = (page: Page) => page.locator('.save-answers [role="status"]')
const heading = (page: Page) => page.locator('main h1').innerText()

/** What this device holds for the IPS form: the raw localStorage entry, or null. */
const stored = (page: Page) =>
  page.evaluate((prefix) => {
    const key = Object.keys(localStorage).find((k) => k.startsWith(prefix))
    return key ? localStorage.getItem(key) : null
  }, storedPrefix)

/** Opens the form and waits for the island: the save button exists only where scripts run. */
const openForm = async (page: Page, locale = '') => {
  await page.goto(formUrl(locale))
  await saveButton(page)
    .or(page.getByRole('button', { name: 'Save and continue later' }))
    .waitFor()
}

/** Answers this step and moves on, waiting for the next step's heading. */
const nextStep = async (page: Page) => {
  const before = await heading(page)
  await answerStep(page, answers)
  await continueButton(page).click()
  await expect
    .poll(() => heading(page))
    .not.toBe(before)
    .catch(async () => {
      throw new Error(`Continue stayed on "${before}"; the page says:\n${await main(page)}`)
    })
}

describe('save and continue later, with JavaScript', () => {
  test('fill two steps, save, leave, come back, continue and send; the sent answers are forgotten', async () => {
    const page = await phonePage(browser)
    await page.setViewportSize({ width: 320, height: 740 })
    await openForm(page)
    await nextStep(page)
    await answerStep(page, answers)
    const secondStep = await heading(page)
    await saveButton(page).click()
    await expect.poll(() => status(page).innerText()).toContain('Dina svar är sparade')
    expect(JSON.parse((await stored(page))!)).toMatchObject({ raw: { name: ['Spara Fortsätt'] } })
    expect(await accessibilityViolations(page, 'main')).toEqual([])
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth)
    expect(overflow, 'the form scrolls sideways at 320 px').toBeLessThanOrEqual(320)

    await page.goto(new URL('/', siteUrl()).href)
    await openForm(page)
    await expect.poll(() => main(page)).toContain('Du har sparade svar')
    expect(await accessibilityViolations(page, 'main')).toEqual([])
    await page.getByRole('button', { name: 'Fortsätt där du var' }).click()
    await expect.poll(() => heading(page)).toBe(secondStep)
    expect(await status(page).innerText()).toContain('Dina sparade svar är ifyllda')

    const startedAt = Date.now()
    for (let step = 0; step < 12 && (await sendButton(page).count()) === 0; step++)
      await nextStep(page)
    expect(await main(page)).toContain('Spara Fortsätt') // the name from step one, on the check page
    await page.waitForTimeout(Math.max(0, 5500 - (Date.now() - startedAt)))
    await sendButton(page).click()
    await page
      .locator('.reference')
      .waitFor({ timeout: 30_000 })
      .catch(async () => {
        throw new Error(`No reference after sending; the page says:\n${await main(page)}`)
      })
    await expect.poll(() => stored(page)).toBeNull()
    await openForm(page)
    expect(await main(page)).not.toContain('Du har sparade svar')
    await page.context().close()
  })

  test('"Glöm mina svar" removes the saved answers from the device', async () => {
    const page = await phonePage(browser)
    await openForm(page)
    await answerStep(page, answers)
    await saveButton(page).click()
    expect(await stored(page)).not.toBeNull()
    await page.getByRole('button', { name: 'Glöm mina svar' }).click()
    await expect.poll(() => status(page).innerText()).toContain('borttagna')
    expect(await stored(page)).toBeNull()
    await openForm(page)
    expect(await main(page)).not.toContain('Du har sparade svar')
    await page.context().close()
  })

  test('answers saved more than seven days ago are not offered, and are removed', async () => {
    const page = await phonePage(browser)
    await openForm(page)
    await answerStep(page, answers)
    await saveButton(page).click()
    await page.evaluate((prefix) => {
      const key = Object.keys(localStorage).find((k) => k.startsWith(prefix))!
      const entry = JSON.parse(localStorage.getItem(key)!)
      entry.savedAt -= 8 * 24 * 60 * 60 * 1000
      localStorage.setItem(key, JSON.stringify(entry))
    }, storedPrefix)
    await openForm(page)
    await expect.poll(() => stored(page)).toBeNull()
    expect(await main(page)).not.toContain('Du har sparade svar')
    await page.context().close()
  })

  test('the language links carry the answers to the form in the other language', async () => {
    const page = await phonePage(browser)
    await openForm(page)
    await nextStep(page)
    await answerStep(page, answers) // the name, on the second step
    await page.locator('.languages a[hreflang="en"]').click()
    await page.waitForURL(formUrl('en'))
    await page.getByRole('button', { name: 'Save and continue later' }).waitFor()
    await expect.poll(() => status(page).innerText()).toContain('Your answers are still here')
    expect(await page.locator('[name="name"]:visible').inputValue()).toBe('Spara Fortsätt')
    await page.getByRole('button', { name: 'Back' }).click()
    await expect
      .poll(() => page.locator('[name="referrerKind"][value="self"]').isChecked())
      .toBe(true)
    expect(await stored(page), 'a language switch saved on the device').toBeNull()
    await page.context().close()
  })
})

test('without JavaScript the form says it is filled in one go, and a language button keeps the answers', async () => {
  const page = await phonePage(browser, { javaScript: false })
  await page.goto(formUrl())
  expect(await main(page)).toContain('Formuläret fylls i på en gång')
  expect(await saveButton(page).count()).toBe(0)
  await answerStep(page, answers) // who fills in
  await continueButton(page).click()
  await page.waitForLoadState()
  await answerStep(page, answers) // the name, on the second step
  await page.locator('form.referral button[lang="en"]').click()
  await page.waitForLoadState()
  expect(page.url()).toBe(formUrl('en'))
  expect(await page.locator('[name="name"]:visible').inputValue(), await main(page)).toBe(
    'Spara Fortsätt',
  )
  expect(await page.locator('input[type="hidden"][name="referrerKind"]').inputValue()).toBe('self')
  expect(await main(page)).toContain('The form is filled in in one go')
  expect(await main(page)).not.toMatch(/problem/i) // moved language, not a step: nothing checked
  await page.context().close()
})
