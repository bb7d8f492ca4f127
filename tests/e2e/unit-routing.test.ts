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

describe.each([
  { javaScript: true, label: 'with JavaScript' },
  { javaScript: false, label: 'without JavaScript' },
])('a resident of Göteborg, split between three units by district, $label', ({ javaScript }) => {
  let page: Page

  beforeAll(async () => {
    page = await phonePage(browser, { javaScript })
  })

  afterAll(async () => {
    await page?.context().close()
  })

  const units = [
    'Arbetsmarknadsenheten Göteborg Nordost',
    'Arbetsmarknadsenheten Göteborg Hisingen',
    'Arbetsmarknadsenheten Göteborg Centrum Sydväst',
  ]
  const unitHeadings = () => page.locator('main section.unit h2').allInnerTexts()
  const district = () => page.getByLabel('Vilken stadsdel bor du i?')

  test('is asked the district after the municipality, with every district the units name', async () => {
    await page.goto(url('/hitta-stod'))
    await page.getByLabel('Kommunen där du bor').selectOption('1480')
    await submit(page, 'form.find-form button[type="submit"]')
    expect(new URL(page.url()).search).toBe('?kommun=1480')
    expect(await page.locator('h1').innerText()).toBe('Stöd för dig som bor i Göteborg')
    expect(await main(page)).toContain(
      'I Göteborg finns flera enheter. Vilken enhet som hjälper dig beror på stadsdelen där du bor.',
    )
    expect(await district().locator('option').allInnerTexts()).toEqual([
      'Välj stadsdel',
      'Angered',
      'Askim-Frölunda-Högsbo',
      'Centrum',
      'Lundby',
      'Majorna-Linné',
      'Norra Hisingen',
      'Västra Göteborg',
      'Västra Hisingen',
      'Örgryte-Härlanda',
      'Östra Göteborg',
      'Vet inte / annan',
    ])
    expect(await unitHeadings(), 'no unit before the district is known').toEqual([])
    expect(await page.locator('select#kommun').inputValue()).toBe('1480')
    expect(await violations(page, javaScript)).toEqual([])
  })

  test('is asked again, plainly, when sending without a district', async () => {
    await submit(page, 'form.district-form button[type="submit"]')
    expect(new URL(page.url()).search).toBe('?kommun=1480&stadsdel=')
    expect(await page.locator('.check-error-summary').innerText()).toContain(
      'Välj stadsdelen där du bor. Om du inte vet, välj Vet inte / annan.',
    )
    expect(await page.title()).toMatch(/^Fel: /)
    expect(await page.locator('select#stadsdel[aria-invalid="true"]').count()).toBe(1)
    expect(await unitHeadings()).toEqual([])
    expect(await violations(page, javaScript)).toEqual([])
  })

  test('is routed to the one unit serving their district, with its contact', async () => {
    await district().selectOption('Lundby')
    await submit(page, 'form.district-form button[type="submit"]')
    expect(new URL(page.url()).search).toBe('?kommun=1480&stadsdel=Lundby')
    expect(await page.locator('h1').innerText()).toBe('Stöd för dig som bor i Lundby i Göteborg')
    expect(await unitHeadings()).toEqual(['Arbetsmarknadsenheten Göteborg Hisingen'])
    const text = await main(page)
    expect(text).toContain('031-390 06 82')
    expect(text).toContain('ips-hisingen@goteborg.example')
    expect(text).toContain('Telefontid måndag–torsdag kl. 10–12.')
    expect(await page.locator('main a[href="tel:0313900682"]').count()).toBe(1)
    expect(await page.locator('.check-error-summary').count()).toBe(0)
    // Both answers stay chosen, to change either.
    expect(await page.locator('select#kommun').inputValue()).toBe('1480')
    expect(await district().inputValue()).toBe('Lundby')
    expect(await violations(page, javaScript)).toEqual([])
  })

  test('who does not know the district sees every unit in Göteborg with its contact', async () => {
    await district().selectOption({ label: 'Vet inte / annan' })
    await submit(page, 'form.district-form button[type="submit"]')
    expect(new URL(page.url()).search).toBe('?kommun=1480&stadsdel=other')
    expect(await page.locator('h1').innerText()).toBe('Stöd för dig som bor i Göteborg')
    expect(await unitHeadings()).toEqual(units)
    const text = await main(page)
    expect(text).toContain('Här är alla enheter i Göteborg. Ring eller skriv till någon av dem.')
    for (const phone of ['031-390 06 81', '031-390 06 82', '031-390 06 83'])
      expect(text, phone).toContain(phone)
    expect(text).toContain('Gäller dig som bor i Angered, Östra Göteborg eller Örgryte-Härlanda.')
    expect(await district().inputValue()).toBe('other')
    expect(await violations(page, javaScript)).toEqual([])
  })

  test('changing the municipality drops the district question', async () => {
    await page.getByLabel('Kommunen där du bor').selectOption('0381')
    await submit(page, 'form.find-form button[type="submit"]')
    expect(new URL(page.url()).search).toBe('?kommun=0381')
    expect(await page.locator('select#stadsdel').count()).toBe(0)
    expect(await unitHeadings()).toEqual(['Samordningsförbundet Enköping–Håbo'])
  })

  const checkUnits = () => page.locator('section.resident-units')
  const phones = ['031-390 06 81', '031-390 06 82', '031-390 06 83']

  test('the check asks the district in its result, and routes to the one unit serving it', async () => {
    await page.goto(url('/passar-det-mig'))
    await submit(page, 'button.check-start')
    for (let step = 0; step < 12; step++) {
      if ((await page.locator('button[name="action"][value="skip"]').count()) === 0) break
      if ((await page.locator('select[name="municipality"]').count()) === 0) {
        await submit(page, 'button[name="action"][value="skip"]')
        continue
      }
      await page.getByLabel('Kommunen där du bor').selectOption('1480')
      await submit(page, 'button[name="action"][value="continue"]')
    }
    expect(await page.locator('h1').innerText()).toBe('Stöd som kan passa dig')
    const before = await checkUnits().innerText()
    expect(before).toContain(
      'I Göteborg finns flera enheter. Vilken enhet som hjälper dig beror på stadsdelen där du bor.',
    )
    expect(await district().locator('option').count()).toBe(12) // "choose", ten districts, "don't know"
    for (const phone of phones)
      expect(before, `no unit before the district: ${phone}`).not.toContain(phone)
    expect(await violations(page, javaScript)).toEqual([])

    // Sending without a choice asks again, plainly; the answers so far are kept.
    await submit(page, 'section.resident-units form.district-form button[type="submit"]')
    expect(await page.locator('.check-error-summary').innerText()).toContain(
      'Välj stadsdelen där du bor. Om du inte vet, välj Vet inte / annan.',
    )
    expect(await page.title()).toMatch(/^Fel: /)
    expect(await page.locator('select#stadsdel[aria-invalid="true"]').count()).toBe(1)
    expect(await violations(page, javaScript)).toEqual([])

    await district().selectOption('Lundby')
    await submit(page, 'section.resident-units form.district-form button[type="submit"]')
    expect(new URL(page.url()).search, 'the answers never go into the address').toBe('')
    expect(await page.locator('.check-error-summary').count()).toBe(0)
    const text = await checkUnits().innerText()
    expect(text).toContain(
      'I Lundby i Göteborg ges stödet av Arbetsmarknadsenheten Göteborg Hisingen.',
    )
    expect(text).toContain('031-390 06 82')
    expect(text).toContain('ips-hisingen@goteborg.example')
    for (const phone of ['031-390 06 81', '031-390 06 83'])
      expect(text, `only the unit serving Lundby: ${phone}`).not.toContain(phone)
    expect(await district().inputValue()).toBe('Lundby')
    expect(await violations(page, javaScript)).toEqual([])

    await district().selectOption({ label: 'Vet inte / annan' })
    await submit(page, 'section.resident-units form.district-form button[type="submit"]')
    const all = await checkUnits().innerText()
    expect(all).toContain('Här är alla enheter i Göteborg. Ring eller skriv till någon av dem.')
    for (const phone of phones) expect(all, phone).toContain(phone)
    expect(await district().inputValue()).toBe('other')
  })
})

describe('the district question', () => {
  test('reads in every site language, right to left in Arabic', async () => {
    const page = await phonePage(browser, { javaScript: false })
    for (const [prefix, label, other] of [
      ['', 'Vilken stadsdel bor du i?', 'Vet inte / annan'],
      ['/lattlast', 'Vilken stadsdel bor du i?', 'Vet inte / annan'],
      ['/en', 'Which district do you live in?', 'Don’t know / another'],
      ['/ar', 'في أي حيّ تسكن؟', 'لا أعرف / حيّ آخر'],
      ['/fi', 'Millä asuinalueella asut?', 'En tiedä / muu'],
    ]) {
      const response = await page.goto(url(`${prefix}/hitta-stod?kommun=1480`))
      expect(response?.status(), prefix).toBe(200)
      const select = page.getByLabel(label)
      expect(await select.count(), prefix).toBe(1)
      expect(await select.locator('option').last().innerText(), prefix).toBe(other)
      const dir = await page.evaluate(() => document.documentElement.dir)
      expect(dir, prefix).toBe(prefix === '/ar' ? 'rtl' : 'ltr')
      expect(await violations(page, false), prefix).toEqual([])
    }
    await page.context().close()
  })

  test("is asked in the check's result in every site language, and names the unit serving it", async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    const origin = new URL(siteUrl()).origin
    for (const [prefix, label, routed] of [
      ['', 'Vilken stadsdel bor du i?', 'I Lundby i Göteborg ges stödet av'],
      ['/lattlast', 'Vilken stadsdel bor du i?', 'Du bor i Lundby i Göteborg. Där får du stöd av'],
      ['/en', 'Which district do you live in?', 'In Lundby, Göteborg, the support is given by'],
      ['/ar', 'في أي حيّ تسكن؟', 'في Lundby، Göteborg، يقدّم الدعم'],
      ['/fi', 'Millä asuinalueella asut?', 'Asuinalueella Lundby (Göteborg) tukea antaa'],
    ]) {
      // The result page as the check's own form posts it, with the district chosen.
      const response = await page.request.post(url(`${prefix}/passar-det-mig`), {
        form: { step: 'result', municipality: '1480', stadsdel: 'Lundby' },
        headers: { origin },
      })
      expect(response.status(), prefix).toBe(200)
      await page.setContent(await response.text())
      expect(await page.getByLabel(label).inputValue(), prefix).toBe('Lundby')
      const text = await page.locator('section.resident-units').innerText()
      expect(text, prefix).toContain(`${routed} Arbetsmarknadsenheten Göteborg Hisingen.`)
      expect(await accessibilityViolations(page, 'main'), prefix).toEqual([])
    }
    await context.close()
  })

  test('an unknown district gets a clear message and keeps the form, never a server error', async () => {
    const page = await phonePage(browser, { javaScript: false })
    for (const district of ['Kungsholmen', '%3Cscript%3E', 'Lundby%2CCentrum']) {
      const response = await page.goto(url(`/hitta-stod?kommun=1480&stadsdel=${district}`))
      expect(response?.status(), district).toBe(200)
      expect(await page.locator('.check-error-summary').innerText(), district).toContain(
        'Vi känner inte igen stadsdelen.',
      )
      expect(await page.locator('main section.unit').count(), district).toBe(0)
    }
    expect(await violations(page, false)).toEqual([])
    await page.context().close()
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
