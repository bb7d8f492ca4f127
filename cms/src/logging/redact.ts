/**
 * Log lines never carry what a statement was about. A failed query's error (drizzle's
 * DrizzleQueryError) puts the statement's values in its message and stack ("params: <name>,<phone>,…")
 * and in `params`; PostgreSQL's own errors can quote a row in `detail`. When the database goes away in
 * the middle of a submission, that would be a resident's name, phone and date of birth in the log.
 */
const paramsInText = /\nparams: [\s\S]*?(?=\n\s+at |$)/g
const withheld = '\nparams: [withheld]'

export const withoutQueryValues = (text: string) => text.replace(paramsInText, withheld)

const withheldKeys = new Set(['params', 'detail', 'parameters'])

/** An error as a plain object for the log (name, message, stack, own fields, causes), values withheld. */
export function redactError(error: unknown, depth = 0): unknown {
  if (typeof error === 'string') return withoutQueryValues(error)
  if (!error || typeof error !== 'object' || depth > 4) return error
  const source = error as Record<string, unknown>
  const plain: Record<string, unknown> = {}
  if (error instanceof Error)
    Object.assign(plain, { type: error.name, message: error.message, stack: error.stack })
  for (const key of Object.keys(source)) plain[key] = source[key]
  if (error instanceof Error && error.cause !== undefined) plain.cause = error.cause
  return Object.fromEntries(
    Object.entries(plain)
      .filter(([key]) => !withheldKeys.has(key))
      .map(([key, value]) => [key, redactError(value, depth + 1)]),
  )
}
