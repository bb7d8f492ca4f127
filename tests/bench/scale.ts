/**
 * Several processes on one PostgreSQL: two CMS processes and two site servers (on the build the system
 * made), each pair behind the load balancer of the compose file's scale profile
 * (scripts/loadBalancer.ts). Residents send the no-JavaScript form through the site balancer while
 * one CMS process and then one site server are killed (SIGKILL: a crash, nothing flushed). Before the
 * load, one form fill is sent to both CMS processes at once. BENCH_SCALE_RESIDENTS (default 8);
 * BENCH_SCALE_OUTBOX=per-process gives each site server an outbox of its own (default: one shared).
 *
 * Prints: accepted, stored, lost (must be 0), duplicates (must be 0), per kill how long until every
 * resident was served again, how the balancers spread the requests, and whether the fill sent to both
 * CMS processes was stored once. Rate limits are counted in PostgreSQL, so they hold whichever process
 * takes a request (tests/int/rate-limit.test.ts checks that over two processes); here they are lifted,
 * as in every benchmark. A timing here is a measurement, never a pass/fail.
 */
import { randomUUID } from 'node:crypto'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'

import { startLoadBalancer } from '../../scripts/loadBalancer'
import { stopChild } from '../../scripts/system/children'
import { startCms } from '../../scripts/system/cms'
import { freePort } from '../../scripts/system/ports'
import { serveBuiltSite, siteServerEnv } from '../../scripts/system/site'
import { demoUsers } from '../../seed/src/index'
import { outboxCounts } from '../../site/src/lib/outbox'
import { validIpsAnswers } from '../support/answers'
import { type BenchContext, type Benchmark, login, loopbackUrl, round, sleep, table } from './lib'
import { compareTold, startResidents, storedSince, type Told } from './residents'

const residents = Number(process.env.BENCH_SCALE_RESIDENTS ?? 8)
const outboxMode = process.env.BENCH_SCALE_OUTBOX === 'per-process' ? 'per-process' : 'shared'
const kills = [
  { at: 10, kind: 'CMS process' },
  { at: 20, kind: 'site server' },
] as const
const loadSeconds = 35
const drainTimeoutMs = 5 * 60_000
const quiet = () => {}

/** One form fill sent to both CMS processes at the same moment: how many references and rows. */
const sameFillToBoth = async (
  cmsUrls: string[],
  submitKey: string,
  auth: Record<string, string>,
) => {
  const body = JSON.stringify({
    service: 'ips',
    locale: 'sv',
    answers: validIpsAnswers,
    idempotencyKey: randomUUID(),
  })
  const answers = await Promise.all(
    cmsUrls.map(async (url) => {
      const response = await fetch(`${url}/api/referrals/submit`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-submit-key': submitKey },
        body,
      })
      return ((await response.json()) as { reference?: string }).reference
    }),
  )
  const references = new Set(answers)
  const [reference] = references
  const rows = await fetch(
    `${cmsUrls[0]}/api/referrals?where[reference][equals]=${encodeURIComponent(reference ?? '')}&depth=0`,
    { headers: auth },
  ).then((r) => r.json() as Promise<{ totalDocs: number }>)
  return { references: references.size, rows: rows.totalDocs }
}

/** After a kill at `at` (wall clock): how long until each resident had been told "received" again. */
const servedAgainMs = (told: readonly Told[], at: number) => {
  const firstAfter = new Map<number, number>()
  for (const t of told)
    if (t.at > at && !firstAfter.has(t.resident)) firstAfter.set(t.resident, t.at - at)
  return firstAfter.size < residents ? null : Math.max(...firstAfter.values())
}

const run = async ({ system, baseUrl, log }: BenchContext) => {
  if (!system.site) throw new Error('The scale benchmark needs the site.')
  const admin = demoUsers.find((u) => u.role === 'admin')!
  const auth = await login(baseUrl, admin.email, admin.password)

  log('  Starting a second CMS process and two site servers behind balancers…')
  const secondCms = await startCms({ port: await freePort(), env: process.env, log: quiet })
  const cmsUrls = [baseUrl, loopbackUrl(secondCms.url)]
  const cmsBalancer = await startLoadBalancer(0, cmsUrls)
  const outboxes =
    outboxMode === 'shared'
      ? [system.site.outboxDir, system.site.outboxDir]
      : [
          await mkdtemp(path.join(tmpdir(), 'stodportalen-outbox-')),
          await mkdtemp(path.join(tmpdir(), 'stodportalen-outbox-')),
        ]
  const sites = await Promise.all(
    outboxes.map(async (outboxDir) => {
      const port = await freePort()
      const env = siteServerEnv({ ...process.env, CMS_URL: cmsBalancer.url }, outboxDir)
      const server = await serveBuiltSite(
        system.site!.outDir,
        { port, host: '127.0.0.1' },
        env,
        quiet,
      )
      return { url: `http://127.0.0.1:${port}`, server }
    }),
  )
  const siteBalancer = await startLoadBalancer(
    0,
    sites.map((s) => s.url),
  )

  try {
    const idempotency = await sameFillToBoth(cmsUrls, system.submitKey, auth)

    const startedAt = new Date()
    const loadStart = performance.now()
    const since = () => performance.now() - loadStart
    log(
      `  ${residents} residents for ${loadSeconds} s; kills at ${kills.map((k) => `${k.at} s (${k.kind})`).join(', ')}; outbox ${outboxMode}…`,
    )
    const load = startResidents(loopbackUrl(siteBalancer.url), residents)
    const killedAt: number[] = []
    for (const kill of kills) {
      await sleep(Math.max(0, kill.at * 1000 - since()))
      log(`  ${(since() / 1000).toFixed(1)} s: killing a ${kill.kind}…`)
      killedAt.push(Date.now())
      if (kill.kind === 'CMS process') secondCms.crash()
      else sites[1].server.kill('SIGKILL')
    }
    await sleep(Math.max(0, loadSeconds * 1000 - since()))
    await load.stop()

    // Each outbox drains by itself (the surviving server's delivery loop claims the shared folder's
    // letters; a per-process folder waits for its own server).
    const waiting = async () => {
      let sum = 0
      for (const dir of new Set(outboxes)) {
        const { waiting, claimed } = await outboxCounts(dir)
        sum += waiting + claimed
      }
      return sum
    }
    const waitingAtEnd = await waiting()
    const drainStart = Date.now()
    while ((await waiting()) > 0 && Date.now() - drainStart < drainTimeoutMs) await sleep(100)
    const left = await waiting()

    const comparison = compareTold(load.told, await storedSince(baseUrl, auth, startedAt))
    const figures = {
      residents,
      loadSeconds,
      outbox: outboxMode,
      sent: load.counts.sent,
      accepted: load.told.length,
      acceptedViaOutbox: comparison.viaOutbox,
      toldTryAgain: load.counts.tryAgain,
      failedRequests: load.counts.failed,
      stored: comparison.stored,
      lost: comparison.lost,
      duplicates: comparison.duplicates,
      storedNotTold: comparison.storedNotTold,
      kills: kills.map((kill, i) => ({
        ...kill,
        everyResidentServedAgainMs: servedAgainMs(load.told, killedAt[i]),
      })),
      outboxWaitingAtEnd: waitingAtEnd,
      outboxLeft: left,
      drainMs: Date.now() - drainStart,
      spread: {
        cms: Object.fromEntries(cmsBalancer.served),
        site: Object.fromEntries(siteBalancer.served),
      },
      sameFillToBothCms: idempotency,
      lostDetails: comparison.lostDetails,
    }

    console.log(
      `\nScale: 2 CMS processes and 2 site servers on one PostgreSQL, ${residents} residents for ${loadSeconds} s\n`,
    )
    console.log(
      table(
        ['killed', 'at s', 'every resident served again ms'],
        figures.kills.map((k) => [k.kind, k.at, k.everyResidentServedAgainMs ?? 'not all']),
      ),
    )
    console.log('')
    console.log(`  posts sent:                 ${figures.sent}`)
    console.log(
      `  accepted (told "received"): ${figures.accepted}, of them through an outbox: ${figures.acceptedViaOutbox}`,
    )
    console.log(
      `  told to try again:          ${figures.toldTryAgain}; failed requests: ${figures.failedRequests}`,
    )
    console.log(`  stored:                     ${figures.stored}`)
    console.log(`  lost:                       ${figures.lost}   (must be 0)`)
    console.log(`  duplicates:                 ${figures.duplicates}   (must be 0)`)
    console.log(
      `  one fill to both CMS at once: ${idempotency.references} reference, ${idempotency.rows} row   (must be 1 and 1)`,
    )
    console.log(
      `  outbox (${outboxMode}): ${waitingAtEnd} waiting when the load ended, drained in ${round(figures.drainMs / 1000)} s, ${left} left`,
    )
    console.log(
      `  requests per CMS process: ${[...cmsBalancer.served.values()].join(' / ')}; per site server: ${[...siteBalancer.served.values()].join(' / ')}`,
    )
    if (figures.lost > 0) console.log(`  lost: ${JSON.stringify(figures.lostDetails)}`)
    return figures
  } finally {
    await siteBalancer.close()
    await cmsBalancer.close()
    await Promise.all(sites.map((s) => stopChild(s.server)))
    await secondCms.stop()
  }
}

export const scaleBenchmark: Benchmark = { name: 'scale', needsSite: true, run }
