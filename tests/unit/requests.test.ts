import {
  applicantFactsSchema,
  fieldErrorsFromZod,
  submissionSchema,
} from '@stodportalen/support-services/domain'
import { describe, expect, it } from 'vitest'

const errorsOf = (schema: typeof submissionSchema | typeof applicantFactsSchema, body: unknown) => {
  const parsed = schema.safeParse(body)
  return parsed.success ? [] : fieldErrorsFromZod(parsed.error)
}

describe('submissionSchema', () => {
  const body = { service: 'ips-uppsala', answers: { name: 'Sara' } }

  it('accepts a submission and defaults the locale to Swedish', () => {
    expect(submissionSchema.parse(body)).toEqual({ ...body, locale: 'sv' })
    expect(
      submissionSchema.parse({ ...body, locale: 'ar', form: 3, idempotencyKey: 'a1b2c3d4-e5f6' })
        .locale,
    ).toBe('ar')
  })

  it('explains what is wrong in codes', () => {
    expect(errorsOf(submissionSchema, { answers: {} })).toEqual([
      { field: 'service', code: 'unknownService' },
    ])
    expect(errorsOf(submissionSchema, { ...body, service: '../admin' })).toEqual([
      { field: 'service', code: 'unknownService' },
    ])
    expect(errorsOf(submissionSchema, { ...body, locale: 'de' })).toEqual([
      { field: 'locale', code: 'notAnOption' },
    ])
    expect(errorsOf(submissionSchema, { ...body, answers: 'name=Sara' })).toEqual([
      { field: 'answers', code: 'invalidBody' },
    ])
    expect(errorsOf(submissionSchema, { ...body, idempotencyKey: 'x' })).toEqual([
      { field: 'idempotencyKey', code: 'invalidType' },
    ])
    expect(errorsOf(submissionSchema, { ...body, extra: true })).toEqual([
      { field: 'extra', code: 'unknownField' },
    ])
    expect(errorsOf(submissionSchema, 'hello')).toEqual([{ field: 'body', code: 'invalidBody' }])
  })
})

describe('applicantFactsSchema', () => {
  it('accepts partial facts', () => {
    expect(applicantFactsSchema.parse({})).toEqual({})
    expect(
      applicantFactsSchema.parse({ age: 30, careContacts: [], answers: { q1: true } }),
    ).toEqual({
      age: 30,
      careContacts: [],
      answers: { q1: true },
    })
  })

  it('rejects facts of the wrong shape', () => {
    expect(errorsOf(applicantFactsSchema, { dateOfBirth: '2025-02-29' })).toEqual([
      { field: 'dateOfBirth', code: 'invalidDate' },
    ])
    expect(errorsOf(applicantFactsSchema, { municipality: 'Uppsala' })).toEqual([
      { field: 'municipality', code: 'notAnOption' },
    ])
    expect(errorsOf(applicantFactsSchema, { goals: ['travel'] })).toEqual([
      { field: 'goals', code: 'notAnOption' },
    ])
    expect(errorsOf(applicantFactsSchema, { consentToCollaboration: 'yes' })).toEqual([
      { field: 'consentToCollaboration', code: 'invalidType' },
    ])
    expect(errorsOf(applicantFactsSchema, { income: 1 })).toEqual([
      { field: 'income', code: 'unknownField' },
    ])
  })
})
