/**
 * The fuzzer of `npm test` (support/fuzz.ts) at 10,000 cases (BENCH_FUZZ_CASES) against the running
 * system with its site: the referral page, campaign links (`/k/<code>`), the submit and the deliver
 * endpoint, and every other public path of the CMS (`read`: REST reads of every collection, the
 * plugin's endpoints with the campaign-code one, the account endpoints, GraphQL). Prints the answers
 * by target and status, the problems (must be 0: among them referral data in an answer to a caller
 * who is not signed in), the referrals stored (must be 0), what the site's outbox holds afterwards
 * (must be empty), and the time taken. FUZZ_SEED replays a run.
 */
import { demoUsers } from '../../seed/src/index'
import { outboxCounts } from '../../site/src/lib/outbox'
import { describeProblems, fuzzSeed, runFuzz } from '../support/fuzz'
import { type BenchContext, type Benchmark, login, round, table } from './lib'

const cases = Number(process.env.BENCH_FUZZ_CASES ?? 10_000)

const run = async ({ system, baseUrl, siteUrl, log }: BenchContext) => {
  if (!siteUrl || !system.site) throw new Error('The fuzz benchmark needs the site.')
  const admin = demoUsers.find((u) => u.role === 'admin')!
  const auth = await login(baseUrl, admin.email, admin.password)
  const referrals = async () =>
    (
      (await (
        await fetch(`${baseUrl}/api/referrals?limit=1&depth=0`, { headers: auth })
      ).json()) as { totalDocs: number }
    ).totalDocs

  const seed = fuzzSeed()
  log(`  ${cases} cases, seed ${seed}…`)
  const before = await referrals()
  const report = await runFuzz({
    targets: {
      siteUrl,
      cmsUrl: baseUrl,
      submitKey: system.submitKey,
      outboxPublicKey: system.secrets.OUTBOX_PUBLIC_KEY,
    },
    seed,
    cases,
  })
  const stored = (await referrals()) - before
  const outbox = await outboxCounts(system.site.outboxDir)
  const serverErrors = Object.entries(report.statuses)
    .filter(([key]) => Number(key.split(' ')[1]) >= 500)
    .reduce((sum, [, count]) => sum + count, 0)

  console.log(
    `\nFuzz: ${report.cases} cases in ${round(report.ms / 1000)} s (${round(report.cases / (report.ms / 1000), 0)} a second), seed ${seed}\n`,
  )
  console.log(
    table(
      ['target', 'status', 'answers'],
      Object.entries(report.statuses)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, count]) => [...key.split(' '), count]),
    ),
  )
  console.log('')
  console.log(`  5xx answers:        ${serverErrors}   (must be 0)`)
  console.log(`  problems:           ${report.problems.length}   (must be 0)`)
  console.log(`  referrals stored:   ${stored}   (must be 0)`)
  console.log(
    `  left in the outbox: ${outbox.waiting + outbox.claimed + outbox.dead}   (must be 0)`,
  )
  if (report.problems.length > 0) console.log(`\n${describeProblems(report)}`)

  return {
    seed,
    cases: report.cases,
    ms: report.ms,
    byTarget: report.byTarget,
    statuses: report.statuses,
    serverErrors,
    problems: report.problems,
    stored,
    outbox,
  }
}

export const fuzzBenchmark: Benchmark = { name: 'fuzz', needsSite: true, run }
