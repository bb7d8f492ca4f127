/**
 * Nothing lost under faults: residents send the no-JavaScript form through the site (real HTTP posts of
 * the final "Send", BENCH_CHAOS_RESIDENTS at a time, each a different synthetic person) while
 * PostgreSQL is restarted three times and the CMS once. A resident told to try again does so after a
 * second with the same form fill, as the page invites them to. When the load stops, the site's outbox
 * drains; then every referral in the database is compared with what the residents were told.
 *
 * Prints: submissions accepted (the resident saw "received" and a reference), of them kept in the
 * outbox first, stored (in the database under the reference the resident holds), lost (told received
 * but not stored: must be 0), duplicates (one form fill stored twice: must be 0), and per fault the
 * time it was down and the time until the CMS read the database again, and the time the outbox took
 * to drain. A timing here is a measurement, never a pass/fail.
 */
import { performance } from 'node:perf_hooks'

import { demoUsers } from '../../seed/src/index'
import { outboxCounts } from '../../site/src/lib/outbox'
import { type BenchContext, type Benchmark, login, round, sleep, table } from './lib'
import { compareTold, startResidents, storedSince } from './residents'

const residents = Number(process.env.BENCH_CHAOS_RESIDENTS ?? 8)
const downMs = Number(process.env.BENCH_CHAOS_DOWN_MS ?? 3000)
/** When each fault starts (seconds into the load), and the load's length. */
const faults = [
  { at: 5, kind: 'database' },
  { at: 15, kind: 'database' },
  { at: 25, kind: 'cms' },
  { at: 37, kind: 'database' },
] as const
const loadSeconds = 47
const drainTimeoutMs = 5 * 60_000

const run = async ({ system, baseUrl, siteUrl, log }: BenchContext) => {
  if (!siteUrl || !system.site) throw new Error('The chaos benchmark needs the site.')
  const outboxDir = system.site.outboxDir
  const admin = demoUsers.find((u) => u.role === 'admin')!
  const auth = await login(baseUrl, admin.email, admin.password)
  const loadStart = performance.now()
  const since = () => Math.round(performance.now() - loadStart)
  const startedAt = new Date()
  let outboxPeak = 0
  const sampler = setInterval(async () => {
    const { waiting, claimed } = await outboxCounts(outboxDir)
    outboxPeak = Math.max(outboxPeak, waiting + claimed)
  }, 200)

  // The faults, one after another; each measured until the CMS reads the database again.
  const cmsReadsDatabase = async () =>
    (
      await fetch(`${baseUrl}/api/referrals?limit=1&depth=0`, {
        headers: auth,
        signal: AbortSignal.timeout(5000),
      }).catch(() => null)
    )?.status === 200
  const chaos = async () => {
    const measured = []
    for (const fault of faults) {
      await sleep(Math.max(0, fault.at * 1000 - since()))
      const began = since()
      log(
        `  ${(began / 1000).toFixed(1)} s: restarting ${fault.kind === 'cms' ? 'the CMS' : 'PostgreSQL'} (down ${downMs / 1000} s)…`,
      )
      await (fault.kind === 'cms' ? system.restartCms(downMs) : system.restartDatabase(downMs))
      const up = since()
      while (!(await cmsReadsDatabase())) await sleep(50)
      const recovered = since()
      measured.push({
        kind: fault.kind,
        atSeconds: round(began / 1000),
        downMs: up - began,
        recoveredMs: recovered - began,
      })
    }
    return measured
  }

  log(
    `  ${residents} residents for ${loadSeconds} s; faults at ${faults.map((f) => `${f.at} s (${f.kind})`).join(', ')}…`,
  )
  const load = startResidents(siteUrl, residents)
  const faultFigures = await chaos()
  await sleep(Math.max(0, loadSeconds * 1000 - since()))
  await load.stop()
  const { told, counts } = load
  const loadEnd = since()

  // The outbox drains by itself (the site's delivery loop); nothing here helps it.
  clearInterval(sampler)
  let outbox = await outboxCounts(outboxDir)
  const waitingAtEnd = outbox.waiting + outbox.claimed
  while (outbox.waiting + outbox.claimed > 0 && since() - loadEnd < drainTimeoutMs) {
    await sleep(100)
    outbox = await outboxCounts(outboxDir)
  }
  const drainMs = since() - loadEnd

  const stored = await storedSince(baseUrl, auth, startedAt)
  const {
    stored: storedCount,
    lost,
    duplicates,
    storedNotTold,
    viaOutbox,
    lostDetails,
  } = compareTold(told, stored)

  const figures = {
    residents,
    loadSeconds,
    downMs,
    sent: counts.sent,
    accepted: told.length,
    acceptedViaOutbox: viaOutbox,
    toldTryAgain: counts.tryAgain,
    failedRequests: counts.failed,
    gaveUpAtTheEnd: counts.gaveUp,
    stored: storedCount,
    lost,
    duplicates,
    storedNotTold,
    outboxPeak,
    outboxWaitingAtEnd: waitingAtEnd,
    outboxAfter: outbox,
    drainMs,
    faults: faultFigures,
    rowsStored: stored.length,
    lostDetails,
  }

  console.log(
    `\nChaos: ${residents} residents for ${loadSeconds} s through the site; PostgreSQL restarted three times, the CMS once\n`,
  )
  console.log(
    table(
      ['fault', 'at s', 'down ms', 'recovered ms'],
      faultFigures.map((f) => [
        f.kind === 'cms' ? 'CMS restart' : 'PostgreSQL restart',
        f.atSeconds,
        f.downMs,
        f.recoveredMs,
      ]),
    ),
  )
  console.log('')
  console.log(`  posts sent:                 ${counts.sent}`)
  console.log(
    `  accepted (told "received"): ${told.length}, of them through the outbox: ${viaOutbox}`,
  )
  console.log(
    `  told to try again:          ${counts.tryAgain} (then tried again with the same form fill); failed requests: ${counts.failed}`,
  )
  console.log(`  stored:                     ${figures.stored}`)
  console.log(`  lost:                       ${lost}   (must be 0)`)
  console.log(`  duplicates:                 ${duplicates}   (must be 0)`)
  console.log(
    `  stored, never confirmed:    ${storedNotTold} (the load ended before their retry was answered)`,
  )
  console.log(
    `  outbox: at most ${outboxPeak} waiting; ${waitingAtEnd} when the load ended, drained ${round(drainMs / 1000)} s later; refused: ${outbox.dead}`,
  )
  if (lost > 0) console.log(`  lost: ${JSON.stringify(lostDetails)}`)

  return figures
}

export const chaosBenchmark: Benchmark = { name: 'chaos', needsSite: true, run }
