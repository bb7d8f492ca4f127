import { submitReferral } from '@stodportalen/support-services'
import autocannon, { type Result } from 'autocannon'
/**
 * Submit throughput: the plugin's public `POST /api/referrals/submit` against a stock Payload REST
 * create, both with autocannon against the same running CMS, on the same machine, in the same run,
 * interleaved (baseline, then submit, at each concurrency) so both see the same conditions.
 *
 * The stock baseline, and why it is the fairest one available: `POST /api/referral-events?depth=0`
 * with a `note` on an existing referral, as the admin (JWT header).
 * - Referrals themselves cannot be created through stock REST (`create: nobody`; the submit endpoint
 *   is the only way in), so the baseline has to be another collection. referral-events is the closest:
 *   same plugin, same database, a relationship to a referral, an indexed row, and the smallest write
 *   that runs Payload's whole stock create path (auth, access, hooks, validation, insert, afterRead).
 * - As the admin its scope is 'all', so the plugin's row check (a findByID of the referral for intake
 *   staff) is skipped: the baseline is stock Payload plus nothing the plugin adds to this route.
 * - `depth=0`, as the submit endpoint creates with `depth: 0`.
 * - Users (password hashing), media (uploads) and services/forms (four locales) would each add costs of
 *   their own that a referral does not have.
 * What differs on purpose: stock REST pays for JWT verification and the user lookup; submit pays for
 * a constant-time key compare, the idempotency lookup, reading the service and its active form,
 * validating the answers against that form, evaluating eligibility, and writing two documents (the
 * referral with its hasMany rows, and its `submitted` event, in one transaction). The ratio shows what
 * all of that costs against one stock create: the target is submit ≥ 0.8 × stock.
 *
 * That baseline is a much smaller document than a referral, so it cannot say what validation costs.
 * The like-for-like comparison follows: the same referral document created by Payload's stock create
 * operation (what a REST create runs after authentication, with every hook of the collection:
 * encryption, lookup hashes, duplicate check, the first event) against the submit operation, both in
 * this process through the Local API, alternating call by call on the same database.
 */
import { randomBytes, randomUUID } from 'node:crypto'
import { performance } from 'node:perf_hooks'
import { getPayload, type Payload } from 'payload'

import { demoUsers } from '../../seed/src/index'
import { validIpsAnswers } from '../support/answers'
import { type BenchContext, type Benchmark, login, round, summarise, table } from './lib'

const seconds = Number(process.env.BENCH_SECONDS ?? 10)
const warmupSeconds = Number(process.env.BENCH_WARMUP_SECONDS ?? 3)
const connectionLevels = [1, 10]
const targetRatio = 0.8

const validAnswers = validIpsAnswers

/**
 * Each request a new referral from a different person (as real traffic is: the duplicate check finds
 * nothing to flag) with its own idempotency key, as a site that sends keys does (the key lookup included).
 */
let people = 0
const submissionBody = () => {
  people++
  const answers = {
    ...validAnswers,
    name: `Bänk Person ${people}`,
    phone: `0739${String(people).padStart(6, '0')}`,
  }
  return JSON.stringify({ service: 'ips', locale: 'sv', answers, idempotencyKey: randomUUID() })
}

interface Figures {
  target: 'submit' | 'stock'
  connections: number
  seconds: number
  requests: number
  ok: number
  perSecond: number
  p50: number
  p97_5: number
  p99: number
  max: number
  errors: number
  timeouts: number
  non2xx: number
  statusCodes: Record<string, number>
}

const figuresOf = (target: Figures['target'], connections: number, result: Result): Figures => {
  const statusCodes = Object.fromEntries(
    Object.entries(result.statusCodeStats).map(([code, { count }]) => [code, count]),
  )
  const requests = Object.values(statusCodes).reduce((a, b) => a + b, 0)
  return {
    target,
    connections,
    seconds: result.duration,
    requests,
    ok: result['2xx'],
    perSecond: round(result['2xx'] / result.duration),
    p50: result.latency.p50,
    p97_5: result.latency.p97_5,
    p99: result.latency.p99,
    max: result.latency.max,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    statusCodes,
  }
}

const run = async ({ system, baseUrl, log }: BenchContext) => {
  const admin = demoUsers.find((u) => u.role === 'admin')!
  const adminAuth = await login(baseUrl, admin.email, admin.password)
  const submitHeaders = { 'content-type': 'application/json', 'x-submit-key': system.submitKey }

  // One referral for the stock baseline's notes to hang on (the system starts with an empty queue).
  const first = await fetch(`${baseUrl}/api/referrals/submit`, {
    method: 'POST',
    headers: submitHeaders,
    body: submissionBody(),
  })
  if (first.status !== 201)
    throw new Error(`The first submission failed: ${first.status} ${await first.text()}`)
  const { reference } = (await first.json()) as { reference: string }
  const lookup = await fetch(
    `${baseUrl}/api/referrals?where[reference][equals]=${reference}&depth=0&limit=1`,
    { headers: adminAuth },
  )
  const referralId = ((await lookup.json()) as { docs: Array<{ id: number }> }).docs[0]?.id
  if (referralId === undefined) throw new Error(`The referral ${reference} could not be read back.`)

  const targets = {
    stock: {
      url: `${baseUrl}/api/referral-events?depth=0`,
      method: 'POST',
      headers: { 'content-type': 'application/json', ...adminAuth },
      body: JSON.stringify({
        referral: referralId,
        type: 'note',
        note: 'Ringde, inget svar. Försöker igen i morgon.',
      }),
    },
    submit: {
      url: `${baseUrl}/api/referrals/submit`,
      method: 'POST',
      headers: submitHeaders,
      requests: [
        {
          method: 'POST',
          setupRequest: (request: object) => ({ ...request, body: submissionBody() }),
        },
      ],
    },
  }

  const figures: Figures[] = []
  for (const connections of connectionLevels) {
    for (const target of ['stock', 'submit'] as const) {
      log(
        `  ${target}, ${connections} connection(s): ${warmupSeconds} s warm-up, then ${seconds} s…`,
      )
      await autocannon({ ...targets[target], connections, duration: warmupSeconds })
      figures.push(
        figuresOf(
          target,
          connections,
          await autocannon({ ...targets[target], connections, duration: seconds }),
        ),
      )
    }
  }

  const ratios = connectionLevels.map((connections) => {
    const of = (target: Figures['target']) =>
      figures.find((f) => f.target === target && f.connections === connections)!
    const ratio = round(of('submit').perSecond / of('stock').perSecond, 2)
    return { connections, ratio, meetsTarget: ratio >= targetRatio }
  })

  console.log(
    `\nSubmit vs stock REST create, ${seconds} s per row after a ${warmupSeconds} s warm-up (latency in ms)\n`,
  )
  console.log(
    table(
      ['target', 'conn', 'ok/s', 'p50', 'p97.5', 'p99', 'max', 'requests', 'errors', 'non-2xx'],
      figures.map((f) => [
        f.target === 'submit'
          ? 'submit  POST /api/referrals/submit'
          : 'stock   POST /api/referral-events',
        f.connections,
        f.perSecond,
        f.p50,
        f.p97_5,
        f.p99,
        f.max,
        f.requests,
        f.errors + f.timeouts,
        f.non2xx,
      ]),
    ),
  )
  console.log('')
  for (const r of ratios) {
    console.log(
      `  ratio submit/stock at ${String(r.connections).padStart(2)} conn: ${r.ratio.toFixed(2)}×   target ≥ ${targetRatio}×   ${r.meetsTarget ? 'meets' : 'MISSES'}`,
    )
  }

  const sameDocument = await compareSameDocument(reference)
  return {
    seconds,
    warmupSeconds,
    targetRatio,
    baseline: 'POST /api/referral-events?depth=0 (note, as admin)',
    figures,
    ratios,
    sameDocument,
  }
}

const sameDocumentRuns = Number(process.env.BENCH_RUNS ?? 300)

/** The call's latencies in ms, and how many a second one caller gets. */
const summary = (samples: number[]) => {
  const timing = summarise(samples, 1)
  return { ...timing, perSecond: round(1000 / timing.mean) }
}

/**
 * The stock create of the very document the first submission stored (new reference each time) against
 * the submit operation with a new person's answers, alternating, so both see the same conditions.
 */
const compareSameDocument = async (reference: string) => {
  const { default: config } = await import('../../cms/src/payload.config')
  const payload: Payload = await getPayload({ config, key: 'bench-submit' })
  const stored = (
    await payload.find({
      collection: 'referrals',
      where: { reference: { equals: reference } },
      depth: 0,
      overrideAccess: true,
    })
  ).docs[0]
  const {
    id: _id,
    reference: _reference,
    idempotencyKey: _key,
    createdAt: _created,
    updatedAt: _updated,
    ...document
  } = stored as unknown as Record<string, unknown>
  // Each copy a different person too, as each submission is: the duplicate check finds nothing either way.
  let copies = 0
  const copy = () => {
    copies++
    const applicant = {
      ...(document.applicant as object),
      name: `Kopia Person ${copies}`,
      phone: `0737${String(copies).padStart(6, '0')}`,
    }
    return { ...document, applicant, reference: `STCK-${Date.now()}-${copies}` }
  }
  const stock = () =>
    payload.create({
      collection: 'referrals',
      data: copy() as never,
      overrideAccess: true,
      depth: 0,
    })
  const submit = () => submitReferral(payload, JSON.parse(submissionBody()), { randomBytes })
  const samples = { stock: [] as number[], submit: [] as number[] }
  const timed = async (call: () => Promise<unknown>, into?: number[]) => {
    const started = performance.now()
    await call()
    into?.push(performance.now() - started)
  }
  for (let i = 0; i < 20; i++) {
    await timed(stock)
    await timed(submit)
  }
  for (let i = 0; i < sameDocumentRuns; i++) {
    await timed(stock, samples.stock)
    await timed(submit, samples.submit)
  }
  const stockFigures = summary(samples.stock)
  const submitFigures = summary(samples.submit)
  const ratio = round(submitFigures.perSecond / stockFigures.perSecond, 2)
  console.log(
    `\nThe same referral document, in process, ${sameDocumentRuns} alternating calls each (latency in ms)\n`,
  )
  console.log(
    table(
      ['target', 'per second', 'p50', 'p95', 'p99', 'mean'],
      [
        [
          'stock   payload.create (referrals)',
          stockFigures.perSecond,
          stockFigures.p50,
          stockFigures.p95,
          stockFigures.p99,
          stockFigures.mean,
        ],
        [
          'submit  submitReferral',
          submitFigures.perSecond,
          submitFigures.p50,
          submitFigures.p95,
          submitFigures.p99,
          submitFigures.mean,
        ],
      ],
    ),
  )
  console.log(
    `\n  ratio submit/stock: ${ratio.toFixed(2)}×   target ≥ ${targetRatio}×   ${ratio >= targetRatio ? 'meets' : 'MISSES'}`,
  )
  return {
    runs: sameDocumentRuns,
    stock: stockFigures,
    submit: submitFigures,
    ratio,
    meetsTarget: ratio >= targetRatio,
  }
}

export const submitBenchmark: Benchmark = { name: 'submit', run }
