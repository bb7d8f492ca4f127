import type { ApplicantFacts, EligibilityResult } from './eligibility'

import { ageOn, isIsoDate } from './dates'

/**
 * "Is this for me?": which services fit best, and where else to turn ("lotsning").
 * Shared by the public check and by intake staff, who redirect to the same places.
 */

const overallRank: Record<EligibilityResult['overall'], number> = {
  fits: 0,
  needsMoreInfo: 1,
  mayNotFit: 2,
}

const count = (result: EligibilityResult, status: 'notMet' | 'unknown') =>
  result.criteria.filter((c) => c.status === status).length

/** Best fit first: fits, then "we need to know more", then "may not fit"; fewer unmet, then fewer unknown criteria. */
export function compareFit(a: EligibilityResult, b: EligibilityResult): number {
  return (
    overallRank[a.overall] - overallRank[b.overall] ||
    count(a, 'notMet') - count(b, 'notMet') ||
    count(a, 'unknown') - count(b, 'unknown')
  )
}

/** The items ordered by fit; equally good fits keep their order (the order staff gave the services). */
export function rankByFit<T>(items: readonly T[], resultOf: (item: T) => EligibilityResult): T[] {
  return [...items].sort((a, b) => compareFit(resultOf(a), resultOf(b)))
}

/** Places a person can be redirected to when a service does not fit (DOMAIN: "lotsning"). */
export const redirectTargets = [
  'ungIntro', // the municipality's support for young people
  'adultEducation', // Komvux and Lärvux
  'employmentService', // Arbetsförmedlingen
  'workTraining', // work training and public sheltered employment (OSA)
  'socialInsurance', // Försäkringskassan
  'socialServices', // the municipality's social services
  'care', // primary care and psychiatry
] as const
export type RedirectTarget = (typeof redirectTargets)[number]

/** Under 30 counts as young, as in the regional follow-up statistics (SUS). */
const youngBelow = 30

function ageOf(facts: ApplicantFacts, today: string): number | undefined {
  const { dateOfBirth } = facts
  if (dateOfBirth && isIsoDate(dateOfBirth) && isIsoDate(today) && dateOfBirth <= today)
    return ageOn(dateOfBirth, today)
  return Number.isInteger(facts.age) ? facts.age : undefined
}

/**
 * The redirects worth suggesting, in a fixed order. Anything unknown keeps a suggestion in, since
 * missing a way forward costs the person more than reading one sentence too many.
 */
export function suggestedRedirects(facts: ApplicantFacts, today: string): RedirectTarget[] {
  const age = ageOf(facts, today)
  const wants = (goal: 'work' | 'studies') =>
    facts.goals === undefined || facts.goals.includes(goal)
  const include: Record<RedirectTarget, boolean> = {
    ungIntro: age === undefined || age < youngBelow,
    adultEducation: wants('studies'),
    employmentService: wants('work'),
    workTraining: wants('work'),
    socialInsurance: true,
    socialServices: true,
    care: !facts.careContacts?.length,
  }
  return redirectTargets.filter((target) => include[target])
}
