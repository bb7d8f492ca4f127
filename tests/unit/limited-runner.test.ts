import { sql } from '@payloadcms/db-postgres/drizzle'
import { describe, expect, it } from 'vitest'

import { limitedRunner } from '../../plugins/support-services/src/operations/sql'

describe('a runner limited to a few statements at a time', () => {
  it('runs at most that many at once, the others in the order they came, and passes failures on', async () => {
    const statements = [1, 2, 3, 4, 5].map((i) => sql`SELECT ${i}`)
    let running = 0
    let most = 0
    const started: number[] = []
    const limited = limitedRunner(async (query) => {
      const n = statements.indexOf(query) + 1
      started.push(n)
      running++
      most = Math.max(most, running)
      await new Promise((resolve) => setTimeout(resolve, 5))
      running--
      if (n === 2) throw new Error('statement failed')
      return { rows: [{ n }] }
    }, 2)
    const results = await Promise.allSettled(statements.map((s) => limited(s)))
    expect(most).toBe(2)
    // A failed statement gives its slot back: all five ran, in the order they came.
    expect(started).toEqual([1, 2, 3, 4, 5])
    expect(results.map((r) => r.status)).toEqual([
      'fulfilled',
      'rejected',
      'fulfilled',
      'fulfilled',
      'fulfilled',
    ])
  })
})
