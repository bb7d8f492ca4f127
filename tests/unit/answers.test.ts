import {
  answersFromFormData,
  buildAnswersSchema,
  type FieldError,
  validateAnswers,
} from '@stodportalen/support-services/domain'
import { describe, expect, it } from 'vitest'

import { selfReferralForm as form, validAnswers } from './fixtures'

const today = '2026-03-01'
const validate = (input: unknown) => validateAnswers(form, input, { today })
const errorsOf = (input: unknown): FieldError[] => {
  const result = validate(input)
  return result.ok ? [] : result.errors
}

describe('validateAnswers', () => {
  it('accepts valid answers and returns them typed and normalised', () => {
    const result = validate({ ...validAnswers, name: '  Sara Ali ' })
    expect(result).toEqual({
      ok: true,
      answers: { ...validAnswers, name: 'Sara Ali', phone: '0701234567' },
    })
  })

  it('rejects keys the form does not ask', () => {
    expect(errorsOf({ ...validAnswers, personnummer: '199005311234' })).toEqual([
      { field: 'personnummer', code: 'unknownField' },
    ])
  })

  it('rejects a body that is not an object', () => {
    for (const body of [null, 'name=Sara', [validAnswers], 42]) {
      expect(errorsOf(body)).toEqual([{ field: 'body', code: 'invalidBody' }])
    }
  })

  it('checks types: a string where a boolean is expected fails', () => {
    expect(errorsOf({ ...validAnswers, consentToCollaboration: 'true' })).toEqual([
      { field: 'consentToCollaboration', code: 'invalidType' },
    ])
    expect(errorsOf({ ...validAnswers, hasTriedWork: 'yes' })).toEqual([
      { field: 'hasTriedWork', code: 'invalidType' },
    ])
    expect(errorsOf({ ...validAnswers, goals: 'work' })).toEqual([
      { field: 'goals', code: 'invalidType' },
    ])
  })

  it('names every missing required answer, and nothing for optional ones', () => {
    const { dateOfBirth, municipality, ...rest } = validAnswers
    expect(errorsOf(rest)).toEqual([
      { field: 'dateOfBirth', code: 'required' },
      { field: 'municipality', code: 'required' },
    ])
    expect(validate({ ...validAnswers, dateOfBirth, municipality }).ok).toBe(true)
  })

  it('treats blank text as not answered', () => {
    expect(errorsOf({ ...validAnswers, name: '   ' })).toEqual([
      { field: 'name', code: 'required' },
    ])
    expect(validate({ ...validAnswers, message: '' }).ok).toBe(true)
  })

  it('needs a phone number or an e-mail address when the form has both', () => {
    const { phone, ...noContact } = validAnswers
    expect(errorsOf(noContact)).toEqual([{ field: 'phone', code: 'contactRequired' }])
    expect(validate({ ...noContact, email: 'sara@exempel.se' }).ok).toBe(true)
    expect(validate({ ...noContact, phone }).ok).toBe(true)
  })

  it('requires a conditional question only when it is shown', () => {
    expect(validate({ ...validAnswers, interpreterNeeded: false }).ok).toBe(true)
    expect(errorsOf({ ...validAnswers, interpreterNeeded: true })).toEqual([
      { field: 'preferredLanguage', code: 'required' },
    ])
    expect(
      validate({ ...validAnswers, interpreterNeeded: true, preferredLanguage: 'arabiska' }).ok,
    ).toBe(true)
  })

  it('refuses an answer to a hidden question', () => {
    expect(
      errorsOf({ ...validAnswers, interpreterNeeded: false, preferredLanguage: 'arabiska' }),
    ).toEqual([{ field: 'preferredLanguage', code: 'notAllowedHere' }])
    expect(errorsOf({ ...validAnswers, goals: ['studies'], workArea: ['care'] })).toEqual([
      { field: 'workArea', code: 'notAllowedHere' },
    ])
  })

  it('checks custom choices and short text', () => {
    expect(validate({ ...validAnswers, workArea: ['care', 'care'] })).toMatchObject({
      ok: true,
      answers: { workArea: ['care'] },
    })
    expect(errorsOf({ ...validAnswers, workArea: ['space'] })).toEqual([
      { field: 'workArea', code: 'notAnOption' },
    ])
    expect(errorsOf({ ...validAnswers, workArea: ['other'] })).toEqual([
      { field: 'workAreaOther', code: 'required' },
    ])
    expect(
      errorsOf({ ...validAnswers, workArea: ['other'], workAreaOther: 'x'.repeat(81) }),
    ).toEqual([{ field: 'workAreaOther', code: 'tooLong', params: { max: 80 } }])
  })

  it('rejects oversize free text', () => {
    expect(errorsOf({ ...validAnswers, message: 'x'.repeat(1001) })).toEqual([
      { field: 'message', code: 'tooLong', params: { max: 1000 } },
    ])
  })

  it('validates each standard field by its own rules', () => {
    expect(errorsOf({ ...validAnswers, phone: '12' })).toEqual([
      { field: 'phone', code: 'invalidPhone' },
    ])
    expect(errorsOf({ ...validAnswers, dateOfBirth: '2025-02-29' })).toEqual([
      { field: 'dateOfBirth', code: 'invalidDate' },
    ])
    expect(errorsOf({ ...validAnswers, dateOfBirth: '2027-01-01' })).toEqual([
      { field: 'dateOfBirth', code: 'dateInFuture' },
    ])
  })

  it('keeps an empty list of care contacts as the answer "none"', () => {
    expect(validate({ ...validAnswers, careContacts: [] })).toMatchObject({
      ok: true,
      answers: { careContacts: [] },
    })
  })

  it('reports every problem at once, one per field', () => {
    const errors = errorsOf({ name: '', phone: 'abc', extra: 1 })
    expect(errors.map((e) => e.field)).toEqual([
      'extra',
      'name',
      'phone',
      'dateOfBirth',
      'municipality',
      'goals',
      'consentToCollaboration',
    ])
  })

  it('is also usable as a plain zod schema', () => {
    const schema = buildAnswersSchema(form, { today })
    expect(schema.safeParse(validAnswers).success).toBe(true)
    expect(schema.safeParse({}).success).toBe(false)
  })
})

describe('answersFromFormData', () => {
  const post = {
    name: 'Sara Ali',
    phone: '070-123 45 67',
    email: '',
    dateOfBirth: '1990-05-31',
    municipality: '0380',
    goals: 'work',
    careContacts: ['psychiatry', 'primaryCare'],
    consentToCollaboration: 'yes',
    interpreterNeeded: 'false',
    hasTriedWork: 'on',
    message: '',
  }

  it('turns HTML form strings into typed answers', () => {
    expect(answersFromFormData(form, post)).toEqual({
      name: 'Sara Ali',
      phone: '070-123 45 67',
      dateOfBirth: '1990-05-31',
      municipality: '0380',
      goals: ['work'],
      careContacts: ['psychiatry', 'primaryCare'],
      consentToCollaboration: true,
      interpreterNeeded: false,
      hasTriedWork: true,
    })
    expect(validate(answersFromFormData(form, post)).ok).toBe(true)
  })

  it('sends "none of these" as an empty list, and nothing checked as no answer', () => {
    expect(answersFromFormData(form, { careContacts: 'none' })).toEqual({ careContacts: [] })
    expect(answersFromFormData(form, { careContacts: ['none', 'psychiatry'] })).toEqual({
      careContacts: ['psychiatry'],
    })
    expect(answersFromFormData(form, { goals: [] })).toEqual({})
  })

  it('leaves values it cannot read for validation to report', () => {
    const data = answersFromFormData(form, {
      ...post,
      consentToCollaboration: 'kanske',
      name: ['Sara', 'Ali'],
      unknown: 'x',
    })
    expect(errorsOf(data)).toEqual([
      { field: 'unknown', code: 'unknownField' },
      { field: 'name', code: 'invalidType' },
      { field: 'consentToCollaboration', code: 'invalidType' },
    ])
  })

  it('reads numbers for age', () => {
    const ageForm = {
      steps: [
        {
          id: 's',
          title: { sv: 'S' },
          questions: [{ kind: 'standard' as const, field: 'age' as const, required: true }],
        },
      ],
    }
    expect(answersFromFormData(ageForm, { age: '42' })).toEqual({ age: 42 })
    expect(answersFromFormData(ageForm, { age: 'fyrtio' })).toEqual({ age: 'fyrtio' })
  })
})
