import type { AfterErrorHook } from 'payload'

import { type ParameterProblem, QueryParameterError } from './QueryParameterError'

/**
 * PostgreSQL's classes of errors that a value from the caller causes: data exceptions (22: a text
 * where a number is stored, a year out of range, U+0000) and an operator the column type has not
 * (42883). checkQuery refuses the known cases first, with the parameter named; this is the net for
 * the rest, e.g. a plugin endpoint that passes a caller's value to the Local API.
 */
const isCallersValue = (code: unknown) =>
  typeof code === 'string' && (code.startsWith('22') || code === '42883')

const databaseCode = (error: unknown): unknown => {
  for (
    let e = error as { cause?: unknown; code?: unknown } | undefined, n = 0;
    e && n < 5;
    e = e.cause as typeof e, n++
  ) {
    if (isCallersValue(e.code)) return e.code
  }
  return undefined
}

/** The problem a caller caused, when the error is one; null for the server's own failures. */
export function callersProblem(
  error: unknown,
  query: Record<string, unknown> = {},
): ParameterProblem | null {
  const original = (error as { originalError?: unknown }).originalError ?? error
  // REST parses `where` given as JSON text (`where={"slug":…}`) before any hook runs.
  if (original instanceof SyntaxError)
    return {
      parameter: typeof query.where === 'string' ? 'where' : 'query',
      message: 'is not valid JSON',
    }
  if (databaseCode(original)) {
    return {
      parameter: 'where' in query ? 'where' : 'request',
      message: 'holds a value that does not fit the field it is compared with',
    }
  }
  return null
}

/**
 * A global afterError hook: what the caller caused answers 400 in Payload's error shape (REST), or
 * an error with status 400 (GraphQL), instead of a 500. The error is still logged as it was.
 */
export const answerCallersErrors: AfterErrorHook = ({ error, graphqlResult, req }) => {
  const problem = callersProblem(error, (req.query ?? {}) as Record<string, unknown>)
  if (!problem) return
  const { name, data, message } = new QueryParameterError(problem)
  if (graphqlResult)
    return {
      graphqlResult: {
        ...graphqlResult,
        message,
        extensions: { ...graphqlResult.extensions, name, data, statusCode: 400 },
      },
    }
  return { response: { errors: [{ name, data, message }] }, status: 400 }
}

/**
 * Wraps a Next route handler so that every refusal is a 4xx in the error shape: errors Payload's
 * handlers throw before their own error handling (a GraphQL body that is not JSON) answer 4xx, not
 * 500, and refusals in plain text are given as JSON.
 */
export const refusingMalformedRequests =
  <Rest extends unknown[]>(handler: (request: Request, ...rest: Rest) => Promise<Response>) =>
  async (request: Request, ...rest: Rest): Promise<Response> => {
    try {
      const response = await handler(request, ...rest)
      // Payload answers 501 for a collection without REST endpoints (its migrations): no such route.
      if (response.status === 501) return refusal(404, 'There is no such route.')
      // GraphQL's HTTP layer refuses a body of another type in plain text.
      if (
        response.status >= 400 &&
        response.status < 500 &&
        !response.headers.get('content-type')?.includes('json')
      ) {
        return refusal(
          response.status,
          (await response.text()).trim().slice(0, 200) || 'The request was refused.',
        )
      }
      return response
    } catch (error) {
      const status = (error as { status?: unknown }).status
      if (typeof status === 'number' && status >= 400 && status < 500)
        return refusal(status, (error as Error).message)
      throw error
    }
  }

const refusal = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status, headers: { 'Cache-Control': 'no-store' } })
