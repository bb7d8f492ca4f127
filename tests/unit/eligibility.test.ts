import {
  type ApplicantFacts,
  type EligibilityRules,
  eligibilityRulesSchema,
  evaluateEligibility,
  overallMessageKey,
} from '@stodportalen/support-services/domain'
import { describe, expect, it } from 'vitest'

import { uppsalaIpsRules } from './fixtures'

const ips = uppsalaIpsRules
const fitting: ApplicantFacts = {
  dateOfBirth: '1990-05-31',
  municipality: '0380',
  careContacts: ['psychiatry'],
  consentToCollaboration: true,
  goals: ['work'],
}
const today = '2026-03-01'

const statusOf = (rules: EligibilityRules, facts: ApplicantFacts, criterion: string, on = today) =>
  evaluateEligibility(rules, facts, on).criteria.find((c) => c.criterion === criterion)?.status

describe('evaluateEligibility', () => {
  it('fits when every criterion is met, in a stable order', () => {
    const result = evaluateEligibility(ips, fitting, today)
    expect(result.overall).toBe('fits')
    expect(result.criteria.map((c) => c.criterion)).toEqual([
      'age',
      'residence',
      'careContact',
      'consent',
      'goal',
    ])
    expect(result.criteria.every((c) => c.status === 'met')).toBe(true)
  })

  it('meets the age rule from the 18th birthday', () => {
    expect(statusOf(ips, { dateOfBirth: '2008-03-02' }, 'age')).toBe('notMet')
    expect(statusOf(ips, { dateOfBirth: '2008-03-01' }, 'age')).toBe('met')
  })

  it('no longer meets IPS 18–65 on the 66th birthday', () => {
    expect(statusOf(ips, { dateOfBirth: '1960-03-02' }, 'age')).toBe('met')
    expect(statusOf(ips, { dateOfBirth: '1960-03-01' }, 'age')).toBe('notMet')
  })

  it('counts a leap-day birthday from 1 March', () => {
    expect(statusOf(ips, { dateOfBirth: '2008-02-29' }, 'age', '2026-02-28')).toBe('notMet')
    expect(statusOf(ips, { dateOfBirth: '2008-02-29' }, 'age', '2026-03-01')).toBe('met')
  })

  it('explains the age range with its bounds', () => {
    const [age] = evaluateEligibility({ age: { min: 18, max: 65 } }, { age: 17 }, today).criteria
    expect(age).toEqual({
      criterion: 'age',
      status: 'notMet',
      messageKey: 'eligibility.age.notInRange',
      params: { min: 18, max: 65 },
    })
    expect(
      evaluateEligibility({ age: { min: 18 } }, { age: 17 }, today).criteria[0].messageKey,
    ).toBe('eligibility.age.belowMin')
    expect(evaluateEligibility({ age: { max: 60 } }, { age: 61 }, today).criteria[0]).toMatchObject(
      {
        messageKey: 'eligibility.age.aboveMax',
        params: { max: 60 },
      },
    )
  })

  it('uses a stated age when there is no date of birth, and the date of birth when both exist', () => {
    expect(statusOf(ips, { age: 40 }, 'age')).toBe('met')
    expect(statusOf(ips, { age: 40, dateOfBirth: '2010-01-01' }, 'age')).toBe('notMet')
  })

  it('treats missing facts as unknown, never as not met', () => {
    const result = evaluateEligibility(ips, {}, today)
    expect(result.criteria.map((c) => c.status)).toEqual([
      'unknown',
      'unknown',
      'unknown',
      'unknown',
      'unknown',
    ])
    expect(result.overall).toBe('needsMoreInfo')
  })

  it('treats a date of birth in the future as unknown', () => {
    expect(statusOf(ips, { dateOfBirth: '2030-01-01' }, 'age')).toBe('unknown')
  })

  it('distinguishes "no care contact" ([]) from "not told" (missing)', () => {
    expect(statusOf(ips, { careContacts: [] }, 'careContact')).toBe('notMet')
    expect(statusOf(ips, {}, 'careContact')).toBe('unknown')
    expect(statusOf(ips, { careContacts: ['habilitation'] }, 'careContact')).toBe('notMet')
    expect(statusOf(ips, { careContacts: ['habilitation', 'primaryCare'] }, 'careContact')).toBe(
      'met',
    )
  })

  it('names the municipalities when residence is not met', () => {
    const result = evaluateEligibility(ips, { ...fitting, municipality: 'other' }, today)
    expect(result.criteria[1]).toMatchObject({
      status: 'notMet',
      params: { municipalities: 'Uppsala' },
    })
  })

  it('checks consent only when the rules make it a criterion', () => {
    expect(statusOf(ips, { consentToCollaboration: false }, 'consent')).toBe('notMet')
    expect(
      statusOf({ consentToCollaboration: false }, { consentToCollaboration: false }, 'consent'),
    ).toBeUndefined()
  })

  it('picks the goal message from the goals the service supports', () => {
    const keyFor = (anyOf: ('work' | 'studies')[]) =>
      evaluateEligibility({ goal: { anyOf } }, { goals: [] }, today).criteria[0].messageKey
    expect(keyFor(['work'])).toBe('eligibility.goal.notMetWork')
    expect(keyFor(['studies'])).toBe('eligibility.goal.notMetStudies')
    expect(keyFor(['work', 'studies'])).toBe('eligibility.goal.notMet')
  })

  it('evaluates free yes/no questions by id', () => {
    const rules: EligibilityRules = {
      questions: [
        {
          id: 'wantsOrdinaryJob',
          question: { sv: 'Vill du ha ett vanligt jobb?' },
          expected: true,
        },
      ],
    }
    expect(
      statusOf(rules, { answers: { wantsOrdinaryJob: true } }, 'question:wantsOrdinaryJob'),
    ).toBe('met')
    expect(
      statusOf(rules, { answers: { wantsOrdinaryJob: false } }, 'question:wantsOrdinaryJob'),
    ).toBe('notMet')
    expect(statusOf(rules, {}, 'question:wantsOrdinaryJob')).toBe('unknown')
  })

  it('says "may not fit" when something is not met, even if other things are unknown', () => {
    expect(evaluateEligibility(ips, { age: 70 }, today).overall).toBe('mayNotFit')
  })

  it('never blocks a submission', () => {
    const cases: ApplicantFacts[] = [
      fitting,
      {},
      { age: 70, municipality: 'other', careContacts: [], goals: ['studies'] },
    ]
    for (const facts of cases) expect(evaluateEligibility(ips, facts, today).canSubmit).toBe(true)
  })

  it('evaluates nothing when there are no rules', () => {
    expect(evaluateEligibility({}, {}, today)).toEqual({
      overall: 'fits',
      criteria: [],
      canSubmit: true,
    })
  })

  it('has a message key for each overall result', () => {
    expect(overallMessageKey('mayNotFit')).toBe('eligibility.overall.mayNotFit')
  })
})

describe('eligibilityRulesSchema', () => {
  it('accepts the Uppsala rules', () => {
    expect(eligibilityRulesSchema.safeParse(ips).success).toBe(true)
  })

  it.each([
    ['min above max', { age: { min: 66, max: 18 } }],
    ['an age over 120', { age: { max: 130 } }],
    ['a fractional age', { age: { min: 17.5 } }],
    ['an empty age rule', { age: {} }],
    ['a bad municipality code', { residence: { municipalities: ['Uppsala'] } }],
    ['a duplicated municipality', { residence: { municipalities: ['0380', '0380'] } }],
    ['no municipalities', { residence: { municipalities: [] } }],
    ['an unknown care contact', { careContact: { anyOf: ['dentist'] } }],
    [
      'duplicate question ids',
      {
        questions: [
          { id: 'a', question: { sv: 'A?' }, expected: true },
          { id: 'a', question: { sv: 'B?' }, expected: false },
        ],
      },
    ],
    [
      'a question without Swedish text',
      { questions: [{ id: 'a', question: { en: 'A?' }, expected: true }] },
    ],
    ['an unknown rule', { income: { max: 100 } }],
  ])('rejects %s', (_, rules) => {
    expect(eligibilityRulesSchema.safeParse(rules).success).toBe(false)
  })

  it('tells staff what to fix (zod/mini has no default texts)', () => {
    const messages = (rules: unknown) =>
      eligibilityRulesSchema.safeParse(rules).error?.issues.map((i) => i.message)
    expect(messages({ age: { max: 130 } })).toEqual(['Give an age in whole years from 0 to 120'])
    expect(messages({ residence: { municipalities: [] } })).toEqual(['Give at least one value'])
  })
})
