import type { EligibilityRules } from '@stodportalen/support-services/domain'

import { describe, expect, it } from 'vitest'

import {
  checkAnswer,
  factsFrom,
  fitsOf,
  hiddenFields,
  type Posted,
  postedFrom,
  savedAnswers,
  type Step,
  stepsFor,
  visit,
} from '../../site/src/components/check/flow'
import { uppsalaIpsRules } from './fixtures'

// The seeded Uppsala rules: IPS, SEd and SE (SE asks a free question).
const ips = uppsalaIpsRules
const sed: EligibilityRules = { ...ips, age: { min: 18, max: 60 }, goal: { anyOf: ['studies'] } }
const se: EligibilityRules = {
  age: { min: 18, max: 65 },
  residence: { municipalities: ['0380'] },
  goal: { anyOf: ['work'] },
  questions: [
    { id: 'needsExtraSupport', question: { sv: 'Behöver du extra stöd?' }, expected: true },
  ],
}
const steps = stepsFor([ips, sed, se])
const step = (id: string) => steps.find((s) => s.id === id) as Step
const today = '2026-03-01'

describe('stepsFor', () => {
  it('asks what the rules ask, least personal first, free questions last', () => {
    expect(steps.map((s) => s.id)).toEqual([
      'age',
      'municipality',
      'goal',
      'careContacts',
      'consent',
      'q-needsExtraSupport',
    ])
    expect(step('q-needsExtraSupport').question).toEqual({ sv: 'Behöver du extra stöd?' })
  })

  it('skips questions no service asks about and asks a shared free question once', () => {
    expect(stepsFor([{ age: { min: 18 } }]).map((s) => s.id)).toEqual(['age'])
    expect(stepsFor([{ consentToCollaboration: false }])).toEqual([])
    expect(stepsFor([se, se]).filter((s) => s.id.startsWith('q-'))).toHaveLength(1)
  })

  it('offers every municipality, another municipality, and every care contact plus none', () => {
    expect(step('municipality').options).toContain('0380')
    expect(step('municipality').options.at(-1)).toBe('other')
    expect(step('careContacts').options).toEqual([
      'psychiatry',
      'primaryCare',
      'habilitation',
      'socialPsychiatry',
      'none',
    ])
  })
})

describe('checkAnswer', () => {
  it('asks for an answer when the page is left blank', () => {
    for (const s of steps) expect(checkAnswer(s, [])).toEqual({ ok: false, error: 'required' })
    expect(checkAnswer(step('age'), ['  '])).toEqual({ ok: false, error: 'required' })
  })

  it('reads an age in whole years, also in Eastern Arabic digits', () => {
    expect(checkAnswer(step('age'), [' 34 '])).toEqual({ ok: true, value: ['34'] })
    expect(checkAnswer(step('age'), ['٣٤'])).toEqual({ ok: true, value: ['34'] })
    expect(checkAnswer(step('age'), ['۳۴'])).toEqual({ ok: true, value: ['34'] })
    expect(checkAnswer(step('age'), ['034'])).toEqual({ ok: true, value: ['34'] })
    expect(checkAnswer(step('age'), ['tjugo'])).toEqual({ ok: false, error: 'notANumber' })
    expect(checkAnswer(step('age'), ['34.5'])).toEqual({ ok: false, error: 'notANumber' })
    expect(checkAnswer(step('age'), ['0'])).toEqual({ ok: false, error: 'implausibleAge' })
    expect(checkAnswer(step('age'), ['121'])).toEqual({ ok: false, error: 'implausibleAge' })
  })

  it('takes exactly one known option for radios', () => {
    expect(checkAnswer(step('municipality'), ['0380'])).toEqual({ ok: true, value: ['0380'] })
    expect(checkAnswer(step('municipality'), ['9999'])).toEqual({ ok: false, error: 'notAnOption' })
    expect(checkAnswer(step('consent'), ['yes', 'no'])).toEqual({ ok: false, error: 'notAnOption' })
  })

  it('takes several care contacts in a fixed order, or none alone', () => {
    expect(checkAnswer(step('careContacts'), ['primaryCare', 'psychiatry', 'psychiatry'])).toEqual({
      ok: true,
      value: ['psychiatry', 'primaryCare'],
    })
    expect(checkAnswer(step('careContacts'), ['none'])).toEqual({ ok: true, value: ['none'] })
    expect(checkAnswer(step('careContacts'), ['none', 'psychiatry'])).toEqual({
      ok: false,
      error: 'noneAndOthers',
    })
  })
})

describe('visit', () => {
  const post = (fields: Posted) => visit(steps, fields)

  it('goes from the start page to the first question', () => {
    expect(post({ step: ['start'] }).view).toMatchObject({
      page: 'question',
      index: 0,
      step: { id: 'age' },
    })
  })

  it('starts over on anything it does not recognise', () => {
    expect(post({}).view).toEqual({ page: 'start' })
    expect(post({ step: ['nope'], age: ['40'] })).toEqual({ view: { page: 'start' }, answers: {} })
  })

  it('saves a valid answer and shows the next question', () => {
    const { view, answers } = post({ step: ['age'], action: ['continue'], age: ['40'] })
    expect(view).toMatchObject({ page: 'question', step: { id: 'municipality' }, value: [] })
    expect(answers).toEqual({ age: ['40'] })
  })

  it('stays on the page with an error and what was typed', () => {
    const { view, answers } = post({ step: ['age'], action: ['continue'], age: ['fyrtio'] })
    expect(view).toMatchObject({
      page: 'question',
      step: { id: 'age' },
      error: 'notANumber',
      value: ['fyrtio'],
    })
    expect(answers).toEqual({})
  })

  it('lets every question be skipped, forgetting an earlier answer to it', () => {
    const { view, answers } = post({
      step: ['municipality'],
      action: ['skip'],
      age: ['40'],
      municipality: ['0380'],
    })
    expect(view).toMatchObject({ page: 'question', step: { id: 'goal' } })
    expect(answers).toEqual({ age: ['40'] })
  })

  it('goes back keeping every answer, with the earlier page filled in', () => {
    const { view, answers } = post({
      step: ['goal'],
      action: ['back'],
      age: ['40'],
      municipality: ['0380'],
      goal: ['work'],
    })
    expect(view).toMatchObject({ page: 'question', step: { id: 'municipality' }, value: ['0380'] })
    expect(answers).toEqual({ age: ['40'], municipality: ['0380'], goal: ['work'] })
    expect(post({ step: ['age'], action: ['back'] }).view).toEqual({ page: 'start' })
  })

  it('shows the result after the last question, and back from the result shows the last question', () => {
    expect(post({ step: ['q-needsExtraSupport'], 'q-needsExtraSupport': ['yes'] }).view).toEqual({
      page: 'result',
    })
    expect(post({ step: ['result'], action: ['back'] }).view).toMatchObject({
      page: 'question',
      step: { id: 'q-needsExtraSupport' },
    })
    expect(post({ step: ['result'] }).view).toEqual({ page: 'result' })
  })

  it('drops hidden answers that are not valid, as if never given', () => {
    const { answers } = post({
      step: ['result'],
      age: ['500'],
      municipality: ['0380', '0180'],
      consent: ['yes'],
      extra: ['x'],
    })
    expect(answers).toEqual({ consent: ['yes'] })
  })
})

describe('form fields', () => {
  it('reads every value of a repeated field', () => {
    const data = new FormData()
    data.append('careContacts', 'psychiatry')
    data.append('careContacts', 'primaryCare')
    data.append('step', 'careContacts')
    expect(postedFrom(data)).toEqual({
      careContacts: ['psychiatry', 'primaryCare'],
      step: ['careContacts'],
    })
  })

  it('carries answers as hidden fields, leaving out the one on the page', () => {
    const answers = { age: ['40'], careContacts: ['psychiatry', 'primaryCare'] }
    expect(hiddenFields(answers)).toEqual([
      ['age', '40'],
      ['careContacts', 'psychiatry'],
      ['careContacts', 'primaryCare'],
    ])
    expect(hiddenFields(answers, 'age')).toEqual([
      ['careContacts', 'psychiatry'],
      ['careContacts', 'primaryCare'],
    ])
    expect(savedAnswers(steps, Object.fromEntries(Object.entries(answers)))).toEqual(answers)
  })
})

describe('factsFrom', () => {
  it('turns answers into the facts the rules ask about', () => {
    expect(
      factsFrom({
        age: ['40'],
        municipality: ['0380'],
        goal: ['both'],
        careContacts: ['psychiatry'],
        consent: ['yes'],
        'q-needsExtraSupport': ['no'],
      }),
    ).toEqual({
      age: 40,
      municipality: '0380',
      goals: ['work', 'studies'],
      careContacts: ['psychiatry'],
      consentToCollaboration: true,
      answers: { needsExtraSupport: false },
    })
  })

  it('keeps "none" as an empty list, and leaves "don\'t know" and skipped answers out', () => {
    expect(
      factsFrom({
        careContacts: ['none'],
        goal: ['unknown'],
        consent: ['unknown'],
        'q-x': ['unknown'],
      }),
    ).toEqual({ careContacts: [] })
    expect(factsFrom({ municipality: ['other'], consent: ['no'] })).toEqual({
      municipality: 'other',
      consentToCollaboration: false,
    })
    expect(factsFrom({})).toEqual({})
  })
})

describe('fitsOf', () => {
  const services = [
    { slug: 'se', rules: se },
    { slug: 'sed', rules: sed },
    { slug: 'ips', rules: ips },
  ]

  it('evaluates every service and puts the best fit first', () => {
    const facts = factsFrom({
      age: ['40'],
      municipality: ['0380'],
      goal: ['work'],
      careContacts: ['psychiatry'],
      consent: ['yes'],
    })
    const fits = fitsOf(services, facts, today)
    expect(fits.map((f) => [f.service.slug, f.result.overall])).toEqual([
      ['ips', 'fits'],
      ['se', 'needsMoreInfo'],
      ['sed', 'mayNotFit'],
    ])
  })

  it('never blocks: every service is still there when nothing fits', () => {
    const fits = fitsOf(services, factsFrom({ age: ['16'], municipality: ['other'] }), today)
    expect(fits).toHaveLength(3)
    expect(fits.every((f) => f.result.overall === 'mayNotFit' && f.result.canSubmit)).toBe(true)
  })
})
