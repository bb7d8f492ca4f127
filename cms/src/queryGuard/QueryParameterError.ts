import { APIError } from 'payload'

/** What is wrong with one parameter of a request, named as the caller wrote it (e.g. `where[id][equals]`). */
export interface ParameterProblem {
  parameter: string
  message: string
}

/**
 * A 400 in Payload's error shape, `{ errors: [{ name, message, data: { parameter } }] }`, for REST and
 * GraphQL alike. The name is set by hand: the production build shortens class names.
 */
export class QueryParameterError extends APIError<{ parameter: string }> {
  constructor({ parameter, message }: ParameterProblem) {
    super(`${parameter}: ${message}`, 400, { parameter }, true)
    this.name = 'QueryParameterError'
  }
}
