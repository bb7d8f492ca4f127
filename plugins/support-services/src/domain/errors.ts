import type { z } from 'zod/mini'

/** Every way an answer can be wrong. Each code has a text in every locale (see messages.ts). */
export const errorCodes = [
  'required',
  'invalidType',
  'tooShort',
  'tooLong',
  'invalidEmail',
  'invalidPhone',
  'invalidDate',
  'dateInFuture',
  'implausibleAge',
  'notAnOption',
  'unknownField',
  'contactRequired',
  'updatesNeedEmail',
  'updatesNeedPhone',
  'notAllowedHere',
  'unknownService',
  'invalidBody',
  'tooManySubmissions',
] as const
export type ErrorCode = (typeof errorCodes)[number]

/** `field` is the question key ('' for the whole submission); params fill the message's {placeholders}. */
export interface FieldError {
  field: string
  code: ErrorCode
  params?: Record<string, string | number>
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (errorCodes as readonly string[]).includes(value)
}

type Issue = z.core.$ZodIssue

/**
 * The one place zod issues become FieldErrors, so raw zod texts never reach a person.
 * Our schemas put an ErrorCode in the issue message; anything else is mapped by issue kind.
 * At most one error per field: a form shows the first problem, fixed ones reveal the next.
 */
export function fieldErrorsFromZod(error: { issues: readonly Issue[] }): FieldError[] {
  const errors = error.issues.flatMap(toFieldErrors)
  return errors.filter((e, i) => errors.findIndex((other) => other.field === e.field) === i)
}

function toFieldErrors(issue: Issue): FieldError[] {
  const field = issue.path.length > 0 ? String(issue.path[0]) : 'body'
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      field: issue.path.length > 0 ? field : key,
      code: 'unknownField',
    }))
  }
  const code = isErrorCode(issue.message) ? issue.message : codeFor(issue)
  const params = paramsFor(issue)
  return [params ? { field, code, params } : { field, code }]
}

function codeFor(issue: Issue): ErrorCode {
  const isText = (origin: string) => origin === 'string' || origin === 'array'
  switch (issue.code) {
    case 'invalid_type':
      return issue.path.length === 0 ? 'invalidBody' : 'invalidType'
    case 'too_big':
      return isText(issue.origin) ? 'tooLong' : 'invalidType'
    case 'too_small':
      if (!isText(issue.origin)) return 'invalidType'
      return Number(issue.minimum) <= 1 ? 'required' : 'tooShort'
    case 'invalid_value':
      return 'notAnOption'
    case 'invalid_format':
      return issue.format === 'email' ? 'invalidEmail' : 'invalidType'
    default:
      return 'invalidType'
  }
}

function paramsFor(issue: Issue): FieldError['params'] {
  if (issue.code === 'too_big') return { max: Number(issue.maximum) }
  if (issue.code === 'too_small') return { min: Number(issue.minimum) }
  if (issue.code === 'custom' && issue.params) return issue.params as FieldError['params']
  return undefined
}
