import type { PostgresAdapter } from '@payloadcms/db-postgres'

import { demoUsers } from '@stodportalen/seed'
import { checkCaseload, importCaseload, removeCaseloadImport } from '@stodportalen/support-services'
/**
 * The caseload import of 100,000 rows with their history (the template's example rows over and over,
 * each with a case id, a name, a birth date and a phone number of its own, so every row is encrypted
 * and looked up for duplicates as a real list would be): the dry run, the import, and removing the
 * batch again, through the same operations as the admin page and the CLI, from a file streamed from
 * disk. Prints rows per second, this process's CPU seconds (the database's are not counted) and its
 * peak memory in each phase. Target: the import at ≥ 2,000 rows/s, memory flat (the peak does not
 * grow with the file).
 */
import { createWriteStream } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { finished } from 'node:stream/promises'
import { getPayload, type TypedUser } from 'payload'

import { repoRoot } from '../../scripts/system/cms'
import { firstUnit } from '../support/units'
import { type BenchContext, type Benchmark, round, table } from './lib'

const totalRows = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000)
const targetRowsPerSecond = 2_000
const mb = (bytes: number) => round(bytes / 1024 / 1024, 0)

/** Writes the file line by line, as a municipality's export would be: never held whole. */
async function writeCaseload(file: string, slug: string) {
  const example = await readFile(path.join(repoRoot, 'docs/import/exempel.csv'), 'utf8')
  const [header, ...rows] = example.trimEnd().split(/\r?\n/)
  const out = createWriteStream(file)
  out.write(`${header}\n`)
  for (let i = 0; i < totalRows; i++) {
    const cells = rows[i % rows.length].split(';')
    cells[0] = `BENCH-${i}`
    cells[2] = slug
    if (/^\d{4}-\d{2}-\d{2}$/.test(cells[5]) || cells[5] === '')
      cells[5] = `19${65 + (i % 35)}-0${1 + (i % 9)}-1${i % 10}`
    cells.splice(-3, 3, `Testperson ${i}`, `070-${String(i).padStart(7, '0')}`, '')
    if (!out.write(`${cells.join(';')}\n`))
      await new Promise<void>((r) => out.once('drain', () => r()))
  }
  out.end()
  await finished(out)
}

/** Runs `work` while sampling the process's memory; the peaks in MB. */
async function measured<T>(work: () => Promise<T>) {
  const peak = { rss: 0, heap: 0 }
  const sample = () => {
    const { rss, heapUsed } = process.memoryUsage()
    peak.rss = Math.max(peak.rss, rss)
    peak.heap = Math.max(peak.heap, heapUsed)
  }
  sample()
  const timer = setInterval(sample, 50)
  const started = performance.now()
  const cpu = process.cpuUsage()
  try {
    const result = await work()
    sample()
    const { user, system } = process.cpuUsage(cpu)
    return {
      result,
      seconds: (performance.now() - started) / 1000,
      // This process's own work, whatever else the machine runs: the database's is not in it.
      cpuSeconds: (user + system) / 1e6,
      peakRss: mb(peak.rss),
      peakHeap: mb(peak.heap),
    }
  } finally {
    clearInterval(timer)
  }
}

const run = async ({ log }: BenchContext) => {
  const { default: config } = await import('../../cms/src/payload.config')
  const payload = await getPayload({ config, key: 'bench-import' })
  ;(payload.db as unknown as PostgresAdapter).pool.on('error', () => {})
  const slug = `bench-import-${Date.now().toString(36)}`
  await payload.create({
    collection: 'services',
    data: {
      unit: await firstUnit(payload),
      name: 'Importmätning',
      summary: 'Mätdata',
      slug,
      method: 'ips',
      status: 'closed',
    } as never,
  })
  const { docs } = await payload.find({
    collection: 'users',
    where: { email: { equals: demoUsers[0].email } },
    limit: 1,
  })
  const user = { ...docs[0], collection: 'users' } as unknown as TypedUser
  const dir = await mkdtemp(path.join(tmpdir(), 'bench-import-'))
  const file = { name: 'bench.csv', path: path.join(dir, 'bench.csv') }
  try {
    log(`  writing ${totalRows.toLocaleString('en')} rows…`)
    await writeCaseload(file.path, slug)
    const baseline = mb(process.memoryUsage().rss)
    const dry = await measured(() => checkCaseload(payload, file))
    if (dry.result.report.counts.ready !== totalRows)
      throw new Error(`The dry run found ${JSON.stringify(dry.result.report.errors.slice(0, 3))}`)
    log(`  dry run in ${round(dry.seconds)} s; importing…`)
    const imported = await measured(() => importCaseload(payload, { file, user }))
    const { rows } = await (payload.db as unknown as PostgresAdapter).pool.query(
      `SELECT count(*)::int AS events FROM referral_events e JOIN referrals r ON r.id = e.referral_id WHERE r.import_batch_id = $1`,
      [imported.result.batchId],
    )
    log(`  imported in ${round(imported.seconds)} s; removing the batch…`)
    const removed = await measured(() =>
      removeCaseloadImport(payload, { id: imported.result.batchId!, user }),
    )
    const phases = [
      ['dry run', dry],
      ['import', imported],
      ['remove the batch', removed],
    ] as const
    const figures = Object.fromEntries(
      phases.map(([name, m]) => [
        name,
        {
          seconds: round(m.seconds, 1),
          rowsPerSecond: round(totalRows / m.seconds, 0),
          cpuSeconds: round(m.cpuSeconds, 1),
          peakRssMb: m.peakRss,
          peakHeapMb: m.peakHeap,
        },
      ]),
    )
    log(
      `\n${table(
        ['phase', 'rows', 's', 'rows/s', 'CPU s', 'peak RSS MB', 'peak heap MB'],
        phases.map(([name, m]) => [
          name,
          totalRows,
          round(m.seconds, 1),
          round(totalRows / m.seconds, 0),
          round(m.cpuSeconds, 1),
          m.peakRss,
          m.peakHeap,
        ]),
      )}\n  ${Number(rows[0].events).toLocaleString('en')} events written; RSS before: ${baseline} MB. Target: import ≥ ${targetRowsPerSecond} rows/s.`,
    )
    return {
      rows: totalRows,
      events: Number(rows[0].events),
      baselineRssMb: baseline,
      phases: figures,
      targetRowsPerSecond,
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

export const importBenchmark: Benchmark = { name: 'import', run }
