import AxeBuilder from '@axe-core/playwright'
import { execFileSync } from 'node:child_process'
import { type Browser, chromium, type Page } from 'playwright-core'

/** Debian's Chromium (`apt-get install chromium`); playwright never downloads a browser here. */
const chromiumPath = () => {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH
  try {
    return execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim()
  } catch {
    throw new Error(
      'Chromium is missing: `apt-get install chromium` (the CI script does this), or set CHROMIUM_PATH.',
    )
  }
}

export const launchBrowser = () =>
  chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })

/** A fresh page on a small phone screen, with or without JavaScript. */
export const phonePage = async (
  browser: Browser,
  options: { javaScript?: boolean } = {},
): Promise<Page> => {
  const context = await browser.newContext({
    javaScriptEnabled: options.javaScript ?? true,
    viewport: { width: 360, height: 740 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  })
  return context.newPage()
}

/**
 * axe with the WCAG 2.x A and AA rules (and 2.2's), as a list a failing test can print; `include`
 * (a CSS selector) limits it to one's own components on a page that also has others'.
 */
export const accessibilityViolations = async (page: Page, include?: string) => {
  const builder = new AxeBuilder({ page }).withTags([
    'wcag2a',
    'wcag2aa',
    'wcag21a',
    'wcag21aa',
    'wcag22aa',
  ])
  // axe runs in the page: in a context without JavaScript it never answers, so say so instead.
  let timer: NodeJS.Timeout | undefined
  const stalled = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new Error(
            `axe did not finish on ${page.url()} within 90 s: does its context run JavaScript? Use accessibilityViolationsAt for a page opened without.`,
          ),
        ),
      90_000,
    )
  })
  const analysis = (include ? builder.include(include) : builder).analyze()
  const { violations } = await Promise.race([analysis, stalled]).finally(() => clearTimeout(timer))
  return violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  )
}

/**
 * The violations of the page at `url`, opened in a phone context that runs scripts (axe needs them):
 * for tests that read the page as a browser without JavaScript gets it.
 */
export const accessibilityViolationsAt = async (
  browser: Browser,
  url: string,
  include?: string,
) => {
  const page = await phonePage(browser)
  try {
    await page.goto(url)
    return await accessibilityViolations(page, include)
  } finally {
    await page.context().close()
  }
}

/** Answers whatever questions of `values` the current step asks, by the fields' own names. */
export const answerStep = async (page: Page, values: Record<string, string | string[]>) => {
  for (const [name, value] of Object.entries(values)) {
    const fields = page.locator(`[name="${name}"]:visible`)
    if ((await fields.count()) === 0) continue
    const type = await fields.first().getAttribute('type')
    const tag = await fields.first().evaluate((field) => field.tagName)
    if (tag === 'SELECT') {
      await fields.first().selectOption([value].flat()[0])
    } else if (type === 'radio' || type === 'checkbox') {
      for (const v of [value].flat()) await page.locator(`[name="${name}"][value="${v}"]`).check()
    } else {
      await fields.first().fill([value].flat()[0])
    }
  }
}
