/**
 * `npm test`: every vitest project (unit, int, e2e), then one plain closing line
 * `N passed, N failed, N skipped` that any CI can read. Extra arguments go to vitest
 * (e.g. `npm test -- --project unit`).
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const report = path.join(import.meta.dirname, '.results', 'vitest.json')
mkdirSync(path.dirname(report), { recursive: true })

const run = spawnSync(
  path.join(root, 'node_modules', '.bin', 'vitest'),
  ['run', '--config', 'tests/vitest.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NEXT_TELEMETRY_DISABLED: '1' } },
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
  console.log(`\n${summary.numPassedTests} passed, ${summary.numFailedTests} failed, ${summary.numPendingTests + summary.numTodoTests} skipped`)
  if (summary.numTotalTests === 0) {
    console.error('No test ran.')
    process.exit(1)
  }
}
process.exit(run.status ?? 1)
