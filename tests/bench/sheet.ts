/**
 * An information sheet as a PDF, made on the server: `GET /api/services/ips/sheet.pdf` as staff
 * download it, for the A4 sheet in Swedish and in Arabic (laid out word by word, right to left, in
 * two fonts) and the Arabic A3 poster. Target: p95 ≤ 1000 ms for each.
 */
import { type Benchmark, login, table, timeCalls } from './lib'

const runs = Number(process.env.BENCH_RUNS ?? 20)
const targetP95 = 1000

const cases = [
  { name: 'A4 sheet, Swedish', query: 'locale=sv' },
  { name: 'A4 sheet, Arabic', query: 'locale=ar' },
  { name: 'A3 poster, Arabic', query: 'locale=ar&variant=poster&size=A3' },
]

export const sheetBenchmark: Benchmark = {
  name: 'sheet',
  run: async ({ baseUrl }) => {
    const auth = await login(baseUrl, 'admin@stodportalen.example', 'demo-admin-2026')
    const results = []
    for (const { name, query } of cases) {
      const call = async () => {
        const response = await fetch(`${baseUrl}/api/services/ips/sheet.pdf?${query}`, {
          headers: auth,
        })
        if (!response.ok) throw new Error(`${name}: the CMS answered ${response.status}`)
        return response.arrayBuffer()
      }
      results.push({ name, ...(await timeCalls(call, { runs, warmupRuns: 2, digits: 0 })) })
    }
    console.log(
      `\nInformation sheet PDF over REST, ${runs} runs each (ms), target p95 ≤ ${targetP95}:\n`,
    )
    console.log(
      table(
        ['case', 'p50', 'p95', 'max'],
        results.map((r) => [r.name, r.p50, r.p95, r.max]),
      ),
    )
    return { targetP95, results }
  },
}
