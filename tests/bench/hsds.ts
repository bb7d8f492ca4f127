import type { PostgresAdapter } from '@payloadcms/db-postgres'

/**
 * The open data (HSDS 3.1) with 1,000 published services and the queue benchmark's 100,000 referrals
 * behind their capacity: p95 of a page of 50 services (the first page, which holds the seeded services
 * and their whole queues, and a later one) and of one service by id, over HTTP, one request in flight;
 * a revalidation that answers 304; and the SQL statements one page costs (not one per service).
 * Target: p95 ≤ 50 ms. BENCH_RUNS sets the runs per case (default 200).
 */
import { getPayload } from 'payload'

import { hsdsId } from '../../plugins/support-services/src/domain/hsds'
import { hsdsServices } from '../../plugins/support-services/src/operations/hsds'
import { type BenchContext, type Benchmark, table, timeCalls } from './lib'
import { captureSql, fill } from './queue'

const serviceCount = 1000
const runs = Number(process.env.BENCH_RUNS ?? 200)
const warmupRuns = 20
const perPage = 50
const targetP95 = 50

/** Columns that make each copy a service of its own; every other column is the template's. */
const varied: Record<string, string> = {
  slug: `'bench-' || g`,
  method: `(ARRAY['ips','sed','se'])[1 + g % 3]::enum_services_method`,
  status: `'open'`,
  provider: `'Utförare ' || (g % 25)`,
}

/**
 * `serviceCount` services in SQL, each a copy of the seeded IPS service (its texts in every language,
 * its select lists) under a slug and provider of its own: the Local API would take minutes.
 */
const seedServices = async (pool: PostgresAdapter['pool'], count: number) => {
  const template = Number(
    (await pool.query(`SELECT id FROM services WHERE slug = 'ips'`)).rows[0].id,
  )
  const columnsOf = async (table: string) =>
    (
      await pool.query(
        `SELECT column_name FROM information_schema.columns WHERE table_name = $1 AND column_name <> 'id' ORDER BY ordinal_position`,
        [table],
      )
    ).rows.map((row: { column_name: string }) => row.column_name)
  const columns = await columnsOf('services')
  await pool.query(
    `INSERT INTO services (${columns.map((c) => `"${c}"`).join(', ')})
     SELECT ${columns.map((c) => varied[c] ?? `t."${c}"`).join(', ')}
     FROM services t, generate_series(1, ${count}) g WHERE t.id = $1`,
    [template],
  )
  const copies = `SELECT id, substring(slug from 7) AS n FROM services WHERE slug LIKE 'bench-%'`
  const locales = (await columnsOf('services_locales')).filter((c) => c !== '_parent_id')
  await pool.query(
    `INSERT INTO services_locales (${locales.map((c) => `"${c}"`).join(', ')}, _parent_id)
     SELECT ${locales.map((c) => (c === 'name' ? `l.name || ' ' || s.n` : `l."${c}"`)).join(', ')}, s.id
     FROM services_locales l, (${copies}) s WHERE l._parent_id = $1`,
    [template],
  )
  // hasMany selects and texts: rows that point at their service by `parent_id`.
  const { rows: lists } = await pool.query(
    `SELECT table_name FROM information_schema.columns WHERE column_name = 'parent_id' AND table_name LIKE 'services\\_%'`,
  )
  for (const { table_name: name } of lists as Array<{ table_name: string }>) {
    const listColumns = (await columnsOf(name)).filter((c) => c !== 'parent_id')
    await pool.query(
      `INSERT INTO "${name}" (${listColumns.map((c) => `"${c}"`).join(', ')}, parent_id)
       SELECT ${listColumns.map((c) => `x."${c}"`).join(', ')}, s.id FROM "${name}" x, (${copies}) s WHERE x.parent_id = $1`,
      [template],
    )
  }
  await pool.query('ANALYZE services; ANALYZE services_locales')
  return (await pool.query(`SELECT id FROM services WHERE status = 'open' ORDER BY id`)).rows.map(
    (row: { id: number }) => Number(row.id),
  )
}

const run = async ({ system, baseUrl, log }: BenchContext) => {
  const { default: config } = await import('../../cms/src/payload.config')
  const payload = await getPayload({ config, key: 'bench-hsds' })
  const { pool } = payload.db as unknown as PostgresAdapter
  pool.on('error', () => {}) // idle clients see PostgreSQL stop at the very end: expected, not a failure

  const seeded = await payload.find({ collection: 'services', depth: 0, pagination: false })
  const serviceIds = new Map(seeded.docs.map((s) => [s.slug as string, s.id as number]))
  log('  filling the referrals table (the queue benchmark’s 100,000 rows)…')
  await fill(payload, baseUrl, system.submitKey, serviceIds)
  log(`  seeding ${serviceCount.toLocaleString('en')} services…`)
  const open = await seedServices(pool, serviceCount)
  log(`  ${open.length.toLocaleString('en')} published services`)

  const api = `${baseUrl}/api/hsds`
  const getOk = async (url: string, headers: Record<string, string> = {}, expected = 200) => {
    const response = await fetch(url, { headers })
    await response.arrayBuffer()
    if (response.status !== expected) throw new Error(`${url}: ${response.status}`)
  }
  const lastPage = Math.ceil(open.length / perPage)
  let next = 0
  const byId = () => hsdsId('service', open[(next++ * 7919) % open.length])
  const etagResponse = await fetch(`${api}/services?per_page=${perPage}`)
  const etag = etagResponse.headers.get('etag') ?? ''
  await etagResponse.arrayBuffer()

  const cases = [
    {
      name: `/services?per_page=${perPage} (page 1)`,
      call: () => getOk(`${api}/services?per_page=${perPage}`),
    },
    {
      name: `/services?per_page=${perPage}&page=${lastPage}`,
      call: () => getOk(`${api}/services?per_page=${perPage}&page=${lastPage}`),
    },
    { name: '/services/{id}', call: () => getOk(`${api}/services/${byId()}`) },
    {
      name: `/services?per_page=${perPage}, If-None-Match → 304`,
      call: () => getOk(`${api}/services?per_page=${perPage}`, { 'if-none-match': etag }, 304),
    },
  ]
  const timings = []
  for (const { name, call } of cases)
    timings.push({ name, ...(await timeCalls(call, { runs, warmupRuns })) })

  const statements = await captureSql(payload, () =>
    hsdsServices(
      payload,
      { page: 1, perPage },
      { locale: 'sv', siteUrl: 'https://stodportalen.example' },
    ),
  )

  console.log(
    `\nHSDS 3.1 over HTTP, ${open.length} services, one request in flight (ms; target p95 ≤ ${targetP95})\n`,
  )
  console.log(
    table(
      ['case', 'runs', 'p50', 'p95', 'p99', 'max', 'target met'],
      timings.map((t) => [
        t.name,
        t.runs,
        t.p50,
        t.p95,
        t.p99,
        t.max,
        t.p95 <= targetP95 ? 'yes' : 'no',
      ]),
    ),
  )
  console.log(
    `\nSQL statements for one page of ${perPage} services (in-process): ${statements.length}`,
  )
  return {
    services: open.length,
    perPage,
    targetP95,
    timings,
    statementsPerPage: statements.length,
  }
}

export const hsdsBenchmark: Benchmark = { name: 'hsds', run }
