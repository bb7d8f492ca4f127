import { type EligibilityRules, locales } from '@stodportalen/support-services/domain'
import { describe, expect, it } from 'vitest'

import { type CheckError, stepsFor } from '../../site/src/components/check/flow'
import {
  around,
  criterionText,
  errorText,
  hintText,
  optionText,
  questionText,
  telHref,
} from '../../site/src/components/check/text'

const rules: EligibilityRules = {
  age: { min: 18, max: 65 },
  residence: { municipalities: ['0380'] },
  careContact: { anyOf: ['psychiatry'] },
  consentToCollaboration: true,
  goal: { anyOf: ['work'] },
  questions: [
    {
      id: 'needsExtraSupport',
      question: { sv: 'Behöver du extra stöd?', en: 'Do you need extra support?' },
      expected: true,
    },
  ],
}
const steps = stepsFor([rules])
const errors: CheckError[] = [
  'required',
  'notANumber',
  'implausibleAge',
  'notAnOption',
  'noneAndOthers',
]
// A text that is a lookup key (or empty) means a label is missing.
const looksLikeKey = (text: string | undefined) =>
  !text || /^[a-z]+(\.[a-zA-Z]+)+$/.test(text) || text.includes('undefined')

describe('the check speaks every language', () => {
  it.each(locales)('has a question, options and errors for every page in %s', (locale) => {
    for (const step of steps) {
      expect(looksLikeKey(questionText(step, locale)), step.id).toBe(false)
      for (const option of step.options)
        expect(looksLikeKey(optionText(step, option, locale)), `${step.id}=${option}`).toBe(false)
      for (const error of errors)
        expect(looksLikeKey(errorText(step, error, locale)), `${step.id}:${error}`).toBe(false)
    }
    for (const criterion of ['age', 'residence', 'careContact', 'consent', 'goal'] as const) {
      expect(looksLikeKey(criterionText(criterion, rules, locale))).toBe(false)
    }
  })

  it('uses the wording staff wrote for a free question, Swedish when it has no translation', () => {
    const free = steps.find((s) => s.id === 'q-needsExtraSupport')!
    expect(questionText(free, 'en')).toBe('Do you need extra support?')
    expect(questionText(free, 'ar')).toBe('Behöver du extra stöd?')
    expect(criterionText('question:needsExtraSupport', rules, 'en')).toBe(
      'Do you need extra support?',
    )
  })

  it('names municipalities by name and tells the skip button in a required error', () => {
    const municipality = steps.find((s) => s.id === 'municipality')!
    expect(optionText(municipality, '0380', 'sv')).toBe('Uppsala')
    expect(optionText(municipality, 'other', 'sv')).toBe('Annan kommun')
    expect(errorText(municipality, 'required', 'sv')).toContain('Hoppa över frågan')
    expect(
      hintText(
        steps.find((s) => s.id === 'goal')!,
        'sv',
      ),
    ).toBeUndefined()
  })
})

describe('small helpers', () => {
  it('splits a template around a placeholder, whatever the word order', () => {
    expect(around('Ring {phone}.', 'phone')).toEqual(['Ring ', '.'])
    expect(around('{phone} ring', 'phone')).toEqual(['', ' ring'])
    expect(around('No phone', 'phone')).toEqual(['No phone', ''])
  })

  it('dials the digits of a phone number', () => {
    expect(telHref('031-390 06 10')).toBe('tel:0313900610')
    expect(telHref('+46 31 390 06 10')).toBe('tel:+46313900610')
  })
})
