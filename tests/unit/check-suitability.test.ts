import {
  compareFit,
  type EligibilityResult,
  type EligibilityRules,
  evaluateEligibility,
  rankByFit,
  redirectTargets,
  suggestedRedirects,
} from '@stodportalen/support-services/domain'
import { describe, expect, it } from 'vitest'

const today = '2026-03-01'
const ips: EligibilityRules = {
  age: { min: 18, max: 65 },
  residence: { municipalities: ['0380'] },
  goal: { anyOf: ['work'] },
}
const sed: EligibilityRules = {
  age: { min: 18, max: 60 },
  residence: { municipalities: ['0380'] },
  goal: { anyOf: ['studies'] },
}
const open: EligibilityRules = {}

describe('rankByFit', () => {
  it('puts fits first, then needs-more-info, then may-not-fit', () => {
    const services = [
      { slug: 'sed', rules: sed },
      { slug: 'ips', rules: ips },
      { slug: 'open', rules: open },
    ]
    const facts = { age: 30, municipality: '0380' } // goal unknown: ips and sed need more info, open fits
    const ranked = rankByFit(services, (s) => evaluateEligibility(s.rules, facts, today))
    expect(ranked.map((s) => s.slug)).toEqual(['open', 'sed', 'ips'])

    const wantsWork = { ...facts, goals: ['work' as const] }
    expect(
      rankByFit(services, (s) => evaluateEligibility(s.rules, wantsWork, today)).map((s) => s.slug),
    ).toEqual(['ips', 'open', 'sed'])
  })

  it('prefers fewer unmet, then fewer unknown criteria, and keeps the given order on ties', () => {
    const result = (statuses: ('met' | 'notMet' | 'unknown')[]): EligibilityResult => {
      const criteria = statuses.map((status) => ({
        criterion: 'age' as const,
        status,
        messageKey: 'eligibility.age.met' as const,
      }))
      const overall = statuses.includes('notMet')
        ? 'mayNotFit'
        : statuses.includes('unknown')
          ? 'needsMoreInfo'
          : 'fits'
      return { overall, criteria, canSubmit: true }
    }
    const twoUnmet = result(['notMet', 'notMet'])
    const oneUnmet = result(['notMet', 'unknown', 'unknown'])
    const oneUnmetKnown = result(['notMet', 'met', 'met'])
    expect(compareFit(oneUnmet, twoUnmet)).toBeLessThan(0)
    expect(compareFit(oneUnmetKnown, oneUnmet)).toBeLessThan(0)
    const items = [
      { n: 1, r: twoUnmet },
      { n: 2, r: oneUnmet },
      { n: 3, r: oneUnmetKnown },
      { n: 4, r: oneUnmetKnown },
    ]
    expect(rankByFit(items, (i) => i.r).map((i) => i.n)).toEqual([3, 4, 2, 1])
  })

  it('does not reorder its input', () => {
    const items: EligibilityResult[] = [
      { overall: 'mayNotFit', criteria: [], canSubmit: true },
      { overall: 'fits', criteria: [], canSubmit: true },
    ]
    rankByFit(items, (r) => r)
    expect(items[0].overall).toBe('mayNotFit')
  })
})

describe('suggestedRedirects', () => {
  it('suggests everything when nothing is known', () => {
    expect(suggestedRedirects({}, today)).toEqual([...redirectTargets])
  })

  it('suggests Ung Intro to people under 30 only', () => {
    expect(suggestedRedirects({ age: 29 }, today)).toContain('ungIntro')
    expect(suggestedRedirects({ age: 30 }, today)).not.toContain('ungIntro')
    expect(suggestedRedirects({ dateOfBirth: '1996-03-02' }, today)).toContain('ungIntro') // 29 until tomorrow
    expect(suggestedRedirects({ dateOfBirth: '1996-03-01' }, today)).not.toContain('ungIntro')
  })

  it('follows what the person wants: studies → adult education, work → Arbetsförmedlingen and work training', () => {
    expect(suggestedRedirects({ goals: ['studies'] }, today)).toEqual([
      'ungIntro',
      'adultEducation',
      'socialInsurance',
      'socialServices',
      'care',
    ])
    expect(suggestedRedirects({ goals: ['work'] }, today)).toEqual([
      'ungIntro',
      'employmentService',
      'workTraining',
      'socialInsurance',
      'socialServices',
      'care',
    ])
  })

  it('points to care only for people without a care contact', () => {
    expect(suggestedRedirects({ careContacts: [] }, today)).toContain('care')
    expect(suggestedRedirects({ careContacts: ['psychiatry'] }, today)).not.toContain('care')
  })
})
