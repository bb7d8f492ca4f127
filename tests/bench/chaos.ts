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
import { randomUUID } from 'node:crypto'
import { performance } from 'node:perf_hooks'

import { demoUsers } from '../../seed/src/index'
import { outboxCounts } from '../../site/src/lib/outbox'
import { ipsFormAnswers, postForm, referenceOnPage, sendFields } from '../support/referralForm'
import { type BenchContext, type Benchmark, login, round, sleep, table } from './lib'

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

interface Told {
  person: string
  reference: string
  /** When the resident saw the confirmation (wall clock, ms). */
  at: number
}

const nameOf = (n: number) => `Kaos Person ${n}`

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

  // The residents: each form fill is sent until the page confirms it (or the load ends).
  const told: Told[] = []
  const counts = { sent: 0, tryAgain: 0, failed: 0, gaveUp: 0 }
  let people = 0
  let loading = true
  const resident = async () => {
    while (loading) {
      const n = ++people
      const answers = {
        ...ipsFormAnswers,
        name: nameOf(n),
        phone: `0738${String(n).padStart(6, '0')}`,
      }
      const key = randomUUID()
      for (;;) {
        counts.sent++
        const response = await postForm(
          siteUrl,
          '/stod/ips/anmalan',
          sendFields(answers, key),
        ).catch(() => null)
        const reference = response?.status === 200 ? referenceOnPage(await response.text()) : null
        if (reference) {
          told.push({ person: nameOf(n), reference, at: Date.now() })
          break
        }
        if (response?.status === 200) counts.tryAgain++
        else counts.failed++
        if (!loading) {
          counts.gaveUp++
          break
        }
        await sleep(1000)
      }
    }
  }

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
  const workers = Array.from({ length: residents }, resident)
  const faultFigures = await chaos()
  await sleep(Math.max(0, loadSeconds * 1000 - since()))
  loading = false
  await Promise.all(workers)
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

  // Every referral stored since the load began, by the person's (unique) name.
  const stored: Array<{ reference: string; name: string; createdAt: string }> = []
  for (let page = 1; ; page++) {
    const query = `where[createdAt][greater_than_equal]=${encodeURIComponent(startedAt.toISOString())}&limit=500&page=${page}&depth=0&sort=id`
    const answer = (await (
      await fetch(`${baseUrl}/api/referrals?${query}`, { headers: auth })
    ).json()) as {
      docs: Array<{ reference: string; applicant: { name: string }; createdAt: string }>
      hasNextPage: boolean
    }
    stored.push(
      ...answer.docs.map((d) => ({
        reference: d.reference,
        name: d.applicant?.name,
        createdAt: d.createdAt,
      })),
    )
    if (!answer.hasNextPage) break
  }
  const byName = new Map<string, number>()
  for (const row of stored) byName.set(row.name, (byName.get(row.name) ?? 0) + 1)
  const byReference = new Map(stored.map((row) => [row.reference, row]))
  const lost = told.filter((t) => byReference.get(t.reference)?.name !== t.person)
  const duplicates = [...byName.values()].reduce((sum, rows) => sum + rows - 1, 0)
  const toldPeople = new Set(told.map((t) => t.person))
  const storedNotTold = stored.filter(
    (row) => row.name?.startsWith('Kaos Person') && !toldPeople.has(row.name),
  ).length
  // Stored after the resident was told: it went through the outbox (a direct submission is stored first).
  const viaOutbox = told.filter((t) => {
    const row = byReference.get(t.reference)
    return row && Date.parse(row.createdAt) > t.at
  }).length

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
    stored: told.length - lost.length,
    lost: lost.length,
    duplicates,
    storedNotTold,
    outboxPeak,
    outboxWaitingAtEnd: waitingAtEnd,
    outboxAfter: outbox,
    drainMs,
    faults: faultFigures,
    rowsStored: stored.length,
    // What a lost resident was told, and whatever is stored under their (synthetic) name: where to look.
    lostDetails: lost
      .slice(0, 20)
      .map((t) => ({ ...t, storedUnder: stored.filter((row) => row.name === t.person) })),
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
  console.log(`  lost:                       ${lost.length}   (must be 0)`)
  console.log(`  duplicates:                 ${duplicates}   (must be 0)`)
  console.log(
    `  stored, never confirmed:    ${storedNotTold} (the load ended before their retry was answered)`,
  )
  console.log(
    `  outbox: at most ${outboxPeak} waiting; ${waitingAtEnd} when the load ended, drained ${round(drainMs / 1000)} s later; refused: ${outbox.dead}`,
  )
  if (lost.length > 0) console.log(`  lost: ${JSON.stringify(figures.lostDetails)}`)

  return figures
}

export const chaosBenchmark: Benchmark = { name: 'chaos', needsSite: true, run }
