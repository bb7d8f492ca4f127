import type { Browser, Page } from 'playwright-core'

import { demoUsers } from '@stodportalen/seed'
import { type ChildProcess, spawn } from 'node:child_process'
import { generateKeyPairSync, randomUUID } from 'node:crypto'
import { mkdtemp, readdir, readFile } from 'node:fs/promises'
import { type AddressInfo, createServer, type Server } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'

import { repoRoot } from '../../scripts/system/cms'
import { freePort, waitForHttp } from '../../scripts/system/ports'
import { resendWaitSeconds } from '../../site/src/lib/fillGuard'
import { putInOutbox } from '../../site/src/lib/outbox'
import { accessibilityViolations, answerStep, launchBrowser, phonePage } from '../support/browser'
import { login } from '../support/cms'
import { ipsFormAnswers, postForm, referenceOnPage, sendFields } from '../support/referralForm'

const siteUrl = () => inject('system').siteUrl!
const cmsUrl = () => inject('system').cmsUrl

/** A resident's self-referral to IPS, as typed into the form (synthetic data). */
const answers = { ...ipsFormAnswers, name: 'Webbtest Anmälan' }

let browser: Browser
let intakeAuth: Record<string, string>
let adminAuth: Record<string, string>

beforeAll(async () => {
  browser = await launchBrowser()
  const intake = demoUsers.find(
    (u) => u.role === 'intake' && (u.services as readonly string[]).includes('ips'),
  )!
  const admin = demoUsers.find((u) => u.role === 'admin')!
  intakeAuth = await login(intake.email, intake.password)
  adminAuth = await login(admin.email, admin.password)
})

afterAll(async () => {
  await browser?.close()
})

const referralCount = async () =>
  (
    (await (
      await fetch(`${cmsUrl()}/api/referrals?limit=1&depth=0`, { headers: adminAuth })
    ).json()) as { totalDocs: number }
  ).totalDocs

const continueButton = (page: Page) => page.locator('button[name="_action"][value="continue"]')
const sendButton = (page: Page) => page.locator('button[name="_action"][value="submit"]')

/** Goes through every step to the check-your-answers page. */
/** Fills the form to its check page; returns when the form was shown (the server's start time is before it). */
const fillForm = async (page: Page, path: string) => {
  await page.goto(new URL(path, siteUrl()).href)
  const shownAt = Date.now()
  for (let step = 0; step < 12 && (await sendButton(page).count()) === 0; step++) {
    await answerStep(page, answers)
    await continueButton(page).click()
    await page.waitForLoadState()
  }
  expect(await sendButton(page).count(), 'never reached the check-your-answers page').toBe(1)
  return shownAt
}

/** The form refuses fills faster than a person can type (a bot trap), so a test waits like one. */
const sendLikeAPerson = async (page: Page, startedAt: number) => {
  await page.waitForTimeout(Math.max(0, 5500 - (Date.now() - startedAt)))
  await sendButton(page).click()
  await page.waitForLoadState()
}

const findReferral = async (reference: string) => {
  const response = await fetch(
    `${cmsUrl()}/api/referrals?where[reference][equals]=${encodeURIComponent(reference)}&depth=1`,
    {
      headers: intakeAuth,
    },
  )
  return ((await response.json()) as { docs: Record<string, any>[] }).docs
}

/** axe runs in the page, so it checks the HTML a browser without JavaScript got in a context that runs scripts. */
const violationsWithoutJavaScript = async (page: Page) => {
  const context = await browser.newContext()
  const copy = await context.newPage()
  await copy.setContent(await page.content())
  const violations = await accessibilityViolations(copy, 'main')
  await context.close()
  return violations
}

/**
 * Without JavaScript there is no proof of work: the slower way asks to press Send once more after a
 * short wait, keeping every answer; pressed too early, it asks again and sends nothing.
 */
const passTheSlowerWay = async (page: Page) => {
  const notice = page.locator('.notice')
  const main = () => page.locator('main').innerText()
  expect(await notice.count(), await main()).toBe(1)
  expect(await notice.innerText()).toContain('Tryck på Skicka anmälan en gång till')
  expect(await main()).toContain('Webbtest Anmälan')
  expect(await violationsWithoutJavaScript(page)).toEqual([])
  await sendButton(page).click()
  await page.waitForLoadState()
  expect(await notice.count(), await main()).toBe(1)
  expect(await notice.innerText()).toMatch(/Vänta (\d+ sekunder|1 sekund)/)
  expect(await main()).toContain('Volontär på loppis')
  await page.waitForTimeout(resendWaitSeconds * 1000)
  await sendButton(page).click()
  await page.waitForLoadState()
}

describe.each([
  ['with JavaScript', true],
  ['without JavaScript', false],
])('a resident self-refers in Swedish %s', (_, javaScript) => {
  test('and intake finds the referral with the right service, answers and reference', async () => {
    const page = await phonePage(browser, { javaScript })
    const sends: string[] = []
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.postData()?.includes('_action=submit'))
        sends.push(request.postData()!)
    })
    const startedAt = await fillForm(page, '/stod/ips/anmalan')
    await expect.poll(() => page.locator('main').innerText()).toContain('Webbtest Anmälan') // check your answers
    // Nothing asks the person to prove anything: no checkbox, no puzzle, no frame of a third party.
    expect(await page.locator('form.referral [type="checkbox"]:visible, iframe').count()).toBe(0)
    await sendLikeAPerson(page, startedAt)
    if (javaScript) {
      // One press: the island solved the proof of work while the form was filled in, and sent it along.
      expect(sends).toHaveLength(1)
      expect(sends[0]).toMatch(/_proof=[A-Za-z0-9%]{100,}/)
    } else {
      await passTheSlowerWay(page)
      expect(sends).toHaveLength(3)
    }

    await page
      .locator('.reference')
      .waitFor({ timeout: 30_000 })
      .catch(async () => {
        throw new Error(
          `No reference after sending; the page says:\n${await page.locator('main').innerText()}`,
        )
      })
    const reference = (await page.locator('.reference').innerText()).trim()
    expect(reference).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{3}$/)
    const [referral] = await findReferral(reference)
    expect(referral, `referral ${reference} not found by intake`).toBeDefined()
    expect(referral.service.slug).toBe('ips')
    expect(referral.status).toBe('received')
    expect(referral.applicant).toMatchObject({
      name: 'Webbtest Anmälan',
      dateOfBirth: '1991-03-04',
      gender: 'man',
    })
    expect(referral.customAnswers).toEqual({
      hasJobOrStudies: true,
      currentActivity: 'Volontär på loppis',
    })
    expect(referral.careContacts).toEqual(['primaryCare'])
    await page.context().close()
  })
})

test('Send pressed before the proof of work is solved says so, then sends once it is', async () => {
  const page = await phonePage(browser, { javaScript: true })
  // Hold the solver (the worker's script) until the test lets it go: a slow phone, made certain.
  let letSolverGo = () => {}
  const held = new Promise<void>((resolve) => (letSolverGo = resolve))
  let solverAsked = false
  await page.route('**/_astro/proofWorker*', async (route) => {
    solverAsked = true
    await held
    await route.continue()
  })
  const sends: string[] = []
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.postData()?.includes('_action=submit'))
      sends.push(request.postData()!)
  })
  const startedAt = await fillForm(page, '/stod/ips/anmalan')
  await page.waitForTimeout(Math.max(0, 5500 - (Date.now() - startedAt)))
  await sendButton(page).click()
  await expect.poll(() => page.locator('.sending').innerText()).toBe('Skickar anmälan …')
  expect(await sendButton(page).getAttribute('aria-disabled')).toBe('true')
  expect(sends).toHaveLength(0)
  expect(solverAsked, 'the proof of work is solved in a worker').toBe(true)

  letSolverGo()
  await expect.poll(() => page.locator('.reference').count(), { timeout: 30_000 }).toBe(1)
  expect(sends).toHaveLength(1)
  expect(sends[0]).toContain('_proof=')
  await page.context().close()
})

/** The layout shifts of the page so far: their scores and the elements that moved. */
const layoutShifts = (page: Page) =>
  page.evaluate(async () => {
    type Shift = PerformanceEntry & { value: number; sources?: Array<{ node?: Node | null }> }
    const found: string[] = []
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Shift[]) {
        const nodes = (entry.sources ?? []).map(
          (source) => (source.node as Element | null)?.outerHTML.slice(0, 60) ?? '(gone)',
        )
        found.push(`${entry.value.toFixed(4)}: ${nodes.join(', ')}`)
      }
    })
    observer.observe({ type: 'layout-shift', buffered: true })
    // The buffered entries arrive in a task of their own: two frames later, all of them have.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
    observer.disconnect()
    return found
  })

test('the form does not move when it hydrates: what only the no-JavaScript form shows is hidden from the first paint', async () => {
  // A phone screen tall enough for the whole form: a shift anywhere in it counts.
  const context = await browser.newContext({
    viewport: { width: 412, height: 1600 },
    isMobile: true,
    hasTouch: true,
  })
  const page = await context.newPage()
  // The island's scripts wait until the server-rendered form is on screen, as on a slow connection.
  let release = () => {}
  const painted = new Promise<void>((resolve) => (release = resolve))
  await page.route('**/_astro/**', async (route) => {
    await painted
    await route.continue()
  })
  await page.goto(new URL('/stod/ips/anmalan', siteUrl()).href, { waitUntil: 'commit' })
  await page.waitForFunction(
    () => performance.getEntriesByName('first-contentful-paint').length > 0,
  )
  release()
  // Hydrated: the questions for professionals, which only the no-JavaScript form shows up front, are gone.
  await page.waitForSelector('astro-island:not([ssr])', { state: 'attached' })
  await page.waitForSelector('[name="referrerName"]', { state: 'detached' })
  const shifts = await layoutShifts(page)
  expect(shifts, 'layout shifts while the form loaded and hydrated').toEqual([])

  // The questions still come when they apply.
  await page.locator('[name="referrerKind"][value="professional"]').check()
  await expect.poll(() => page.locator('[name="referrerName"]:visible').count()).toBe(1)
  await context.close()

  // Without JavaScript they are on the page from the start, each saying which answer it belongs to.
  const plain = await phonePage(browser, { javaScript: false })
  await plain.goto(new URL('/stod/ips/anmalan', siteUrl()).href)
  expect(await plain.locator('[name="referrerName"]:visible').count()).toBe(1)
  expect(await plain.locator('.field-note:visible').count()).toBeGreaterThan(0)
  await plain.context().close()
})

describe('validation', () => {
  test.each([
    ['Swedish', '/stod/sed/anmalan', 'Välj vem som gör anmälan.'],
    ['English', '/en/stod/sed/anmalan', 'Choose who is making the referral.'],
  ])('an empty step shows the errors in %s and sends nothing', async (_, path, message) => {
    const before = await referralCount()
    for (const javaScript of [true, false]) {
      const page = await phonePage(browser, { javaScript })
      await page.goto(new URL(path, siteUrl()).href)
      await continueButton(page).click()
      await expect.poll(() => page.locator('.error-summary').innerText()).toContain(message)
      await page.context().close()
    }
    expect(await referralCount()).toBe(before)
  })

  test('a wrong answer is named, and everything typed is kept', async () => {
    const page = await phonePage(browser, { javaScript: false })
    await page.goto(new URL('/stod/ips/anmalan', siteUrl()).href)
    await answerStep(page, answers)
    await continueButton(page).click()
    await answerStep(page, { ...answers, dateOfBirth: '2999-01-01' })
    await continueButton(page).click()
    await page.waitForLoadState()
    expect(await page.locator('.error-summary a[href="#f-dateOfBirth"]').count()).toBe(1)
    expect(await page.locator('[name="name"]').inputValue()).toBe('Webbtest Anmälan')
    expect(await page.locator('[name="dateOfBirth"]').inputValue()).toBe('2999-01-01')
    expect(await page.locator('[name="dateOfBirth"]').getAttribute('aria-invalid')).toBe('true')
    await page.context().close()
  })
})

describe('when the CMS is down', () => {
  const servers: ChildProcess[] = []

  /** The same built site, with an outbox of its own, pointed at `cms`. Like the system's site, without the CMS's key. */
  const startSite = async (cms: string, outboxDir: string) => {
    const port = await freePort()
    const { OUTBOX_PRIVATE_KEY: _cmsOnly, ...env } = process.env
    const site = spawn(
      process.execPath,
      [path.join(repoRoot, 'site/server.mjs'), inject('system').siteOutDir!],
      {
        env: {
          ...env,
          HOST: '127.0.0.1',
          PORT: String(port),
          CMS_URL: cms,
          SUBMIT_API_KEY: inject('system').submitKey,
          OUTBOX_DIR: outboxDir,
        },
        stdio: 'ignore',
      },
    )
    servers.push(site)
    await waitForHttp(`http://localhost:${port}/`, 30_000)
    return {
      url: `http://localhost:${port}`,
      stop: () =>
        new Promise<void>((resolve) =>
          site.exitCode !== null ? resolve() : site.once('exit', () => resolve()).kill(),
        ),
    }
  }
  const deadServers: Server[] = []
  /** A CMS that hangs up on every connection. It holds its port, so no other server here can take it. */
  const deadCms = async () => {
    const server = createServer((socket) => socket.destroy())
    deadServers.push(server)
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  }

  afterAll(() => {
    for (const server of servers) server.kill()
    for (const server of deadServers) server.close()
  })

  /** Fills the form on `siteUrl` without JavaScript up to the check page; returns the form fill's idempotency key. */
  const fillOn = async (page: Page, siteUrl: string) => {
    await page.goto(`${siteUrl}/stod/ips/anmalan`)
    for (let step = 0; step < 12 && (await sendButton(page).count()) === 0; step++) {
      await answerStep(page, answers)
      await continueButton(page).click()
      await page.waitForLoadState()
    }
    return page.locator('input[name="_key"]').first().inputValue()
  }

  /** Every item in the outbox, waiting or being tried right now. */
  const outboxFiles = async (dir: string) => {
    const names = async (folder: string) =>
      (await readdir(folder).catch(() => [] as string[])).filter((n) => n.includes('.sealed'))
    return [
      ...(await names(dir)).map((n) => path.join(dir, n)),
      ...(await names(path.join(dir, 'claimed'))).map((n) => path.join(dir, 'claimed', n)),
    ]
  }

  test('the resident gets a reference at once; the outbox keeps it sealed; it is stored exactly once when the CMS is back', async () => {
    const outboxDir = await mkdtemp(path.join(tmpdir(), 'stodportalen-outbox-'))
    const down = await startSite(await deadCms(), outboxDir)
    const before = await referralCount()
    const page = await phonePage(browser, { javaScript: false })
    const startedAt = Date.now()
    const idempotencyKey = await fillOn(page, down.url)
    await sendLikeAPerson(page, startedAt)
    await passTheSlowerWay(page)
    const reference = (await page.locator('.reference').innerText()).trim()
    expect(reference).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{3}$/)
    await page.context().close()

    // Sending the same form fill again (a reload of the confirmation) shows the same reference.
    const again = await postForm(down.url, '/stod/ips/anmalan', sendFields(answers, idempotencyKey))
    expect(referenceOnPage(await again.text())).toBe(reference)

    const files = await outboxFiles(outboxDir)
    expect(files).toHaveLength(2)
    for (const file of files) {
      const bytes = await readFile(file)
      for (const clear of [
        'Webbtest',
        'Anmälan',
        '070-174',
        '1991-03-04',
        'Volontär',
        'answers',
        idempotencyKey,
      ]) {
        expect(
          bytes.includes(Buffer.from(clear)),
          `"${clear}" in clear in ${path.basename(file)}`,
        ).toBe(false)
      }
    }
    expect(await referralCount()).toBe(before)

    // The CMS is back: a site on the same outbox delivers it. A letter the CMS can never open (sealed to
    // another key) must not hold up the others.
    await down.stop()
    const otherKey = generateKeyPairSync('x25519')
      .publicKey.export({ format: 'der', type: 'spki' })
      .toString('base64')
    const unreadable = await putInOutbox(
      { dir: outboxDir, publicKey: otherKey },
      {
        queuedAt: new Date().toISOString(),
        submission: {
          service: 'ips',
          answers: {},
          idempotencyKey: randomUUID(),
          reference: 'K7M4-Q9TR-XB3',
        },
      },
    )
    await startSite(cmsUrl(), outboxDir)
    // Within a second or two; up to a minute more when the stopped site held a claim (see outbox.ts).
    await expect.poll(() => outboxFiles(outboxDir), { timeout: 90_000, interval: 250 }).toEqual([])
    const stored = await findReferral(reference)
    expect(stored).toHaveLength(1)
    expect(stored[0].applicant).toMatchObject({
      name: 'Webbtest Anmälan',
      dateOfBirth: '1991-03-04',
    })
    expect(await referralCount()).toBe(before + 1)
    expect(await readdir(path.join(outboxDir, 'dead')), 'moved aside, not retried').toEqual([
      unreadable,
    ])
  })

  test('when the outbox cannot keep it either, the resident is told to try again and keeps every answer', async () => {
    // A folder that cannot be made (its parent is a file), as when the disk is full or read-only.
    const down = await startSite(await deadCms(), '/dev/null/outbox')
    const before = await referralCount()
    const page = await phonePage(browser, { javaScript: false })
    const startedAt = Date.now()
    await fillOn(page, down.url)
    await sendLikeAPerson(page, startedAt)
    await passTheSlowerWay(page)
    const main = await page.locator('main').innerText()
    expect(main).toMatch(/kunde inte/i)
    expect(main).toContain('Webbtest Anmälan') // still on the check page, answers kept
    expect(await sendButton(page).count()).toBe(1) // and can try again
    expect(await referralCount()).toBe(before)
    await page.context().close()
  })
})
