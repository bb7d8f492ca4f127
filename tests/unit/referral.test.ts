import {
  applicantFactsFromAnswers,
  fieldErrorsFromZod,
  normalizePhone,
  referralFieldSchemas,
  referralSourceOf,
  type StandardFieldKey,
  standardFieldKeys,
  standardFields,
} from '@stodportalen/support-services/domain'
import { describe, expect, it } from 'vitest'

const today = '2026-03-01'
const schemas = referralFieldSchemas(today)

/** The one error code a field gives for a value, or 'ok'. */
function codeFor(field: StandardFieldKey, value: unknown): string {
  const parsed = schemas[field].safeParse(value)
  return parsed.success ? 'ok' : fieldErrorsFromZod(parsed.error)[0].code
}

describe('standard fields', () => {
  it('has a schema and a spec for every key', () => {
    expect(Object.keys(schemas).sort()).toEqual([...standardFieldKeys].sort())
    expect(Object.keys(standardFields).sort()).toEqual([...standardFieldKeys].sort())
  })
})

describe('name and free text', () => {
  it('trims and limits the name', () => {
    expect(schemas.name.parse('  Sara Ali  ')).toBe('Sara Ali')
    expect(codeFor('name', '   ')).toBe('required')
    expect(codeFor('name', 'x'.repeat(100))).toBe('ok')
    expect(codeFor('name', 'x'.repeat(101))).toBe('tooLong')
    expect(codeFor('name', 42)).toBe('invalidType')
  })

  it('gives the limit with a too long message', () => {
    const parsed = schemas.message.safeParse('x'.repeat(1001))
    expect(parsed.success ? [] : fieldErrorsFromZod(parsed.error)).toEqual([
      { field: 'body', code: 'tooLong', params: { max: 1000 } },
    ])
    expect(codeFor('message', 'x'.repeat(1000))).toBe('ok')
    expect(codeFor('preferredLanguage', 'x'.repeat(51))).toBe('tooLong')
    expect(codeFor('bestTimeToContact', 'x'.repeat(201))).toBe('tooLong')
    expect(codeFor('referrerOrganisation', 'x'.repeat(150))).toBe('ok')
  })
})

describe('phone', () => {
  it.each([
    ['070-123 45 67', '0701234567'],
    ['+46 70 123 45 67', '+46701234567'],
    ['+46 (0)70-123 45 67', '+46701234567'],
    ['(018) 727 00 00', '0187270000'],
    ['+44 20 7946 0958', '+442079460958'],
  ])('accepts %s as %s', (typed, stored) => {
    expect(schemas.phone.parse(typed)).toBe(stored)
    expect(normalizePhone(typed)).toBe(stored)
  })

  it.each([
    ['123456'],
    ['1'.repeat(16)],
    ['070 123 45 6x'],
    ['070/1234567'],
    ['++46701234567'],
    ['46+701234567'],
  ])('rejects %s', (typed) => expect(codeFor('phone', typed)).toBe('invalidPhone'))

  it('needs something', () => expect(codeFor('phone', ' ')).toBe('required'))
  it('uses the same rules for the referrer', () =>
    expect(codeFor('referrerPhone', 'abc')).toBe('invalidPhone'))
})

describe('email', () => {
  it('accepts an ordinary address, trimmed', () => {
    expect(schemas.email.parse(' sara.ali@exempel.se ')).toBe('sara.ali@exempel.se')
  })

  it.each([['sara'], ['sara@'], ['@exempel.se'], ['sara@exempel'], ['sara ali@exempel.se']])(
    'rejects %s',
    (typed) => {
      expect(codeFor('email', typed)).toBe('invalidEmail')
    },
  )

  it('is at most 254 characters', () => {
    expect(codeFor('email', `${'a'.repeat(64)}@${'b'.repeat(190)}.se`)).toBe('tooLong')
  })
})

describe('dateOfBirth and age', () => {
  it('accepts a real, plausible date', () => {
    expect(codeFor('dateOfBirth', '1990-05-31')).toBe('ok')
    expect(codeFor('dateOfBirth', '2008-02-29')).toBe('ok')
  })

  it('rejects dates that do not exist or are badly written', () => {
    expect(codeFor('dateOfBirth', '2025-02-29')).toBe('invalidDate')
    expect(codeFor('dateOfBirth', '1990-13-01')).toBe('invalidDate')
    expect(codeFor('dateOfBirth', '31/05/1990')).toBe('invalidDate')
  })

  it('rejects dates in the future', () => {
    expect(codeFor('dateOfBirth', '2026-03-02')).toBe('dateInFuture')
    expect(codeFor('dateOfBirth', today)).toBe('implausibleAge') // a newborn: certainly a typo
  })

  it('rejects ages outside 15–100 as likely typos', () => {
    expect(codeFor('dateOfBirth', '2011-03-02')).toBe('implausibleAge') // 14
    expect(codeFor('dateOfBirth', '2011-03-01')).toBe('ok') // 15 today
    expect(codeFor('dateOfBirth', '1925-03-01')).toBe('implausibleAge') // 101
    expect(codeFor('age', 14)).toBe('implausibleAge')
    expect(codeFor('age', 15)).toBe('ok')
    expect(codeFor('age', 100)).toBe('ok')
    expect(codeFor('age', 101)).toBe('implausibleAge')
    expect(codeFor('age', 30.5)).toBe('invalidType')
    expect(codeFor('age', '30')).toBe('invalidType')
  })
})

describe('choices', () => {
  it('takes only known values', () => {
    expect(codeFor('gender', 'woman')).toBe('ok')
    expect(codeFor('gender', 'female')).toBe('notAnOption')
    expect(codeFor('municipality', '0380')).toBe('ok')
    expect(codeFor('municipality', 'other')).toBe('ok')
    expect(codeFor('municipality', '9999')).toBe('notAnOption')
    expect(codeFor('heardFrom', 'tv')).toBe('notAnOption')
    expect(codeFor('referrerKind', 'professional')).toBe('ok')
  })

  it('needs at least one goal and one contact channel, removing repeats', () => {
    expect(schemas.goals.parse(['work', 'work'])).toEqual(['work'])
    expect(codeFor('goals', [])).toBe('required')
    expect(codeFor('goals', ['travel'])).toBe('notAnOption')
    expect(codeFor('contactChannels', [])).toBe('required')
    expect(codeFor('contactChannels', 'sms')).toBe('invalidType')
  })

  it('accepts no care contacts as an answer', () => {
    expect(schemas.careContacts.parse([])).toEqual([])
  })

  it('takes booleans as booleans only', () => {
    expect(codeFor('consentToCollaboration', true)).toBe('ok')
    expect(codeFor('consentToCollaboration', 'true')).toBe('invalidType')
    expect(codeFor('interpreterNeeded', 1)).toBe('invalidType')
  })
})

describe('referralSourceOf', () => {
  it.each([
    [{}, 'self'],
    [{ referrerKind: 'self' }, 'self'],
    [{ referrerKind: 'relative', referrerOrganisation: 'Psykiatrin' }, 'self'],
    [
      { referrerKind: 'professional', referrerOrganisation: 'Psykiatrin Uppsala, mottagning 3' },
      'psychiatry',
    ],
    [{ referrerKind: 'professional', referrerOrganisation: 'Socialpsykiatrin' }, 'socialServices'],
    [{ referrerKind: 'professional', referrerOrganisation: 'Vårdcentralen Gränby' }, 'primaryCare'],
    [{ referrerKind: 'professional', referrerOrganisation: 'Försäkringskassan' }, 'fk'],
    [{ referrerKind: 'professional', referrerOrganisation: 'AF Uppsala' }, 'af'],
    [{ referrerKind: 'professional', referrerOrganisation: 'Rosendal gymnasium' }, 'school'],
    [{ referrerKind: 'professional', referrerOrganisation: 'Café Planeten' }, 'other'],
    [{ referrerKind: 'professional' }, 'other'],
  ])('maps %j to %s', (answers, source) => {
    expect(referralSourceOf(answers)).toBe(source)
  })
})

describe('applicantFactsFromAnswers', () => {
  it('takes the facts eligibility needs, and custom yes/no answers', () => {
    expect(
      applicantFactsFromAnswers({
        name: 'Sara',
        dateOfBirth: '1990-05-31',
        municipality: '0380',
        careContacts: [],
        consentToCollaboration: true,
        goals: ['work'],
        wantsOrdinaryJob: true,
        emailConfirmation: true,
        favouriteColour: 'blue',
      }),
    ).toEqual({
      dateOfBirth: '1990-05-31',
      municipality: '0380',
      careContacts: [],
      consentToCollaboration: true,
      goals: ['work'],
      answers: { wantsOrdinaryJob: true },
    })
  })

  it('leaves out values of the wrong type, so half-typed answers are safe', () => {
    expect(
      applicantFactsFromAnswers({
        dateOfBirth: '1990-02-30',
        age: '40',
        goals: ['travel'],
        careContacts: 'psychiatry',
      }),
    ).toEqual({})
  })
})
