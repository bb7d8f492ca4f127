import type { AddressInfo } from 'node:net'

import { locales } from '@stodportalen/support-services/domain'
// chrome-launcher comes with Lighthouse (its own way of starting Chrome): not a dependency of ours.
import { launch } from 'chrome-launcher'
import lighthouse from 'lighthouse'
/**
 * The public site as a person on a phone gets it, against the running system (started with the site):
 * - Build: a fresh `astro build` from the running CMS into a temporary folder under site/ (what each
 *   publish triggers; never the served site/dist), its time, and the time per prerendered page. Then
 *   the same with BENCH_SITE_PAGES (default 1,000) more pages: copies of the seeded pages, published
 *   in every language through the Local API (no rebuild hook), removed again afterwards. The
 *   difference is the marginal cost of a page, what the site's growth costs each publish. Target ≤ 10 ms.
 * - Weight: for each kind of page, the gzip bytes of the HTML and of every stylesheet and script it
 *   loads (scripts with their static imports; inline <style> and <script> count as CSS and JS too).
 *   Images are left out. Targets: content pages 0 kB JS and ≤ 50 kB in all; the form ≤ 100 kB JS.
 * - Lighthouse 13, mobile (its default: simulated slow 4G and a 4× slower CPU), in Debian's Chromium,
 *   on the home page, a service page and the form; the median of BENCH_LIGHTHOUSE_RUNS runs (the
 *   performance score moves from run to run). Targets: performance 100 on content pages, ≥ 98 on the
 *   form with no layout shift (CLS 0), accessibility 100, SEO 100.
 */
import { execFile } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { createServer } from 'node:http'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { promisify } from 'node:util'
import { gzipSync } from 'node:zlib'
import { getPayload, type Payload } from 'payload'

import { repoRoot } from '../../scripts/system/cms'
import { pages as seededPages } from '../../seed/src/index'
import { paragraph, richText } from '../../seed/src/lexical'
import { launchBrowser } from '../support/browser'
import { type BenchContext, type Benchmark, percentile, round, table } from './lib'

const siteDir = path.join(repoRoot, 'site')
const lighthouseRuns = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3)
/** Prerendered pages to add for the marginal cost: a page in the CMS is one page per language. */
const addedPages = Number(process.env.BENCH_SITE_PAGES ?? 1000)
const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium'

const targets = {
  marginalMsPerPage: 10,
  contentJsKb: 0,
  contentTotalKb: 50,
  formJsKb: 100,
  contentPerformance: 100,
  formPerformance: 98,
  /** A page with its images on a 390 px phone, everything over the wire. */
  phoneKb: 150,
  formCls: 0,
  accessibility: 100,
  seo: 100,
}

/** kB of 1000 bytes, as the targets are read. */
const kb = (bytes: number) => round(bytes / 1000)
const gzipBytes = (body: string) => (body === '' ? 0 : gzipSync(body).length)

const get = async (url: string) => {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`GET ${url}: ${response.status}`)
  return response.text()
}

/**
 * CPU ms (user + system) of this process's finished children, from /proc (Linux; NaN elsewhere): a
 * build's CPU time moves far less than its wall time when other work shares the machine.
 */
const childrenCpuMs = async () => {
  const stat = await readFile('/proc/self/stat', 'utf8').catch(() => '')
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  const ticks = Number(fields[13]) + Number(fields[14]) // cutime and cstime, fields 16 and 17 of proc(5)
  return stat ? ticks * 10 : NaN // 100 ticks a second (CLK_TCK) on Linux
}

/** A fresh production build, timed, in a folder of its own that is removed afterwards. */
async function timeBuild(cmsUrl: string) {
  const outDir = await mkdtemp(path.join(siteDir, '.bench-build-'))
  try {
    const cpuBefore = await childrenCpuMs()
    const started = performance.now()
    const { stdout } = await promisify(execFile)(
      path.join(repoRoot, 'node_modules/.bin/astro'),
      ['build'],
      {
        cwd: siteDir,
        env: {
          ...process.env,
          NODE_ENV: 'production',
          SITE_OUT_DIR: outDir,
          CMS_URL: cmsUrl,
          ASTRO_TELEMETRY_DISABLED: '1',
        },
        maxBuffer: 64 * 1024 * 1024,
      },
    )
    const ms = performance.now() - started
    const cpuMs = (await childrenCpuMs()) - cpuBefore
    const files = await readdir(path.join(outDir, 'client'), { recursive: true })
    const pages = files.filter((file) => file.endsWith('.html')).length
    // The share of the compression step (site/precompress.mjs), as it logs it.
    const compressMs = Number(
      /brotli and gzip copies of \d+ files in (\d+) ms/.exec(stdout)?.[1] ?? NaN,
    )
    return { ms: Math.round(ms), cpuMs, pages, msPerPage: round(ms / pages, 1), compressMs }
  } finally {
    await rm(outDir, { recursive: true, force: true })
  }
}

const benchSlug = (slug: string, n: number) => `${slug}-bench-${n}`

/**
 * `count` published pages more, each a copy of a seeded page in every language, through the Local
 * API with the seed's context (so no rebuild is requested): as an editor's pages are stored.
 */
async function addPages(payload: Payload, count: number) {
  const context = { seeding: true }
  const one = async (n: number) => {
    const seed = seededPages[n % seededPages.length]
    const data = (locale: (typeof locales)[number]) => ({
      slug: benchSlug(seed.slug, n),
      audience: seed.audience,
      order: 1000 + n,
      _status: 'published' as const,
      title: `${seed.title[locale]} ${n}`,
      summary: seed.summary[locale],
      // A paragraph of its own, so that no two pages have the same text (the build would keep it once).
      body: richText([...seed.body[locale], paragraph(`${seed.title[locale]} ${n}`)]) as never,
    })
    const { id } = await payload.create({
      collection: 'pages',
      data: data('sv'),
      locale: 'sv',
      context,
    })
    for (const locale of locales.filter((l) => l !== 'sv'))
      await payload.update({ collection: 'pages', id, data: data(locale), locale, context })
  }
  let next = 0
  const worker = async () => {
    while (next < count) await one(next++)
  }
  await Promise.all(Array.from({ length: 4 }, worker))
}

const removeAddedPages = (payload: Payload) =>
  payload.delete({
    collection: 'pages',
    where: { slug: { contains: '-bench-' } },
    context: { seeding: true },
  })

/** The build as it is, then with `addedPages` more: the time per page at each size and the marginal cost of one. */
async function buildCost(cmsUrl: string, log: (line: string) => void) {
  log(`  Building the site from ${cmsUrl} into a temporary folder…`)
  const seeded = await timeBuild(cmsUrl)

  const { default: config } = await import('../../cms/src/payload.config')
  const payload = await getPayload({ config, key: 'bench-site' })
  const cmsPages = Math.ceil(addedPages / locales.length)
  log(`  Adding ${cmsPages} published pages in ${locales.length} languages…`)
  const started = performance.now()
  try {
    await addPages(payload, cmsPages)
    log(`  … in ${((performance.now() - started) / 1000).toFixed(1)} s. Building again…`)
    const grown = await timeBuild(cmsUrl)
    const added = grown.pages - seeded.pages
    const marginalMsPerPage = round((grown.ms - seeded.ms) / added, 1)
    const marginalCpuMsPerPage = round((grown.cpuMs - seeded.cpuMs) / added, 1)
    return {
      builds: [seeded, grown],
      marginalMsPerPage,
      marginalCpuMsPerPage,
      meetsTarget: marginalMsPerPage <= targets.marginalMsPerPage,
    }
  } finally {
    await removeAddedPages(payload)
  }
}

/** `import … from "./x.js"`, `import "./x.js"`, `export … from "./x.js"`: loaded with the script, unlike `import()`. */
const staticImport = /\b(?:import|export)\s*(?:[\w$*{}\s,]*?from\s*)?["']([^"']+)["']/g

/** Scripts by URL with their gzip bytes, following static imports (shared chunks counted once). */
async function scriptsFrom(urls: string[]) {
  const sizes = new Map<string, number>()
  const queue = [...urls]
  for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
    if (sizes.has(url)) continue
    const body = await get(url)
    sizes.set(url, gzipBytes(body))
    for (const [, specifier] of body.matchAll(staticImport))
      if (/^\.{0,2}\//.test(specifier)) queue.push(new URL(specifier, url).href)
  }
  return sizes
}

/** What a page loads, in gzip bytes: the document, its stylesheets and scripts (images left out). */
async function weigh(pageUrl: string) {
  const html = await get(pageUrl)
  const absolute = (href: string) => new URL(href, pageUrl).href
  const links = (rel: string) =>
    [...html.matchAll(/<link\b[^>]*>/g)]
      .filter(([tag]) => tag.includes(`rel="${rel}"`))
      .map(([tag]) => tag.match(/\shref="([^"]+)"/)?.[1])
  const scriptUrls = [
    ...[...html.matchAll(/<script\b[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]),
    ...links('modulepreload'),
    // Astro islands load their component and renderer themselves.
    ...[...html.matchAll(/\s(?:component-url|renderer-url|before-hydration-url)="([^"]+)"/g)].map(
      (m) => m[1],
    ),
  ]
  const scripts = await scriptsFrom([
    ...new Set(scriptUrls.filter((u) => u !== undefined).map(absolute)),
  ])
  const stylesheets = await Promise.all(
    links('stylesheet').flatMap((href) => (href ? [get(absolute(href))] : [])),
  )
  const inlineCss = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)]
    .map((m) => m[1])
    .join('\n')
  const inlineJs = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter(
      ([, attributes]) =>
        !/\ssrc=/.test(attributes) && !/type="application\/(ld\+)?json"/.test(attributes),
    )
    .map((m) => m[2])
    .join('\n')

  const linkedCss = stylesheets.reduce((sum, body) => sum + gzipBytes(body), 0)
  const linkedJs = [...scripts.values()].reduce((a, b) => a + b, 0)
  const document = gzipBytes(html)
  return {
    html: document,
    css: linkedCss + gzipBytes(inlineCss),
    js: linkedJs + gzipBytes(inlineJs),
    /** On the wire: inline CSS and JS are already in the document. */
    total: document + linkedCss + linkedJs,
    scripts: [
      ...[...scripts].map(([url, gzip]) => ({ script: new URL(url).pathname, gzip })),
      ...(inlineJs ? [{ script: '(inline in the HTML)', gzip: gzipBytes(inlineJs) }] : []),
    ],
  }
}

const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const

/** One Lighthouse run, mobile: the scores, three of the metrics behind performance, and what lost points. */
async function audit(url: string, port: number) {
  const lhr = (await lighthouse(url, { port, logLevel: 'error', onlyCategories: [...categories] }))
    ?.lhr
  if (!lhr || lhr.runtimeError)
    throw new Error(
      `Lighthouse could not audit ${url}: ${lhr?.runtimeError?.message ?? 'no result'}`,
    )
  const score = (category: (typeof categories)[number]) =>
    Math.round((lhr.categories[category].score ?? 0) * 100)
  const metric = (id: string) => lhr.audits[id].numericValue ?? NaN
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    fcpMs: metric('first-contentful-paint'),
    lcpMs: metric('largest-contentful-paint'),
    tbtMs: metric('total-blocking-time'),
    cls: metric('cumulative-layout-shift'),
    failing: categories.flatMap((category) =>
      lhr.categories[category].auditRefs
        .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id].score ?? 1) < 1)
        .map((ref) => `${category}: ${ref.id}`),
    ),
  }
}

/** Per page the median of each figure over the runs, and every audit that lost points in any run. */
async function lighthouseScores(
  pages: Array<{ kind: string; url: string }>,
  log: (line: string) => void,
) {
  const chrome = await launch({
    chromePath,
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      // No calls home: on a closed network they fail, over and over, on the main thread's time.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
  try {
    const results = []
    for (const { kind, url } of pages) {
      const runs: Array<Awaited<ReturnType<typeof audit>>> = []
      for (let run = 1; run <= lighthouseRuns; run++) {
        log(`  Lighthouse ${kind} (${run}/${lighthouseRuns})…`)
        runs.push(await audit(url, chrome.port))
      }
      const median = (figure: Exclude<keyof (typeof runs)[number], 'failing'>) =>
        percentile(
          runs.map((r) => r[figure]).sort((a, b) => a - b),
          0.5,
        )
      results.push({
        kind,
        url,
        runs: runs.length,
        performance: median('performance'),
        accessibility: median('accessibility'),
        bestPractices: median('bestPractices'),
        seo: median('seo'),
        fcpMs: Math.round(median('fcpMs')),
        lcpMs: Math.round(median('lcpMs')),
        tbtMs: Math.round(median('tbtMs')),
        cls: round(median('cls'), 3),
        failing: [...new Set(runs.flatMap((r) => r.failing))],
      })
    }
    return results
  } finally {
    chrome.kill()
  }
}

/**
 * Bytes over the wire when a 390 px phone (3 device pixels per CSS pixel, the sharpest common screen)
 * opens the page: the document, styles, scripts and the images it fetches (the lazy ones below the
 * fold wait until scrolled to, as on a phone), compressed as sent, headers included.
 */
async function phoneBytes(urls: string[]) {
  const browser = await launchBrowser()
  try {
    const results = new Map<string, { bytes: number; images: number }>()
    for (const url of urls) {
      const context = await browser.newContext({
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 3,
        isMobile: true,
        // Browsers ask for brotli over HTTPS only; the site is served over HTTPS in production.
        extraHTTPHeaders: { 'accept-encoding': 'br, gzip' },
      })
      const page = await context.newPage()
      const sizes: Array<Promise<{ bytes: number; image: boolean }>> = []
      page.on('requestfinished', (request) =>
        sizes.push(
          request.sizes().then((size) => ({
            bytes: size.responseBodySize + size.responseHeadersSize,
            image: request.resourceType() === 'image',
          })),
        ),
      )
      await page.goto(url, { waitUntil: 'networkidle' })
      const loaded = await Promise.all(sizes)
      results.set(url, {
        bytes: loaded.reduce((sum, { bytes }) => sum + bytes, 0),
        images: loaded.filter(({ image }) => image).reduce((sum, { bytes }) => sum + bytes, 0),
      })
      await context.close()
    }
    return results
  } finally {
    await browser.close()
  }
}

/**
 * The control: an almost empty page (a heading and a sentence, no CSS, no script) on a bare Node
 * server. What Lighthouse takes from it is the machine's and the browser's own cost, not a page's:
 * the floor under every figure in the table.
 */
const controlPage = `<!doctype html><html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Kontroll</title><meta name="description" content="En nästan tom sida."></head><body><main><h1>Kontroll</h1><p>En nästan tom sida.</p></main></body></html>`

async function serveControlPage() {
  const server = createServer((_, response) =>
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(controlPage),
  )
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () => new Promise((resolve) => server.close(resolve)),
  }
}

const run = async ({ baseUrl, siteUrl, log }: BenchContext) => {
  if (!siteUrl) throw new Error('The site benchmark needs the system started with the site.')

  const build = await buildCost(baseUrl, log)

  const params = new URLSearchParams({
    depth: '0',
    limit: '1',
    sort: 'order',
    'where[audience][not_equals]': 'about',
    'select[slug]': 'true',
  })
  const audience = (
    (await (await fetch(`${baseUrl}/api/pages?${params}`)).json()) as {
      docs: Array<{ slug: string }>
    }
  ).docs[0]?.slug
  if (!audience) throw new Error('No published page for an audience (/om/<slug>) to weigh.')
  const now = encodeURIComponent(new Date().toISOString())
  const event = (
    (await (
      await fetch(
        `${baseUrl}/api/events?depth=0&limit=1&sort=start&where[_status][equals]=published&where[end][greater_than]=${now}&select[slug]=true`,
      )
    ).json()) as { docs: Array<{ slug: string }> }
  ).docs[0]?.slug
  if (!event) throw new Error('No upcoming published event (/evenemang/<slug>) to weigh.')
  const pages = [
    { kind: 'home', path: '/' },
    { kind: 'service', path: '/stod/ips' },
    { kind: 'event', path: `/evenemang/${event}` },
    { kind: 'audience', path: `/om/${audience}` },
    { kind: 'check', path: '/passar-det-mig' },
    { kind: 'form', path: '/stod/ips/anmalan' },
  ]
  log('  Opening each page on a 390 px phone…')
  const onPhone = await phoneBytes(pages.map((page) => `${siteUrl}${page.path}`))
  const weights = []
  for (const page of pages) {
    const weight = await weigh(`${siteUrl}${page.path}`)
    const phone = onPhone.get(`${siteUrl}${page.path}`)!
    const form = page.kind === 'form'
    const target = form
      ? `JS ≤ ${targets.formJsKb} kB`
      : `JS ${targets.contentJsKb} kB, all ≤ ${targets.contentTotalKb} kB`
    const meetsTarget =
      phone.bytes <= targets.phoneKb * 1000 &&
      (form
        ? weight.js <= targets.formJsKb * 1000
        : weight.js === 0 && weight.total <= targets.contentTotalKb * 1000)
    weights.push({ ...page, ...weight, phone, target, meetsTarget })
  }

  log(`  Lighthouse ${lighthouseRuns}× per page, mobile…`)
  const control = await serveControlPage()
  const audited = [
    ...pages
      .filter((p) => ['home', 'service', 'event', 'form'].includes(p.kind))
      .map((p) => ({ kind: p.kind, url: `${siteUrl}${p.path}` })),
    { kind: 'control', url: control.url },
  ]
  const scores = (await lighthouseScores(audited, log).finally(control.close)).map((s) => ({
    ...s,
    meetsTarget:
      s.kind === 'control' ||
      (s.accessibility >= targets.accessibility &&
        s.seo >= targets.seo &&
        (s.kind === 'form'
          ? s.performance >= targets.formPerformance && s.cls <= targets.formCls
          : s.performance >= targets.contentPerformance)),
  }))

  console.log(
    `\nSite build from the CMS (NODE_ENV=production, a fresh output folder; CPU = user + system time of the build's processes; compress = the brotli and gzip step within it)\n`,
  )
  console.log(
    table(
      ['build', 'pages', 'ms', 'ms/page', 'CPU ms', 'compress ms'],
      build.builds.map((b, i) => [
        i === 0 ? 'as seeded' : `+ ${b.pages - build.builds[0].pages} pages`,
        b.pages,
        b.ms,
        b.msPerPage,
        b.cpuMs,
        b.compressMs,
      ]),
    ),
  )
  console.log(
    `\nMarginal cost: ${build.marginalMsPerPage} ms a page (target ≤ ${targets.marginalMsPerPage} ms): ${build.meetsTarget ? 'meets' : 'MISSES'}; ${build.marginalCpuMsPerPage} CPU ms a page`,
  )

  console.log(
    `\nPage weight, kB gzip (node:zlib; CSS and JS include inline <style>/<script>; total = document, styles and scripts); on a phone = everything a 390 px phone (3× pixels) fetches over the wire, images included (target ≤ ${targets.phoneKb} kB)\n`,
  )
  console.log(
    table(
      [
        'page',
        'path',
        'HTML',
        'CSS',
        'JS',
        'total',
        'on a phone',
        'of it images',
        'target',
        'meets',
      ],
      weights.map((w) => [
        w.kind,
        w.path,
        kb(w.html),
        kb(w.css),
        kb(w.js),
        kb(w.total),
        kb(w.phone.bytes),
        kb(w.phone.images),
        w.target,
        w.meetsTarget ? 'yes' : 'NO',
      ]),
    ),
  )
  const form = weights.find((w) => w.kind === 'form')!
  console.log(`\nJavaScript of the form page, kB gzip\n`)
  console.log(
    table(
      ['script', 'kB'],
      [...form.scripts.map((s) => [s.script, kb(s.gzip)]), ['total', kb(form.js)]],
    ),
  )

  console.log(
    `\nLighthouse ${lighthouseRuns}× per page, mobile, median (target: performance ${targets.contentPerformance} on content pages, ≥ ${targets.formPerformance} and CLS ${targets.formCls} on the form; accessibility ${targets.accessibility}; SEO ${targets.seo})\n`,
  )
  console.log(
    table(
      [
        'page',
        'performance',
        'accessibility',
        'best practices',
        'SEO',
        'FCP ms',
        'LCP ms',
        'TBT ms',
        'CLS',
        'meets',
      ],
      scores.map((s) => [
        s.kind,
        s.performance,
        s.accessibility,
        s.bestPractices,
        s.seo,
        s.fcpMs,
        s.lcpMs,
        s.tbtMs,
        s.cls,
        s.kind === 'control' ? '' : s.meetsTarget ? 'yes' : 'NO',
      ]),
    ),
  )
  console.log(
    `  control: an almost empty page on a bare server, the floor of this machine and browser (its TBT is Chromium's own work)`,
  )
  for (const s of scores.filter((s) => s.failing.length > 0))
    console.log(`  ${s.kind}: audits below full marks: ${s.failing.join(', ')}`)

  return { targets, build, pages: weights, lighthouse: scores }
}

export const siteBenchmark: Benchmark = { name: 'site', needsSite: true, run }
