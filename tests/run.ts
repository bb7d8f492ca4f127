/**
 * `npm test`: the lint (ESLint and Prettier), every vitest project (unit, int, e2e), then one plain
 * closing line `N passed, N failed, N skipped` that any CI can read. Extra arguments go to vitest
 * (e.g. `npm test -- --project unit`) and skip the lint.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const report = path.join(import.meta.dirname, '.results', 'vitest.json')
mkdirSync(path.dirname(report), { recursive: true })

const args = process.argv.slice(2)
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name)
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NEXT_TELEMETRY_DISABLED: '1' }

// A lint error fails the run, but the tests still run: one run shows everything that is wrong.
const lint = (tool: string, toolArgs: string[]) => {
  const ok = spawnSync(bin(tool), toolArgs, { cwd: root, stdio: 'inherit', env }).status === 0
  if (ok) console.log(`${tool}: no problems.`)
  else console.error(`\n${tool} found problems: \`npm run format\` fixes most of them.\n`)
  return ok
}
const lintFailed =
  args.length === 0 &&
  [lint('eslint', ['.']), lint('prettier', ['--check', '.', '--log-level', 'warn'])].includes(false)

const run = spawnSync(
  bin('vitest'),
  [
    'run',
    '--config',
    'tests/vitest.config.ts',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
    ...args,
  ],
  { cwd: root, stdio: 'inherit', env },
)

interface JsonReport {
  numPassedTests: number
  numFailedTests: number
  numPendingTests: number
  numTodoTests: number
  numTotalTests: number
}

let summary: JsonReport | undefined
try {
  summary = JSON.parse(readFileSync(report, 'utf8')) as JsonReport
} catch {
  console.error('vitest wrote no report: it failed before running tests.')
}

if (summary) {
  console.log(
    `\n${summary.numPassedTests} passed, ${summary.numFailedTests} failed, ${summary.numPendingTests + summary.numTodoTests} skipped`,
  )
  if (summary.numTotalTests === 0) {
    console.error('No test ran.')
    process.exit(1)
  }
}
process.exit(lintFailed ? 1 : (run.status ?? 1))
