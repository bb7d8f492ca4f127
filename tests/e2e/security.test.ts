import type { Browser, Page } from 'playwright-core'

import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'

import { repoRoot, type RunningProcess, startCms } from '../../scripts/system/cms'
import { freePort, waitForHttp } from '../../scripts/system/ports'
import { accessibilityViolations, launchBrowser, phonePage } from '../support/browser'

const siteUrl = () => inject('system').siteUrl!
const cmsUrl = () => inject('system').cmsUrl

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

/** A policy as directive → sources. */
const directives = (policy: string) =>
  new Map(
    policy
      .split(/[;,]/)
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name.toLowerCase(), sources]),
  )

const expectCommonHeaders = (headers: Headers, where: string) => {
  expect(headers.get('strict-transport-security'), where).toMatch(/max-age=(\d{8,}|[3-9]\d{7})/)
  expect(headers.get('x-content-type-options'), where).toBe('nosniff')
  expect(headers.get('referrer-policy'), where).toBe('same-origin')
  expect(headers.get('x-frame-options'), where).toBe('DENY')
  expect(headers.get('permissions-policy'), where).toContain('camera=()')
  expect(
    directives(headers.get('content-security-policy') ?? '').get('frame-ancestors'),
    where,
  ).toEqual(["'none'"])
}

/** Scripts and styles only from the site itself or by hash: no 'unsafe-inline', no 'unsafe-eval'. */
const expectStrictSitePolicy = (policy: string, where: string) => {
  const parsed = directives(policy)
  for (const name of ['script-src', 'style-src']) {
    const sources = parsed.get(name) ?? []
    expect(sources, `${name} on ${where}`).toContain("'self'")
    expect(
      sources.some((s) => s.startsWith("'sha256-")),
      `${name} on ${where}: hashes`,
    ).toBe(true)
    expect(
      sources.filter((s) => /unsafe/.test(s)),
      `${name} on ${where}`,
    ).toEqual([])
  }
  expect(parsed.get('default-src'), where).toEqual(["'self'"])
  expect(parsed.get('object-src'), where).toEqual(["'none'"])
}

const metaPolicy = (html: string) =>
  /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1]

describe('the public site', () => {
  test.each(['/', '/stod/ips', '/en/om/vard', '/ar/passar-det-mig'])(
    '%s: security headers, and a page policy without unsafe-inline',
    async (page) => {
      const response = await fetch(new URL(page, siteUrl()))
      expect(response.status).toBe(200)
      expectCommonHeaders(response.headers, page)
      const html = await response.text()
      // Prerendered: the policy with the page's own hashes is in the page; on demand, in the header.
      const policy = metaPolicy(html) ?? response.headers.get('content-security-policy')!
      expectStrictSitePolicy(policy, page)
    },
  )

  test('the form page, rendered on demand, has its whole policy as a header', async () => {
    const response = await fetch(new URL('/stod/ips/anmalan', siteUrl()))
    expectCommonHeaders(response.headers, 'the form')
    expectStrictSitePolicy(response.headers.get('content-security-policy')!, 'the form')
  })

  test('scripts and styles get the headers too', async () => {
    const html = await (await fetch(new URL('/stod/ips/anmalan', siteUrl()))).text()
    const script = /<script[^>]+src="([^"]+)"|component-url="([^"]+)"/.exec(html)
    const asset = script?.[1] ?? script?.[2]
    expect(asset, 'the form page loads its island').toBeDefined()
    const response = await fetch(new URL(asset!, siteUrl()))
    expect(response.status).toBe(200)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('strict-transport-security')).toBeTruthy()
  })

  test('the form runs under its policy: nothing is refused, with or without JavaScript', async () => {
    for (const javaScript of [true, false]) {
      const page = await phonePage(browser, { javaScript })
      const refused = collectRefusals(page)
      await page.goto(new URL('/stod/ips/anmalan', siteUrl()).href)
      await page.waitForLoadState('networkidle')
      if (javaScript) await page.waitForSelector('input[name="_proof"]', { state: 'attached' })
      expect(refused, javaScript ? 'with JavaScript' : 'without').toEqual([])
      await page.context().close()
    }
  })
})

/** Console messages about anything a content policy refused. */
const collectRefusals = (page: Page) => {
  const refused: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text())
  })
  return refused
}

describe('the admin', () => {
  test('its pages have a nonce policy: scripts only with the page’s nonce, never framed', async () => {
    const first = await fetch(`${cmsUrl()}/admin/login`)
    expectCommonHeaders(first.headers, '/admin/login')
    const policy = directives(first.headers.get('content-security-policy')!)
    const scripts = policy.get('script-src')!
    const nonce = scripts.find((s) => s.startsWith("'nonce-"))
    expect(nonce, 'a nonce in script-src').toBeDefined()
    expect(scripts).toContain("'strict-dynamic'")
    expect(scripts.filter((s) => /unsafe/.test(s))).toEqual([])
    expect(policy.get('object-src')).toEqual(["'none'"])
    // Next.js puts the nonce on every script it renders…
    const html = await first.text()
    const tags = html.match(/<script\b[^>]*>/g) ?? []
    expect(tags.length).toBeGreaterThan(0)
    expect(tags.filter((tag) => !tag.includes(`nonce="${nonce!.slice(7, -1)}"`))).toEqual([])
    // …and it is new for every page.
    const second = directives(
      (await fetch(`${cmsUrl()}/admin/login`)).headers.get('content-security-policy')!,
    )
    expect(second.get('script-src')).not.toContain(nonce)
  })

  test('the API: JSON and files that nothing may run or frame', async () => {
    const response = await fetch(`${cmsUrl()}/api/services?limit=1`)
    expectCommonHeaders(response.headers, '/api/services')
    expect(directives(response.headers.get('content-security-policy')!).get('default-src')).toEqual(
      ["'none'"],
    )
  })

  test('an admin signs in and opens the intake queue and a referral with nothing refused', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    const refused = collectRefusals(page)
    await page.goto(`${cmsUrl()}/admin/login`)
    await page.fill('input[name="email"]', 'admin@stodportalen.example')
    await page.fill('input[name="password"]', 'demo-admin-2026')
    await page.click('button[type="submit"]')
    await page.waitForURL((url) => !url.pathname.endsWith('/login'))
    await page.goto(`${cmsUrl()}/admin/intake`)
    await page.locator('a[href*="/admin/collections/referrals/"]').first().click()
    await page.waitForURL(/\/admin\/collections\/referrals\/\d+/, { timeout: 30_000 })
    await expect
      .poll(() => page.locator('.referral-case--actions').count(), { timeout: 30_000 })
      .toBe(1)
    expect(refused).toEqual([])
    await context.close()
  })
})

describe('too many submissions', () => {
  // A CMS process of its own on the same database, allowing one submission per client an hour, and
  // the built site pointed at it: the resident meets the limit as they would in production.
  let cms: RunningProcess
  let site: ChildProcess
  let limitedSiteUrl: string

  beforeAll(async () => {
    const system = inject('system')
    const env = {
      ...process.env,
      ...system.secrets,
      DATABASE_URL: system.databaseUrl,
      MAIL_DIR: system.mailDir,
      SUBMIT_LIMIT_PER_CLIENT: '1/1h',
    }
    cms = await startCms({ port: await freePort(), env, log: () => {} })
    const port = await freePort()
    limitedSiteUrl = `http://localhost:${port}`
    site = spawn(process.execPath, [path.join(repoRoot, 'site/server.mjs'), system.siteOutDir!], {
      env: { ...env, HOST: '127.0.0.1', PORT: String(port), CMS_URL: cms.url },
      stdio: 'ignore',
    })
    await waitForHttp(`${limitedSiteUrl}/`, 30_000)
  })

  afterAll(async () => {
    site?.kill()
    await cms?.stop()
  })

  const answers: Record<string, string | string[]> = {
    referrerKind: 'self',
    name: 'Gräns Testsson',
    dateOfBirth: '1988-08-08',
    gender: 'woman',
    phone: '070-174 06 99',
    contactChannels: ['phone'],
    municipality: '0380',
    careContacts: ['psychiatry'],
    goals: ['work'],
    hasJobOrStudies: 'no',
    consentToCollaboration: 'yes',
    heardFrom: 'web',
  }

  const fillAndSend = async (page: Page) => {
    const startedAt = Date.now()
    await page.goto(`${limitedSiteUrl}/stod/ips/anmalan`)
    const send = page.locator('button[name="_action"][value="submit"]')
    for (let step = 0; step < 12 && (await send.count()) === 0; step++) {
      for (const [name, value] of Object.entries(answers)) {
        const fields = page.locator(`[name="${name}"]:visible`)
        if ((await fields.count()) === 0) continue
        const type = await fields.first().getAttribute('type')
        const isList = await fields.first().evaluate((field) => field.tagName === 'SELECT')
        if (type === 'radio' || type === 'checkbox')
          for (const v of [value].flat())
            await page.locator(`[name="${name}"][value="${v}"]`).check()
        else if (isList) await fields.first().selectOption([value].flat()[0])
        else await fields.first().fill([value].flat()[0])
      }
      await page.locator('button[name="_action"][value="continue"]').click()
      await page.waitForLoadState()
    }
    await page.waitForTimeout(Math.max(0, 5500 - (Date.now() - startedAt)))
    await send.click()
    await page.waitForLoadState()
  }

  test('the resident is told how long to wait, in their language, and keeps every answer', async () => {
    const page = await phonePage(browser, { javaScript: true })
    await fillAndSend(page)
    await expect.poll(() => page.locator('.reference').count(), { timeout: 20_000 }).toBe(1)

    await fillAndSend(page)
    const notice = page.locator('.notice')
    await expect.poll(() => notice.count(), { timeout: 20_000 }).toBe(1)
    expect(await notice.innerText()).toMatch(
      /Anmälan är inte skickad än[\s\S]*Vänta (60|59) minuter och tryck sedan på Skicka anmälan igen/,
    )
    expect(await page.locator('main').innerText()).toContain('Gräns Testsson')
    expect(await page.locator('button[name="_action"][value="submit"]').count()).toBe(1)
    expect(await accessibilityViolations(page, 'main')).toEqual([])
    await page.context().close()
  })
})
