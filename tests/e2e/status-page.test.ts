import type { Browser, Page } from 'playwright-core'

import { demoUsers, outreachActivities } from '@stodportalen/seed'
import { simpleParser } from 'mailparser'
import { randomUUID } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import http from 'node:http'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'

import { accessibilityViolations, launchBrowser, phonePage } from '../support/browser'
import { login } from '../support/cms'
import { ipsFormAnswers, postForm, referenceOnPage, sendFields } from '../support/referralForm'

const siteUrl = () => inject('system').siteUrl!
const cmsUrl = () => inject('system').cmsUrl

let browser: Browser
let staff: Record<string, string>
/** The resident of this file: a referral sent without JavaScript, with an e-mail address. */
const email = `status-${randomUUID().slice(0, 8)}@example.se`
let reference: string
let link: string
let referralId: number

beforeAll(async () => {
  browser = await launchBrowser()
  const admin = demoUsers.find((u) => u.role === 'admin')!
  staff = { ...(await login(admin.email, admin.password)), 'content-type': 'application/json' }
  const answers = { ...ipsFormAnswers, name: 'Status Testsson', email }
  const sent = await postForm(siteUrl(), '/stod/ips/anmalan', sendFields(answers, randomUUID()))
  const html = await sent.text()
  reference = referenceOnPage(html)!
  expect(reference, html).toBeTruthy()
  // The confirmation page shows the private link.
  link = /href="(https?:\/\/[^"]+\/min-anmalan\/[A-Za-z0-9_-]{43})"/.exec(html)?.[1] ?? ''
  expect(link, 'no status link on the confirmation page').not.toBe('')
  const found = await fetch(
    `${cmsUrl()}/api/referrals?where[reference][equals]=${reference}&depth=0`,
    { headers: staff },
  )
  referralId = ((await found.json()) as { docs: { id: number }[] }).docs[0].id
}, 120_000)

afterAll(async () => {
  await browser?.close()
})

/** The page's address on the site under test (the link names the site's public address). */
const local = (url: string) => new URL(new URL(url).pathname, siteUrl()).href

/** axe runs in the page, so it checks the HTML a browser without JavaScript got in a context that runs scripts. */
const violationsWithoutJavaScript = async (page: Page) => {
  const context = await browser.newContext()
  const copy = await context.newPage()
  await copy.setContent(await page.content())
  const violations = await accessibilityViolations(copy)
  await context.close()
  return violations
}

const main = (page: Page) => page.locator('main').innerText()
const submitIn = async (page: Page, form: string) => {
  await page.locator(`${form} button[type="submit"]`).click()
  await page.waitForLoadState()
}
const staffMove = async (data: Record<string, unknown>) => {
  const response = await fetch(`${cmsUrl()}/api/referrals/${referralId}`, {
    method: 'PATCH',
    headers: staff,
    body: JSON.stringify(data),
  })
  expect(response.status, await response.text()).toBe(200)
}
const history = async () =>
  (
    (await (
      await fetch(
        `${cmsUrl()}/api/referral-events?where[referral][equals]=${referralId}&sort=at&depth=0&limit=100`,
        { headers: staff },
      )
    ).json()) as { docs: Array<{ type: string; toStatus?: string; note?: string }> }
  ).docs

/** The page as it goes over the wire to a phone: compressed bytes, and the headers. */
const overTheWire = (url: string) =>
  new Promise<{ bytes: number; headers: http.IncomingHttpHeaders; status: number }>(
    (resolve, reject) => {
      http
        .get(url, { headers: { 'accept-encoding': 'br, gzip' } }, (response) => {
          let bytes = 0
          response.on('data', (chunk: Buffer) => (bytes += chunk.length))
          response.on('end', () =>
            resolve({ bytes, headers: response.headers, status: response.statusCode ?? 0 }),
          )
        })
        .on('error', reject)
    },
  )

describe('the status page without JavaScript', () => {
  test('is private, light and clean: no-store, no-referrer, noindex, no script, at most 20 KB', async () => {
    const wire = await overTheWire(local(link))
    expect(wire.status).toBe(200)
    expect(wire.headers).toMatchObject({
      'cache-control': 'no-store',
      'referrer-policy': 'no-referrer',
      'x-robots-tag': 'noindex, nofollow',
    })
    console.log(
      `Status page over the wire: ${wire.bytes} bytes (${wire.headers['content-encoding'] ?? 'uncompressed'})`,
    )
    expect(wire.bytes).toBeLessThanOrEqual(20 * 1024)

    const page = await phonePage(browser, { javaScript: false })
    await page.goto(local(link))
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe(
      'noindex, nofollow',
    )
    expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0)
    const text = await main(page)
    expect(text).toContain(reference)
    expect(text).toContain('Vi har tagit emot din anmälan.')
    expect(text).not.toContain('Status Testsson')
    expect(await violationsWithoutJavaScript(page)).toEqual([])
    await page.context().close()
  })

  test('says in plain words where things stand after each staff move', async () => {
    const page = await phonePage(browser, { javaScript: false })
    const shows = async (words: string) => {
      await page.goto(local(link))
      expect(await main(page)).toContain(words)
    }
    await staffMove({ status: 'screened' })
    await shows('Vi tittar på din anmälan nu.')
    await staffMove({ status: 'waiting' })
    await shows('Du står i kö till stödet.')
    expect(await main(page)).toMatch(/personer står före dig i kön/)
    expect(await violationsWithoutJavaScript(page)).toEqual([])
    await page.context().close()
  })

  test('a phone change is refused in Swedish keeping what was typed, then saved, and staff see it in the history', async () => {
    const page = await phonePage(browser, { javaScript: false })
    await page.goto(local(link))
    await page.locator('#field-phone').fill('12')
    await submitIn(page, 'form:has(input[value="contact"])')
    expect(await main(page)).toContain('Skriv ett telefonnummer med 7–15 siffror')
    expect(await page.locator('#field-phone').inputValue()).toBe('12')
    expect(await page.locator('#field-phone').getAttribute('aria-invalid')).toBe('true')
    expect(await violationsWithoutJavaScript(page)).toEqual([])

    await page.locator('#field-phone').fill('070-111 22 33')
    await submitIn(page, 'form:has(input[value="contact"])')
    expect(new URL(page.url()).searchParams.get('klart')).toBe('updated')
    expect(await main(page)).toContain('Tack! Vi har sparat dina ändringar.')
    expect((await history()).at(-1)).toMatchObject({
      type: 'applicantUpdate',
      note: 'Ändrade via statussidan: telefonnummer.',
    })
    await page.context().close()
  })
})

describe('the status page with JavaScript', () => {
  test('asks to be contacted (the queue shows it), and withdraws; a second withdrawal is explained', async () => {
    const page = await phonePage(browser, { javaScript: true })
    const stale = await phonePage(browser, { javaScript: true })
    await page.goto(local(link))
    await stale.goto(local(link))
    expect(await accessibilityViolations(page)).toEqual([])

    await submitIn(page, 'form:has(input[value="call"])')
    expect(await main(page)).toContain('Vi vet att du vill att vi hör av oss.')
    const queue = await fetch(
      `${cmsUrl()}/api/referrals/queue?flags=contactRequested&status=open`,
      { headers: staff },
    )
    expect(JSON.stringify(await queue.json())).toContain(reference)

    await page.locator('#field-reason').fill('Jag har fått jobb.')
    await submitIn(page, 'form:has(input[value="withdraw"])')
    expect(await main(page)).toContain('Du har tagit tillbaka din anmälan.')
    expect((await history()).at(-1)).toMatchObject({ type: 'statusChange', toStatus: 'withdrawn' })
    expect(await accessibilityViolations(page)).toEqual([])

    // The other tab still shows the form: withdrawing again is explained, not an error.
    await submitIn(stale, 'form:has(input[value="withdraw"])')
    expect(await main(stale)).toContain('Din anmälan är redan avslutad')
    await page.context().close()
    await stale.context().close()
  })
})

describe('links that do not work, and a lost link', () => {
  test('a wrong or guessed token answers exactly like an unknown path', async () => {
    // The not-found page names the path it was asked for, and nothing else differs.
    const notFound = async (path: string) => {
      const response = await fetch(new URL(path, siteUrl()))
      return { status: response.status, page: (await response.text()).replaceAll(path, '<path>') }
    }
    const guessed = await notFound(`/min-anmalan/${'A'.repeat(43)}`)
    expect(guessed.status).toBe(404)
    expect(await notFound('/finns-inte-alls')).toEqual(guessed)
    expect(await notFound('/en/min-anmalan/kort')).toEqual(guessed)
  })

  test('the lost-link form answers the same either way, and the stored e-mail gets a new link', async () => {
    const page = await phonePage(browser, { javaScript: false })
    const ask = async (contact: string) => {
      await page.goto(new URL('/min-anmalan/', siteUrl()).href)
      await page.locator('#field-reference').fill(reference)
      await page.locator('#field-contact').fill(contact)
      await submitIn(page, 'form')
      return main(page)
    }
    const miss = await ask('nagon-annan@example.se')
    const hit = await ask(email)
    expect(hit).toBe(miss)
    expect(hit).toContain('Om uppgifterna stämmer')
    expect(await violationsWithoutJavaScript(page)).toEqual([])
    await page.context().close()

    const dir = inject('system').mailDir
    const mailWithLink = async () => {
      const files = (await readdir(dir).catch(() => [] as string[])).filter((f) =>
        f.endsWith('.eml'),
      )
      const mails = await Promise.all(
        files.map(async (f) => simpleParser(await readFile(path.join(dir, f)))),
      )
      return mails.find((m) => m.subject === `Länken till din anmälan ${reference}`)
    }
    await expect.poll(mailWithLink, { timeout: 20_000 }).toBeTruthy()
    const mail = (await mailWithLink())!
    expect(mail.text).not.toContain('Status Testsson')
    const fresh = /https?:\/\/\S+\/min-anmalan\/[A-Za-z0-9_-]{43}/.exec(mail.text ?? '')![0]
    const opened = await fetch(local(fresh))
    expect(opened.status).toBe(200)
    // The old link has stopped working.
    expect((await fetch(local(link))).status).toBe(404)
    link = fresh
  })

  test('the page reads in Arabic, right to left, axe clean', async () => {
    const page = await phonePage(browser, { javaScript: false })
    await page.goto(new URL(`/ar${new URL(link).pathname}`, siteUrl()).href)
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl')
    expect(await main(page)).toContain('لقد سحبت طلبك.')
    expect(await violationsWithoutJavaScript(page)).toEqual([])
    await page.context().close()
  })
})

test('a paused service’s form page says so, with alternatives and the contact, instead of a 404', async () => {
  const { docs } = (await (
    await fetch(`${cmsUrl()}/api/services?where[slug][equals]=se&depth=0`, { headers: staff })
  ).json()) as { docs: { id: number }[] }
  const setStatus = (status: string) =>
    fetch(`${cmsUrl()}/api/services/${docs[0].id}`, {
      method: 'PATCH',
      headers: staff,
      body: JSON.stringify({ status }),
    })
  const formPage = new URL('/stod/se/anmalan', siteUrl())
  const waitFor = async (test: (r: { status: number; html: string }) => boolean) => {
    const deadline = Date.now() + 90_000
    for (;;) {
      // The site restarts on its rebuild: a refused connection is a moment to wait, like a 404.
      const answer = await fetch(formPage).then(
        async (response) => ({ status: response.status, html: await response.text() }),
        () => ({ status: 0, html: '' }),
      )
      if (test(answer)) return answer
      if (Date.now() > deadline) throw new Error(`The site did not change: ${answer.status}`)
      await new Promise((resolve) => setTimeout(resolve, 1000))
    }
  }
  expect((await setStatus('paused')).status).toBe(200)
  try {
    const heading = '<h1>Just nu tar vi inte emot anmälningar</h1>'
    const paused = await waitFor((a) => a.html.includes(heading))
    expect(paused.status).toBe(200)
    expect(paused.html).toContain('href="/stod/ips"')
    expect(paused.html).toContain('href="/passar-det-mig"')
    // Opened from a campaign link, the alternatives carry its code, as every link of the form does.
    const { code } = outreachActivities[0]
    const withCode = new URL(`/stod/se/anmalan?k=${code}`, siteUrl())
    const campaignHtml = await (await fetch(withCode)).text()
    expect(campaignHtml).toContain(`href="/stod/ips/kampanj?k=${code}"`)
    expect(campaignHtml).toContain(`href="/passar-det-mig?k=${code}"`)
    expect(campaignHtml).not.toContain('href="/stod/ips"')
    const page = await phonePage(browser, { javaScript: false })
    await page.goto(formPage.href)
    expect(await violationsWithoutJavaScript(page)).toEqual([])
    await page.context().close()
  } finally {
    await setStatus('open')
    await waitFor((a) => a.status === 200 && !a.html.includes('<h1>Just nu tar vi'))
  }
}, 200_000)
