/** Shared pieces of the benchmarks: the context they get, login, percentiles and a plain text table. */
import { performance } from 'node:perf_hooks'

import type { RunningSystem } from '../../scripts/system/index'

export interface BenchContext {
  system: RunningSystem
  /** The CMS on 127.0.0.1 (never `localhost`, which may resolve to ::1 first): loopback only. */
  baseUrl: string
  /** The public site on 127.0.0.1, built from that CMS; null unless a selected benchmark needs it. */
  siteUrl: string | null
  log: (line: string) => void
}

export interface Benchmark {
  name: string
  /** Needs the public site too: the system is then started with it (a build more at start-up). */
  needsSite?: boolean
  /** Runs against the started system, prints its own table and returns the figures saved as JSON. */
  run: (context: BenchContext) => Promise<Record<string, unknown>>
}

export const loopbackUrl = (url: string) => url.replace('://localhost', '://127.0.0.1')

export { loginAt as login } from '../support/login'

/** Nearest-rank percentile of an ascending list (q in 0..1). */
export const percentile = (sorted: readonly number[], q: number) =>
  sorted.length === 0
    ? NaN
    : sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]

export const round = (value: number, digits = 1) =>
  Number.isFinite(value) ? Number(value.toFixed(digits)) : value

/** A fixed-width table: the first column left-aligned, the others right-aligned. */
export const table = (headers: string[], rows: Array<Array<string | number>>) => {
  const cells = [headers, ...rows.map((row) => row.map(String))]
  const widths = headers.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? '').length)))
  const line = (row: string[]) =>
    row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ')
  return [
    line(cells[0]),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...cells.slice(1).map(line),
  ].join('\n')
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * The current statuses of the synthetic referrals the benchmarks fill, their shares in per cent (a
 * realistic intake: about 12 % queued, most closed), and how far back the received date of each reaches.
 */
export const statusSpread: ReadonlyArray<
  readonly [status: string, share: number, receivedWithin: string]
> = [
  ['received', 3, `interval '14 days'`],
  ['screened', 2, `interval '30 days'`],
  ['waiting', 5, `interval '120 days'`],
  ['firstContact', 2, `interval '150 days'`],
  ['onHold', 3, `interval '30 days' + interval '1 year'`],
  ['enrolled', 3, `interval '30 days' + interval '2 years'`],
  ['active', 10, `interval '30 days' + interval '2 years'`],
  ['closed', 45, `interval '60 days' + interval '6 years'`],
  ['redirected', 12, `interval '60 days' + interval '6 years'`],
  ['declined', 7, `interval '60 days' + interval '6 years'`],
  ['withdrawn', 8, `interval '60 days' + interval '6 years'`],
]

export interface Timing {
  runs: number
  p50: number
  p95: number
  p99: number
  mean: number
  max: number
}

/**
 * Warm-up, then `runs` sequential calls (one in flight), stopping early after `timeLimitMs` so a slow
 * case cannot hold the run for minutes; the figures in ms, rounded to `digits`.
 */
export const timeCalls = async (
  call: () => Promise<unknown>,
  {
    runs,
    warmupRuns,
    timeLimitMs = Infinity,
    digits = 2,
  }: { runs: number; warmupRuns: number; timeLimitMs?: number; digits?: number },
): Promise<Timing> => {
  for (let i = 0; i < warmupRuns; i++) await call()
  const samples: number[] = []
  const deadline = performance.now() + timeLimitMs
  while (samples.length < runs && performance.now() < deadline) {
    const started = performance.now()
    await call()
    samples.push(performance.now() - started)
  }
  return summarise(samples, digits)
}

/** Latency samples in ms as the figures every benchmark prints. */
export const summarise = (samples: readonly number[], digits = 2): Timing => {
  const sorted = [...samples].sort((a, b) => a - b)
  return {
    runs: sorted.length,
    p50: round(percentile(sorted, 0.5), digits),
    p95: round(percentile(sorted, 0.95), digits),
    p99: round(percentile(sorted, 0.99), digits),
    mean: round(sorted.reduce((a, b) => a + b, 0) / sorted.length, digits),
    max: round(sorted.at(-1)!, digits),
  }
}
