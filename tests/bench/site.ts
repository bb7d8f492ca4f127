/**
 * The public site as a person on a phone gets it, against the running system (started with the site):
 * - Build: a fresh `astro build` from the running CMS into a temporary folder under site/ (what each
 *   publish triggers; never the served site/dist), its time, and the time per prerendered page.
 * - Weight: for each kind of page, the gzip bytes of the HTML and of every stylesheet and script it
 *   loads (scripts with their static imports; inline <style> and <script> count as CSS and JS too).
 *   Images are left out. Targets: content pages 0 kB JS and ≤ 50 kB in all; the form ≤ 100 kB JS.
 * - Lighthouse 13, mobile (its default: simulated slow 4G and a 4× slower CPU), in Debian's Chromium,
 *   on the home page, a service page and the form; the median of BENCH_LIGHTHOUSE_RUNS runs (the
 *   performance score moves from run to run). Targets: performance ≥ 95, accessibility 100.
 */
import { execFile } from 'node:child_process'
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { promisify } from 'node:util'
import { gzipSync } from 'node:zlib'

// chrome-launcher comes with Lighthouse (its own way of starting Chrome): not a dependency of ours.
import { launch } from 'chrome-launcher'
import lighthouse from 'lighthouse'

import { repoRoot } from '../../scripts/system/cms'
import { percentile, round, table, type BenchContext, type Benchmark } from './lib'

const siteDir = path.join(repoRoot, 'site')
const lighthouseRuns = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3)
const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium'

const targets = { contentJsKb: 0, contentTotalKb: 50, formJsKb: 100, performance: 95, accessibility: 100 }

/** kB of 1000 bytes, as the targets are read. */
const kb = (bytes: number) => round(bytes / 1000)
const gzipBytes = (body: string) => (body === '' ? 0 : gzipSync(body).length)

const get = async (url: string) => {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`GET ${url}: ${response.status}`)
  return response.text()
}

/** A fresh production build, timed, in a folder of its own that is removed afterwards. */
async function timeBuild(cmsUrl: string) {
  const outDir = await mkdtemp(path.join(siteDir, '.bench-build-'))
  try {
    const started = performance.now()
    await promisify(execFile)(path.join(repoRoot, 'node_modules/.bin/astro'), ['build'], {
      cwd: siteDir,
      env: { ...process.env, NODE_ENV: 'production', SITE_OUT_DIR: outDir, CMS_URL: cmsUrl, ASTRO_TELEMETRY_DISABLED: '1' },
    })
    const ms = performance.now() - started
    const files = await readdir(path.join(outDir, 'client'), { recursive: true })
    const pages = files.filter((file) => file.endsWith('.html')).length
    return { ms: Math.round(ms), pages, msPerPage: round(ms / pages, 0) }
  } finally {
    await rm(outDir, { recursive: true, force: true })
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
    for (const [, specifier] of body.matchAll(staticImport)) if (/^\.{0,2}\//.test(specifier)) queue.push(new URL(specifier, url).href)
  }
  return sizes
}

/** What a page loads, in gzip bytes: the document, its stylesheets and scripts (images left out). */
async function weigh(pageUrl: string) {
  const html = await get(pageUrl)
  const absolute = (href: string) => new URL(href, pageUrl).href
  const links = (rel: string) =>
    [...html.matchAll(/<link\b[^>]*>/g)].filter(([tag]) => tag.includes(`rel="${rel}"`)).map(([tag]) => tag.match(/\shref="([^"]+)"/)?.[1])
  const scriptUrls = [
    ...[...html.matchAll(/<script\b[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]),
    ...links('modulepreload'),
    // Astro islands load their component and renderer themselves.
    ...[...html.matchAll(/\s(?:component-url|renderer-url|before-hydration-url)="([^"]+)"/g)].map((m) => m[1]),
  ]
  const scripts = await scriptsFrom([...new Set(scriptUrls.filter((u) => u !== undefined).map(absolute))])
  const stylesheets = await Promise.all(links('stylesheet').flatMap((href) => (href ? [get(absolute(href))] : [])))
  const inlineCss = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n')
  const inlineJs = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter(([, attributes]) => !/\ssrc=/.test(attributes) && !/type="application\/(ld\+)?json"/.test(attributes))
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

const categories = ['performance', 'accessibility', 'best-practices'] as const

/** One Lighthouse run, mobile: the scores, three of the metrics behind performance, and what lost points. */
async function audit(url: string, port: number) {
  const lhr = (await lighthouse(url, { port, logLevel: 'error', onlyCategories: [...categories] }))?.lhr
  if (!lhr || lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${lhr?.runtimeError?.message ?? 'no result'}`)
  const score = (category: (typeof categories)[number]) => Math.round((lhr.categories[category].score ?? 0) * 100)
  const metric = (id: string) => lhr.audits[id].numericValue ?? NaN
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
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
async function lighthouseScores(pages: Array<{ kind: string; url: string }>, log: (line: string) => void) {
  const chrome = await launch({ chromePath, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] })
  try {
    const results = []
    for (const { kind, url } of pages) {
      const runs: Array<Awaited<ReturnType<typeof audit>>> = []
      for (let run = 1; run <= lighthouseRuns; run++) {
        log(`  Lighthouse ${kind} (${run}/${lighthouseRuns})…`)
        runs.push(await audit(url, chrome.port))
      }
      const median = (figure: Exclude<keyof (typeof runs)[number], 'failing'>) =>
        percentile(runs.map((r) => r[figure]).sort((a, b) => a - b), 0.5)
      results.push({
        kind,
        url,
        runs: runs.length,
        performance: median('performance'),
        accessibility: median('accessibility'),
        bestPractices: median('bestPractices'),
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

const run = async ({ baseUrl, siteUrl, log }: BenchContext) => {
  if (!siteUrl) throw new Error('The site benchmark needs the system started with the site.')

  log(`  Building the site from ${baseUrl} into a temporary folder…`)
  const build = await timeBuild(baseUrl)

  const params = new URLSearchParams({ depth: '0', limit: '1', sort: 'order', 'where[audience][not_equals]': 'about', 'select[slug]': 'true' })
  const audience = ((await (await fetch(`${baseUrl}/api/pages?${params}`)).json()) as { docs: Array<{ slug: string }> }).docs[0]?.slug
  if (!audience) throw new Error('No published page for an audience (/om/<slug>) to weigh.')
  const pages = [
    { kind: 'home', path: '/' },
    { kind: 'service', path: '/stod/ips' },
    { kind: 'audience', path: `/om/${audience}` },
    { kind: 'check', path: '/passar-det-mig' },
    { kind: 'form', path: '/stod/ips/anmalan' },
  ]
  const weights = []
  for (const page of pages) {
    const weight = await weigh(`${siteUrl}${page.path}`)
    const form = page.kind === 'form'
    const target = form ? `JS ≤ ${targets.formJsKb} kB` : `JS ${targets.contentJsKb} kB, all ≤ ${targets.contentTotalKb} kB`
    const meetsTarget = form ? weight.js <= targets.formJsKb * 1000 : weight.js === 0 && weight.total <= targets.contentTotalKb * 1000
    weights.push({ ...page, ...weight, target, meetsTarget })
  }

  log(`  Lighthouse ${lighthouseRuns}× per page, mobile…`)
  const audited = pages.filter((p) => ['home', 'service', 'form'].includes(p.kind)).map((p) => ({ kind: p.kind, url: `${siteUrl}${p.path}` }))
  const scores = (await lighthouseScores(audited, log)).map((s) => ({
    ...s,
    meetsTarget: s.performance >= targets.performance && s.accessibility >= targets.accessibility,
  }))

  console.log(`\nSite build from the CMS (NODE_ENV=production, a fresh output folder)\n`)
  console.log(table(['build', 'ms', 'pages', 'ms/page'], [['astro build', build.ms, build.pages, build.msPerPage]]))

  console.log(`\nPage weight, kB gzip (node:zlib; CSS and JS include inline <style>/<script>; total = what goes over the wire, images left out)\n`)
  console.log(
    table(
      ['page', 'path', 'HTML', 'CSS', 'JS', 'total', 'target', 'meets'],
      weights.map((w) => [w.kind, w.path, kb(w.html), kb(w.css), kb(w.js), kb(w.total), w.target, w.meetsTarget ? 'yes' : 'NO']),
    ),
  )
  const form = weights.find((w) => w.kind === 'form')!
  console.log(`\nJavaScript of the form page, kB gzip\n`)
  console.log(table(['script', 'kB'], [...form.scripts.map((s) => [s.script, kb(s.gzip)]), ['total', kb(form.js)]]))

  console.log(`\nLighthouse ${lighthouseRuns}× per page, mobile, median (target: performance ≥ ${targets.performance}, accessibility ${targets.accessibility})\n`)
  console.log(
    table(
      ['page', 'performance', 'accessibility', 'best practices', 'FCP ms', 'LCP ms', 'TBT ms', 'CLS', 'meets'],
      scores.map((s) => [s.kind, s.performance, s.accessibility, s.bestPractices, s.fcpMs, s.lcpMs, s.tbtMs, s.cls, s.meetsTarget ? 'yes' : 'NO']),
    ),
  )
  for (const s of scores.filter((s) => s.failing.length > 0)) console.log(`  ${s.kind}: audits below full marks: ${s.failing.join(', ')}`)

  return { targets, build, pages: weights, lighthouse: scores }
}

export const siteBenchmark: Benchmark = { name: 'site', needsSite: true, run }
