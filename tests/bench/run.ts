/**
 * `npm run bench -- [name…]`: the benchmarks (all of them when no name is given) against one throw-away
 * system — embedded PostgreSQL and the built CMS on free loopback ports, in a temporary data directory,
 * started once through `startSystem` like the integration tests do, with the public site too when a
 * selected benchmark needs it (site, fuzz, chaos, scale). Each benchmark prints a table of its figures and its
 * target and writes them to `bench-results/<name>.json`. Nothing here asserts a timing: the exit code
 * only says whether the benchmarks could run.
 *
 * Knobs for a quick look (the defaults are the real measurement): BENCH_SECONDS (submit, default 10),
 * BENCH_WARMUP_SECONDS (default 3), BENCH_RUNS (queue 200, report 100, hsds 200, submit's same-document
 * comparison 300), BENCH_LIGHTHOUSE_RUNS (site, default 3), BENCH_FUZZ_CASES (fuzz, default 10,000; FUZZ_SEED replays a run), BENCH_CHAOS_RESIDENTS
 * (chaos, default 8), BENCH_CHAOS_DOWN_MS (chaos: how long each restart keeps a service down, default 3000),
 * BENCH_SCALE_RESIDENTS (scale, default 8), BENCH_SCALE_OUTBOX (scale: `per-process`, default one shared folder),
 * BENCH_IMPORT_ROWS (import, default 100,000).
 */
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { cpus, loadavg, tmpdir } from 'node:os'
import path from 'node:path'

import { repoRoot } from '../../scripts/system/cms'
import { type RunningSystem, startSystem } from '../../scripts/system/index'
import { freePort } from '../../scripts/system/ports'
import { secretNames } from '../../scripts/system/secrets'
import { chaosBenchmark } from './chaos'
import { fuzzBenchmark } from './fuzz'
import { hsdsBenchmark } from './hsds'
import { importBenchmark } from './import'
import { type Benchmark, loopbackUrl } from './lib'
import { queueBenchmark } from './queue'
import { reportBenchmark } from './report'
import { scaleBenchmark } from './scale'
import { sheetBenchmark } from './sheet'
import { siteBenchmark } from './site'
import { submitBenchmark } from './submit'

/** The median time of a fixed CPU-bound loop: the machine's speed at the moment, to compare runs by. */
function referenceLoopMs() {
  const times: number[] = []
  for (let run = 0; run < 5; run++) {
    const started = performance.now()
    let x = 0
    for (let i = 0; i < 20_000_000; i++) x = (x + i * 7) % 1_000_003
    if (x < 0) throw new Error('unreachable') // keeps the loop from being optimised away
    times.push(performance.now() - started)
  }
  return Math.round(times.sort((a, b) => a - b)[2])
}

/**
 * In this order: queue and hsds empty and refill the referrals table, so they run last; import adds
 * and removes its own batch after them.
 */
const benchmarks: Benchmark[] = [
  siteBenchmark,
  fuzzBenchmark,
  chaosBenchmark,
  scaleBenchmark,
  submitBenchmark,
  queueBenchmark,
  reportBenchmark,
  sheetBenchmark,
  hsdsBenchmark,
  importBenchmark,
]

const names = process.argv.slice(2)
const unknown = names.filter((n) => !benchmarks.some((b) => b.name === n))
if (unknown.length > 0) {
  console.error(
    `Unknown benchmark ${unknown.join(', ')}. Known: ${benchmarks.map((b) => b.name).join(', ')}.`,
  )
  process.exit(2)
}
const selected = names.length === 0 ? benchmarks : benchmarks.filter((b) => names.includes(b.name))

const log = (line: string) => console.log(line)
// Payload's dev-mode HMR socket would otherwise dial localhost:3000, where `npm start` may be running.
process.env.DISABLE_PAYLOAD_HMR = 'true'
process.env.NEXT_TELEMETRY_DISABLED = '1'
// A throw-away system of its own: never the developer's database or secrets.
for (const name of ['DATABASE_URL', 'OUTBOX_DIR', ...secretNames]) delete process.env[name]
// Load from one machine is what the rate limits stop: lifted here, still counted on every submission.
process.env.SUBMIT_LIMIT_GLOBAL = '1000000/1m'
process.env.SUBMIT_LIMIT_PER_CLIENT = '1000000/1m'

const dataRoot = await mkdtemp(path.join(tmpdir(), 'stodportalen-bench-'))
await chmod(dataRoot, 0o755) // the embedded server runs as the OS user `postgres` when this runs as root
let system: RunningSystem | undefined
let stopping = false

const shutdown = async (code: number) => {
  if (stopping) return
  stopping = true
  await system?.stop().catch((error) => console.error(`Stopping the system: ${error}`))
  await rm(dataRoot, { recursive: true, force: true })
  // A process that used Payload never exits on its own (its pool keeps a client checked out).
  process.exit(code)
}
process.on('SIGINT', () => void shutdown(130))
process.on('SIGTERM', () => void shutdown(143))
// PostgreSQL stopping under this process's own open connections is expected at the end, not a failure.
process.on('uncaughtException', (error) => {
  if (stopping) return
  console.error(error)
  void shutdown(1)
})

let failed = false
try {
  const started = Date.now()
  system = await startSystem({
    dataRoot,
    cmsPort: await freePort(),
    // The site only when a selected benchmark measures it: the others measure the CMS alone.
    sitePort: selected.some((b) => b.needsSite) ? await freePort() : null,
    postgresPort: await freePort(),
    seedReferrals: false,
    log: (line) => (/^(cms|site): /.test(line) ? undefined : log(line)),
  })
  const baseUrl = loopbackUrl(system.cmsUrl)
  log(
    `System up at ${baseUrl}${system.site ? ` with the site at ${loopbackUrl(system.site.url)}` : ''} in ${((Date.now() - started) / 1000).toFixed(1)} s (${cpus().length} CPUs, Node ${process.versions.node}).`,
  )

  const outDir = path.join(repoRoot, 'bench-results')
  await mkdir(outDir, { recursive: true })
  for (const benchmark of selected) {
    // Other work on the machine skews every figure, and a virtual machine's speed drifts by a third or
    // more from hour to hour: the load and the time of a fixed loop are printed and saved beside them.
    const loadBefore = loadavg().map((l) => Number(l.toFixed(2)))
    const loopMs = referenceLoopMs()
    log(
      `\n== ${benchmark.name} (load average ${loadBefore.join(' ')}; reference loop ${loopMs} ms, lower is faster)`,
    )
    try {
      const siteUrl = system.site && loopbackUrl(system.site.url)
      const figures = await benchmark.run({ system, baseUrl, siteUrl, log })
      const file = path.join(outDir, `${benchmark.name}.json`)
      const machine = {
        cpus: cpus().length,
        cpu: cpus()[0]?.model,
        node: process.versions.node,
        loadBefore,
        referenceLoopMs: loopMs,
        loadAfter: loadavg().map((l) => Number(l.toFixed(2))),
      }
      await writeFile(
        file,
        `${JSON.stringify({ name: benchmark.name, at: new Date().toISOString(), machine, ...figures }, null, 2)}\n`,
      )
      log(`\nWrote ${path.relative(process.cwd(), file)}`)
    } catch (error) {
      failed = true
      console.error(
        `The ${benchmark.name} benchmark could not run: ${error instanceof Error ? (error.stack ?? error.message) : error}`,
      )
    }
  }
} catch (error) {
  failed = true
  console.error(error)
}
await shutdown(failed ? 1 : 0)
