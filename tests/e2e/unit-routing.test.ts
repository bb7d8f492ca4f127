import type { Browser, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'

import { accessibilityViolations, answerStep, launchBrowser, phonePage } from '../support/browser'
import { ipsFormAnswers } from '../support/referralForm'

const siteUrl = () => inject('system').siteUrl!
const url = (path: string) => new URL(path, siteUrl()).href

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

const main = (page: Page) => page.locator('main').innerText()

/** axe runs in the page: a page opened without JavaScript is checked as a copy in a context that runs scripts. */
const violations = async (page: Page, javaScript: boolean) => {
  if (javaScript) return accessibilityViolations(page, 'main')
  const context = await browser.newContext()
  const copy = await context.newPage()
  await copy.setContent(await page.content())
  const found = await accessibilityViolations(copy, 'main')
  await context.close()
  return found
}

const submit = async (page: Page, selector: string) => {
  await page.locator(selector).click()
  await page.waitForLoadState()
}

describe.each([
  { javaScript: true, label: 'with JavaScript' },
  { javaScript: false, label: 'without JavaScript' },
])('a resident of Enköping on a phone, $label', ({ javaScript }) => {
  let page: Page

  beforeAll(async () => {
    page = await phonePage(browser, { javaScript })
  })

  afterAll(async () => {
    await page?.context().close()
  })

  test('finds the Enköping–Håbo unit from the home page, with its contact and open service', async () => {
    await page.goto(url('/'))
    await submit(page, 'main a[href="/hitta-stod"]')
    expect(await page.locator('h1').innerText()).toBe('Hitta stöd där du bor')
    expect(await violations(page, javaScript)).toEqual([])

    await page.getByLabel('Kommunen där du bor').selectOption('0381')
    await submit(page, 'form.find-form button[type="submit"]')
    expect(new URL(page.url()).search).toBe('?kommun=0381')
    const text = await main(page)
    expect(await page.locator('h1').innerText()).toBe('Stöd för dig som bor i Enköping')
    expect(text).toContain('Samordningsförbundet Enköping–Håbo')
    expect(text).toContain('031-390 06 40')
    expect(text).toContain('Telefontid tisdag och torsdag kl. 9–12.')
    expect(text).toContain('Väntetid just nu')
    expect(text, 'Uppsala’s unit does not serve Enköping').not.toContain(
      'Arbetsmarknadsförvaltningen',
    )
    expect(await page.locator('a[href="/stod/ips-enkoping-habo"]').count()).toBe(1)
    expect(await page.locator('a[href="/stod/ips-enkoping-habo/anmalan"]').count()).toBe(1)
    expect(await page.locator('a[href="/stod/ips"]').count()).toBe(0)
    // The answer stays chosen, to change it.
    expect(await page.locator('select#kommun').inputValue()).toBe('0381')
    expect(await violations(page, javaScript)).toEqual([])
  })

  test('the service page names its unit and area', async () => {
    await submit(page, 'a[href="/stod/ips-enkoping-habo"]')
    expect(await main(page)).toContain(
      'För dig som bor i Enköping eller Håbo. Stödet ges av Samordningsförbundet Enköping–Håbo.',
    )
  })

  test('the check asks the municipality from a list and names the unit that serves it', async () => {
    await page.goto(url('/passar-det-mig'))
    expect(
      await page.locator('main a[href="/hitta-stod"]').count(),
      'the start links the find page',
    ).toBe(1)
    await submit(page, 'button.check-start')
    for (let step = 0; step < 12; step++) {
      const skip = page.locator('button[name="action"][value="skip"]')
      if ((await skip.count()) === 0) break
      const list = page.locator('select[name="municipality"]')
      if ((await list.count()) === 0) {
        await submit(page, 'button[name="action"][value="skip"]')
        continue
      }
      expect(await page.locator('input[name="municipality"]').count(), 'no radios').toBe(0)
      expect(await list.locator('option').count()).toBe(292) // "choose", 290 and "another"
      // Continuing without a choice asks for one, on the same page.
      await submit(page, 'button[name="action"][value="continue"]')
      expect(await main(page)).toContain('Välj kommunen där du bor. Om du inte vill svara')
      expect(await page.locator('.check-error-summary').count()).toBe(1)
      expect(await violations(page, javaScript)).toEqual([])
      await page.getByLabel('Kommunen där du bor').selectOption('0381')
      await submit(page, 'button[name="action"][value="continue"]')
    }
    const text = await main(page)
    expect(text).toContain('I Enköping ges stödet av Samordningsförbundet Enköping–Håbo.')
    expect(text).toContain('031-390 06 40')
    const uppsalaIps = page.locator('li.check-fit', { has: page.locator('#fit-ips') })
    expect(await uppsalaIps.innerText()).toContain(
      'Det här stödet är för dig som bor i Uppsala. Det gäller inte Enköping.',
    )
    const ours = page.locator('li.check-fit', { has: page.locator('#fit-ips-enkoping-habo') })
    expect(await ours.innerText()).not.toContain('Det gäller inte Enköping')
    expect(await ours.locator('a[href="/stod/ips-enkoping-habo/anmalan"]').count()).toBe(1)
    expect(await violations(page, javaScript)).toEqual([])
  })

  test('the referral form asks the municipality from a labelled list', async () => {
    await page.goto(url('/stod/ips-enkoping-habo/anmalan'))
    const { municipality: _, ...before } = ipsFormAnswers
    for (let step = 0; step < 12; step++) {
      if ((await page.locator('select[name="municipality"]').count()) > 0) break
      await answerStep(page, before)
      await submit(page, 'button[name="_action"][value="continue"]')
    }
    const list = page.getByLabel('Kommun', { exact: false }).and(page.locator('select'))
    expect(await list.count(), await main(page)).toBe(1)
    expect(await page.locator('input[name="municipality"]').count(), 'no radios').toBe(0)
    await list.selectOption('0381')
    expect(await list.inputValue()).toBe('0381')
  })
})

describe('a municipality no unit serves', () => {
  test('says so plainly and points to the alternatives, in Swedish and in Arabic', async () => {
    const page = await phonePage(browser, { javaScript: false })
    await page.goto(url('/hitta-stod'))
    await page.getByLabel('Kommunen där du bor').selectOption('0180')
    await submit(page, 'form.find-form button[type="submit"]')
    expect(await page.locator('h1').innerText()).toBe('Vi har inget stöd i Stockholm')
    for (const agency of ['arbetsformedlingen.se', 'forsakringskassan.se', '1177.se'])
      expect(await page.locator(`main a[href*="${agency}"]`).count(), agency).toBe(1)
    expect(await violations(page, false)).toEqual([])

    const response = await page.goto(url('/ar/hitta-stod?kommun=0180'))
    expect(response?.status()).toBe(200)
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl')
    expect(await page.locator('h1').innerText()).toContain('Stockholm')
    expect(await violations(page, false)).toEqual([])
    await page.context().close()
  })

  test('bad input gets a clear message and keeps the form, never a server error', async () => {
    const page = await phonePage(browser, { javaScript: false })
    for (const [query, message] of [
      ['?kommun=9999', 'Vi känner inte igen kommunen.'],
      ['?kommun=%3Cscript%3E', 'Vi känner inte igen kommunen.'],
      ['?kommun=', 'Välj kommunen där du bor.'],
    ]) {
      const response = await page.goto(url(`/hitta-stod${query}`))
      expect(response?.status(), query).toBe(200)
      expect(await page.locator('.check-error-summary').innerText(), query).toContain(message)
      expect(await page.locator('select#kommun[aria-invalid="true"]').count(), query).toBe(1)
    }
    expect(await violations(page, false)).toEqual([])
    await page.context().close()
  })
})
