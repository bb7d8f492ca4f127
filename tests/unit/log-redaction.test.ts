import { describe, expect, it } from 'vitest'

import { redactError, withoutQueryValues } from '../../cms/src/logging/redact'

/** What drizzle throws when PostgreSQL goes away mid-insert (message as drizzle-orm builds it). */
class DrizzleQueryError extends Error {
  constructor(
    public query: string,
    public params: unknown[],
    cause?: Error,
  ) {
    super(`Failed query: ${query}\nparams: ${params}`, { cause })
  }
}

const insert =
  'insert into "referrals" ("applicant_phone", "applicant_date_of_birth", "applicant_name") values ($1, $2, $3)'
const values = ['0738000083', '1991-03-04', 'Kaos Person 83']

describe('log redaction', () => {
  it('keeps the statement and the cause, and withholds the values everywhere they appear', () => {
    const cause = Object.assign(new Error('null value in column "x"'), {
      code: '23502',
      detail: 'Failing row contains (0738000083, Kaos Person 83).',
    })
    const logged = JSON.stringify(redactError(new DrizzleQueryError(insert, values, cause)))
    for (const value of values) expect(logged).not.toContain(value)
    expect(logged).toContain('insert into \\"referrals\\"')
    expect(logged).toContain('params: [withheld]')
    expect(logged).toContain('23502')
  })

  it('cuts the values out of a message with a stack after them, and leaves other text alone', () => {
    const text = `Failed query: ${insert}\nparams: Kaos Person 83,\nmore\n    at insert (file.js:1:1)`
    expect(withoutQueryValues(text)).toBe(
      `Failed query: ${insert}\nparams: [withheld]\n    at insert (file.js:1:1)`,
    )
    expect(withoutQueryValues('Reconnecting to postgres')).toBe('Reconnecting to postgres')
  })
})
