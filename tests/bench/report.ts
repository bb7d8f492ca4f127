import type { PostgresAdapter } from '@payloadcms/db-postgres'

import { followUpReport } from '@stodportalen/support-services'
import {
  calendarDate,
  educationLevels,
  incomeSources,
  outcomes,
  supportYearBands,
} from '@stodportalen/support-services/domain'
/**
 * The follow-up report for all services over 100,000 referrals and 1,000,000 history events: the
 * operation (its SQL aggregates and the shaping), and the same over REST as JSON and as the masked CSV.
 * Target: p95 ≤ 300 ms. Referrals and their histories are written by SQL, event by event as the hooks
 * would have written them (submitted, each status change with its from and to, an assignment at
 * enrolment, employer contacts, job and study starts and their ends, notes to reach a million events), so the report's reconstruction from events reads a
 * realistic table.
 */
import { performance } from 'node:perf_hooks'
import { getPayload, type Payload } from 'payload'

import {
  type BenchContext,
  type Benchmark,
  login,
  percentile,
  round,
  statusSpread,
  table,
  timeCalls,
} from './lib'
import { captureSql } from './queue'

const totalReferrals = 100_000
const totalEvents = 1_000_000
const runs = Number(process.env.BENCH_RUNS ?? 100)
const warmupRuns = 10
const targetP95 = 300
const coachCount = 12

/** The status path to each current status, and how far from received to the last change each step comes. */
const paths: Record<string, Array<[from: string | null, to: string, fraction: number]>> = {}
const path = (status: string, steps: string[], fractions: number[]) => {
  paths[status] = steps.map((to, i) => [i === 0 ? null : steps[i - 1], to, fractions[i]])
}
path('received', ['received'], [0])
path('screened', ['received', 'screened'], [0, 1])
path('waiting', ['received', 'screened', 'waiting'], [0, 0.1, 1])
path('firstContact', ['received', 'screened', 'waiting', 'firstContact'], [0, 0.1, 0.2, 1])
path('onHold', ['received', 'screened', 'waiting', 'onHold'], [0, 0.1, 0.2, 1])
path(
  'enrolled',
  ['received', 'screened', 'waiting', 'firstContact', 'enrolled'],
  [0, 0.1, 0.2, 0.5, 0.75],
)
path(
  'active',
  ['received', 'screened', 'waiting', 'firstContact', 'enrolled', 'active'],
  [0, 0.1, 0.2, 0.5, 0.75, 1],
)
path(
  'closed',
  ['received', 'screened', 'waiting', 'firstContact', 'enrolled', 'active', 'closed'],
  [0, 0.1, 0.2, 0.5, 0.75, 0.875, 1],
)
path('redirected', ['received', 'screened', 'waiting', 'redirected'], [0, 0.1, 0.2, 1])
path('declined', ['received', 'screened', 'declined'], [0, 0.1, 1])
path(
  'withdrawn',
  ['received', 'screened', 'waiting', 'firstContact', 'withdrawn'],
  [0, 0.1, 0.2, 0.5, 1],
)

const pathValues = Object.entries(paths)
  .flatMap(([status, steps]) =>
    steps.map(
      ([from, to, fraction]) =>
        `('${status}', ${from ? `'${from}'` : 'NULL'}, '${to}', ${fraction})`,
    ),
  )
  .join(',\n')

/** A uniform 0..1 per row and purpose, the same on every run (no random()). */
const uniform = (seed: number) =>
  `(hashint8extended(g::bigint, ${seed}) & 1048575)::float8 / 1048576`

/** Pick from weighted choices with one uniform draw: `CASE WHEN u < 0.45 THEN 'a' … END`. */
const weighted = (u: string, choices: Array<[value: string, weight: number]>) => {
  const total = choices.reduce((sum, [, w]) => sum + w, 0)
  let upTo = 0
  return `CASE ${choices.map(([value, w]) => `WHEN ${u} < ${(upTo += w / total)} THEN ${value}`).join(' ')} END`
}

const sources = [
  'self',
  'psychiatry',
  'primaryCare',
  'socialServices',
  'fk',
  'af',
  'school',
  'other',
]
const heardFrom = [
  'psychiatry',
  'primaryCare',
  'socialServices',
  'fk',
  'af',
  'school',
  'friendOrFamily',
  'socialMedia',
  'event',
  'web',
  'other',
]

/** Empties the (throw-away) referrals and fills them: services 45/30/25 %, statuses and dates as above. */
const fillReferrals = async (payload: Payload, serviceIds: number[]) => {
  const { pool } = payload.db as unknown as PostgresAdapter
  const started = performance.now()
  await pool.query('TRUNCATE referrals CASCADE')
  const list = (values: readonly string[]) => `(ARRAY['${values.join("','")}'])`
  await pool.query(
    `
    WITH drawn AS (
      SELECT g, ${weighted(
        uniform(1),
        serviceIds.map((id, i) => [String(id), [45, 30, 25][i] ?? 10]),
      )} AS service_id,
        ${weighted(
          uniform(2),
          statusSpread.map(([status, share]) => [`'${status}'`, share]),
        )} AS status,
        ${uniform(3)} AS u_age, ${uniform(4)} AS u_change, ${uniform(5)} AS u_outcome, ${uniform(6)} AS u_gender,
        ${uniform(7)} AS u_source, ${uniform(8)} AS u_heard
      FROM generate_series(1, $1::int) AS g
    ),
    dated AS (
      SELECT drawn.*, now() - (CASE status ${statusSpread.map(([status, , within]) => `WHEN '${status}' THEN ${within}`).join(' ')} END) * u_age AS received_at
      FROM drawn
    ),
    changed AS (
      SELECT dated.*, CASE WHEN status = 'received' THEN received_at ELSE received_at + (now() - received_at) * u_change END AS changed_at
      FROM dated
    )
    INSERT INTO referrals (reference, service_id, status, outcome, priority, received_at, status_changed_at, first_contact_at,
      enrolled_at, closed_at, applicant_name, applicant_gender, source, heard_from, updated_at, created_at)
    SELECT format('BNCH-%s', g), service_id, status::enum_referrals_status,
      CASE WHEN status = 'closed' THEN ${list(outcomes)}[1 + floor(u_outcome * ${outcomes.length})::int]::enum_referrals_outcome END,
      'normal', received_at, changed_at,
      CASE WHEN status IN ('firstContact', 'enrolled', 'active', 'closed', 'withdrawn') THEN received_at + (changed_at - received_at) * 0.5 END,
      CASE WHEN status IN ('enrolled', 'active', 'closed') THEN received_at + (changed_at - received_at) * 0.75 END,
      CASE WHEN status IN ('closed', 'redirected', 'declined', 'withdrawn') THEN changed_at END,
      format('Syntetisk Person %s', g),
      ${weighted('u_gender', [
        ["'woman'", 50],
        ["'man'", 45],
        ["'other'", 2],
        ["'notStated'", 3],
      ])}::enum_referrals_applicant_gender,
      ${list(sources)}[1 + floor(u_source * ${sources.length})::int]::enum_referrals_source,
      CASE WHEN u_heard < 0.85 THEN ${list(heardFrom)}[1 + floor(u_heard / 0.85 * ${heardFrom.length})::int]::enum_referrals_heard_from END,
      changed_at, received_at
    FROM changed`,
    [totalReferrals],
  )
  const rows = Number((await pool.query('SELECT count(*) FROM referrals')).rows[0].count)
  return { rows, seconds: round((performance.now() - started) / 1000) }
}

/**
 * The road to work of the participants: an employer contact for 4 in 5, a job or study start for 2 in 5
 * (all four kinds, jobs in every SNI section), and an end for a third of the starts; an action plan for
 * 9 in 10 and a profile at enrolment for 3 in 4 (every answer of each question), and the services'
 * expected participants per year.
 */
const fillRoadToWork = async (pool: PostgresAdapter['pool']) => {
  const day = (at: string) => `((${at}) AT TIME ZONE 'Europe/Stockholm')::date::text`
  const contactAt = `enrolled_at + (id % 60) * interval '1 day'`
  await pool.query(`
    INSERT INTO referral_events (referral_id, type, at, date, updated_at, created_at)
    SELECT id, 'employerContact', ${contactAt}, ${day(contactAt)}, now(), now()
    FROM referrals WHERE enrolled_at IS NOT NULL AND id % 5 <> 0`)
  const startAt = `enrolled_at + (14 + id % 150) * interval '1 day'`
  await pool.query(`
    INSERT INTO referral_events (referral_id, type, at, date, work_start_kind, work_start_school_kind,
      work_start_sector, work_start_hours_per_week, updated_at, created_at)
    SELECT id, 'workStart', ${startAt}, ${day(startAt)}, k.kind::enum_referral_events_work_start_kind,
      CASE WHEN k.kind = 'studies' THEN 'adultEducation'::enum_referral_events_work_start_school_kind END,
      CASE WHEN k.kind <> 'studies' THEN chr(65 + id % 21)::enum_referral_events_work_start_sector END,
      10 + id % 31, now(), now()
    FROM referrals
    CROSS JOIN LATERAL (SELECT (ARRAY['competitiveJob', 'subsidisedJob', 'ownBusiness', 'studies'])[1 + id % 4] AS kind) k
    WHERE enrolled_at IS NOT NULL AND id % 5 < 2`)
  const endAt = `e.at + (20 + e.referral_id % 200) * interval '1 day'`
  await pool.query(`
    INSERT INTO referral_events (referral_id, type, at, date, work_end_start_id, work_end_reason, updated_at, created_at)
    SELECT e.referral_id, 'workEnd', ${endAt}, ${day(endAt)}, e.id, 'resigned', now(), now()
    FROM referral_events e WHERE e.type = 'workStart' AND e.referral_id % 3 = 0`)
  const planAt = `enrolled_at + (id % 40) * interval '1 day'`
  await pool.query(`
    INSERT INTO referral_events (referral_id, type, at, date, updated_at, created_at)
    SELECT id, 'actionPlan', ${planAt}, ${day(planAt)}, now(), now()
    FROM referrals WHERE enrolled_at IS NOT NULL AND id % 10 <> 0`)
  const pick = (values: readonly string[], type: string, salt: number) =>
    `(ARRAY['${values.join("','")}'])[1 + (id / ${salt}) % ${values.length}]::${type}`
  await pool.query(`
    INSERT INTO referral_events (referral_id, type, at, profile_income_source, profile_support_years,
      profile_education, profile_age_at_enrolment, updated_at, created_at)
    SELECT id, 'profile', enrolled_at + interval '2 hours',
      ${pick(incomeSources, 'enum_referral_events_profile_income_source', 3)},
      ${pick(supportYearBands, 'enum_referral_events_profile_support_years', 7)},
      ${pick(educationLevels, 'enum_referral_events_profile_education', 11)},
      18 + id % 47, now(), now()
    FROM referrals WHERE enrolled_at IS NOT NULL AND id % 4 <> 0`)
  await pool.query(`
    INSERT INTO services_targets (_order, _parent_id, id, year, people_supported)
    SELECT y - 2020, s.id, s.id || '-' || y, y, 150 FROM services s CROSS JOIN generate_series(2021, 2030) y
    ON CONFLICT DO NOTHING`)
}

/** Writes every referral's history, assigns coaches to the participants, and tops up with notes to a million events. */
const fillEvents = async (payload: Payload, coachIds: number[]) => {
  const { pool } = payload.db as unknown as PostgresAdapter
  const started = performance.now()
  await pool.query('TRUNCATE referral_events CASCADE')
  // A queued referral's first contact, and a participant's enrolment, happen when the fill says they did.
  await pool.query(`
    WITH paths(status, from_status, to_status, fraction) AS (VALUES ${pathValues})
    INSERT INTO referral_events (referral_id, type, at, from_status, to_status, outcome, updated_at, created_at)
    SELECT r.id,
      (CASE WHEN p.from_status IS NULL THEN 'submitted' ELSE 'statusChange' END)::enum_referral_events_type,
      CASE WHEN p.to_status = 'firstContact' AND r.first_contact_at IS NOT NULL THEN r.first_contact_at
           WHEN p.to_status = 'enrolled' AND r.enrolled_at IS NOT NULL THEN r.enrolled_at
           ELSE r.received_at + (r.status_changed_at - r.received_at) * p.fraction END,
      p.from_status::enum_referral_events_from_status, p.to_status::enum_referral_events_to_status,
      CASE WHEN p.to_status = 'closed' THEN r.outcome::text::enum_referral_events_outcome END,
      now(), now()
    FROM referrals r JOIN paths p ON p.status = r.status::text`)
  // The coach of each participant, assigned the day they were enrolled.
  await pool.query(
    `UPDATE referrals SET assignee_id = ($1::int[])[1 + id % $2] WHERE status IN ('enrolled', 'active')`,
    [coachIds, coachIds.length],
  )
  await pool.query(
    `INSERT INTO referral_events (referral_id, type, at, assignee_id, updated_at, created_at)
     SELECT id, 'assigned', enrolled_at + interval '1 hour', ($1::int[])[1 + id % $2], now(), now()
     FROM referrals WHERE enrolled_at IS NOT NULL`,
    [coachIds, coachIds.length],
  )
  await fillRoadToWork(pool)
  const have = Number((await pool.query('SELECT count(*) FROM referral_events')).rows[0].count)
  const referrals = Number((await pool.query('SELECT count(*) FROM referrals')).rows[0].count)
  const perReferral = Math.floor((totalEvents - have) / referrals)
  const notes = (limit: string) => `
    INSERT INTO referral_events (referral_id, type, at, note, updated_at, created_at)
    SELECT r.id, 'note', r.received_at + (r.status_changed_at - r.received_at) * (n::float8 / ${perReferral + 2}), 'Anteckning', now(), now()
    FROM referrals r CROSS JOIN generate_series(1, $1::int) AS n ${limit}`
  if (perReferral > 0) await pool.query(notes(''), [perReferral])
  const rest =
    totalEvents - Number((await pool.query('SELECT count(*) FROM referral_events')).rows[0].count)
  if (rest > 0) await pool.query(notes(`ORDER BY r.id LIMIT ${rest}`), [1])
  await pool.query('VACUUM ANALYZE referral_events')
  await pool.query('VACUUM ANALYZE referrals')
  await pool.query('VACUUM ANALYZE referral_stays')
  const count = Number((await pool.query('SELECT count(*) FROM referral_events')).rows[0].count)
  return { events: count, seconds: round((performance.now() - started) / 1000) }
}

const ensureCoaches = async (payload: Payload, serviceIds: number[], unitIds: number[]) => {
  const ids: number[] = []
  for (let i = 1; i <= coachCount; i++) {
    const email = `coach-${i}@bench.example`
    const found = await payload.find({
      collection: 'users',
      where: { email: { equals: email } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    const user =
      found.docs[0] ??
      (await payload.create({
        collection: 'users',
        data: {
          name: `Coach ${i}`,
          email,
          password: `bench-coach-${i}-password`,
          role: 'intake',
          units: unitIds,
          services: serviceIds,
        } as never,
        overrideAccess: true,
      }))
    ids.push(Number(user.id))
  }
  return ids
}

const time = (call: () => Promise<unknown>) => timeCalls(call, { runs, warmupRuns, digits: 1 })

/** Each statement of one report alone (they run side by side in the report): which one costs what. */
const statementTimes = async (payload: Payload, call: () => Promise<unknown>) => {
  const { pool } = payload.db as unknown as PostgresAdapter
  const statements = await captureSql(payload, call)
  const results: Array<{ statement: string; ms: number }> = []
  for (const s of statements) {
    const samples: number[] = []
    for (let i = 0; i < 7; i++) {
      const started = performance.now()
      await pool.query(s.text, s.values as unknown[])
      samples.push(performance.now() - started)
    }
    results.push({
      statement: s.text.replace(/\s+/g, ' ').trim().slice(0, 90),
      ms: round(
        percentile(
          samples.sort((a, b) => a - b),
          0.5,
        ),
        1,
      ),
    })
  }
  return results
}

const run = async ({ baseUrl, log }: BenchContext) => {
  const { default: config } = await import('../../cms/src/payload.config')
  const payload = await getPayload({ config, key: 'bench-report' })
  const { pool } = payload.db as unknown as PostgresAdapter
  pool.on('error', () => {}) // idle clients see PostgreSQL stop at the very end: expected, not a failure

  const services = await payload.find({
    collection: 'services',
    depth: 0,
    limit: 10,
    pagination: false,
    overrideAccess: true,
  })
  const serviceIds = new Map(services.docs.map((s) => [s.slug as string, s.id as number]))
  const allServices = [...serviceIds.values()]
  const allUnits = [...new Set(services.docs.map((s) => s.unit as number))]

  log('  filling 100,000 referrals…')
  const referrals = await fillReferrals(payload, allServices)
  log(
    `  ${referrals.rows.toLocaleString('en')} referrals in ${referrals.seconds} s; writing their histories…`,
  )
  const events = await fillEvents(payload, await ensureCoaches(payload, allServices, allUnits))
  log(`  ${events.events.toLocaleString('en')} events in ${events.seconds} s`)

  const today = calendarDate(new Date())
  const yearAgo = calendarDate(new Date(Date.now() - 364 * 86_400_000))
  const periods = [
    { name: 'last 12 months', from: yearAgo, to: today },
    {
      name: 'a year, 2 years back',
      from: calendarDate(new Date(Date.now() - 3 * 365 * 86_400_000)),
      to: calendarDate(new Date(Date.now() - 2 * 365 * 86_400_000)),
    },
  ]
  const auth = await login(baseUrl, 'admin@stodportalen.example', 'demo-admin-2026')
  const results: Array<Record<string, unknown>> = []
  const statements: Record<string, Array<{ statement: string; ms: number }>> = {}
  for (const period of periods) {
    const local = () =>
      followUpReport(payload, { from: period.from, to: period.to, serviceIds: allServices })
    const query = `from=${period.from}&to=${period.to}`
    const rest =
      (extra = '') =>
      async () => {
        const response = await fetch(`${baseUrl}/api/referrals/report?${query}${extra}`, {
          headers: auth,
        })
        if (!response.ok)
          throw new Error(`GET /api/referrals/report: ${response.status} ${await response.text()}`)
        return response.text()
      }
    const sample = await local()
    log(
      `    ${period.name} (${period.from} – ${period.to}): ${sample.inflow.total.toLocaleString('en')} new, ${sample.queueAtEnd.reduce((a, q) => a + q.waiting, 0).toLocaleString('en')} queued at the end; measuring…`,
    )
    for (const [kind, call] of [
      ['operation', local],
      ['REST JSON', rest()],
      ['REST CSV', rest('&format=csv')],
      ['REST XLSX', rest('&format=xlsx')],
    ] as const) {
      results.push({ period: period.name, path: kind, ...(await time(call)) })
    }
    statements[period.name] = await statementTimes(payload, local)
  }

  console.log(
    `\nFollow-up report, all services, over ${referrals.rows.toLocaleString('en')} referrals and ${events.events.toLocaleString('en')} events: ${runs} sequential runs after ${warmupRuns} warm-up (ms)\n`,
  )
  console.log(
    table(
      ['period', 'path', 'runs', 'p50', 'p95', 'p99', 'max', `p95 ≤ ${targetP95}`],
      results.map((r) => [
        r.period as string,
        r.path as string,
        r.runs as number,
        r.p50 as number,
        r.p95 as number,
        r.p99 as number,
        r.max as number,
        (r.p95 as number) <= targetP95 ? 'yes' : 'MISSES',
      ]),
    ),
  )
  console.log(`\nEach statement alone, median of 7 (ms), ${periods[0].name}:\n`)
  console.log(
    table(
      ['statement', 'ms'],
      statements[periods[0].name].map((s) => [s.statement, s.ms]),
    ),
  )

  return {
    referrals: referrals.rows,
    events: events.events,
    runs,
    warmupRuns,
    targetP95,
    periods,
    results,
    statements,
  }
}

export const reportBenchmark: Benchmark = { name: 'report', run }
