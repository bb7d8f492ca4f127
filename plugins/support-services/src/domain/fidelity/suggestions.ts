import type { EligibilityRules } from '../eligibility'

import { percentile } from '../report'

/**
 * What the service's own records say about the items they can inform, for a period (by default the
 * twelve months before the review). Counted by `operations/fidelity/figures.ts`, one SQL read.
 */
export interface FidelityFigures {
  period: { from: string; to: string }
  /** Participants (enrolled or active) at the end of the period, and the coaches they are assigned to. */
  caseload: { participants: number; coaches: number; unassigned: number }
  /** Referrals that came in during the period, and those staff declined in it. */
  declines: { received: number; declined: number }
  /** Days from enrolment to the first employer contact, for those enrolled in the period who had one. */
  rapidSearch: { enrolled: number; days: number[] }
  /** Job starts of the period: all, without a subsidy, with a sector, and how many sectors. */
  jobStarts: { jobs: number; competitive: number; withSector: number; sectors: number }
  /** Job starts of the period followed by a recorded contact, note or re-assessment within 90 days. */
  followAlong: { jobs: number; followed: number }
  /**
   * Participants closed in the period: days from enrolment to the closing, and how many were closed
   * while still looking for work (outcome "job seeking"): closed although the goal was not reached.
   */
  supportTime: { closed: number; stillSeeking: number; days: number[] }
}

/** The days a participant is followed after a job start for it to count as follow-along support. */
export const followAlongDays = 90

/** The 25-point scale's items the figures inform, with the figure as text and a suggested score. */
export interface Suggestion {
  /** The figure, in Swedish, as the reviewers see it. */
  figure: string
  /** 1–5, or null when there is nothing to base a suggestion on. */
  suggested: null | number
  /** What the suggestion builds on and where the data falls short. */
  basis: string
}

type Bounds = readonly [number, number, number, number]
/** 5 when the first bound is reached, 4 for the second, down to 1 when none is. */
const stepScore = (reached: (bound: number) => boolean, bounds: Bounds) => {
  const index = bounds.findIndex(reached)
  return index === -1 ? 1 : 5 - index
}
/** Higher is better: the lowest value that still gives 5, 4, 3 and 2. */
const scoreAbove = (value: number, bounds: Bounds) => stepScore((b) => value >= b, bounds)
/** Lower is better: the highest value that still gives 5, 4, 3 and 2. */
const scoreBelow = (value: number, bounds: Bounds) => stepScore((b) => value <= b, bounds)

const percent = (part: number, whole: number) => Math.round((100 * part) / whole)
const median = (days: readonly number[]) =>
  percentile(
    days.map((value) => ({ value, n: 1 })),
    0.5,
  )
const none = (figure: string, basis: string): Suggestion => ({ figure, suggested: null, basis })

/**
 * Caseload: participants per coach. Our reading of the scale's anchors: 20 or fewer per coach is full
 * fidelity, then steps of 20 (21–40, 41–60, 61–80), more than 80 is the lowest. The scale counts
 * full-time coaches; the records know who has participants, not their hours, so part-time coaches make
 * the figure look better than it is.
 */
export function suggestCaseload({
  participants,
  coaches,
  unassigned,
}: FidelityFigures['caseload']) {
  if (!coaches)
    return none(
      `${participants} deltagare, ingen av dem har en coach i systemet.`,
      'Inget förslag: ingen deltagare har en ansvarig coach.',
    )
  const perCoach = participants / coaches
  return {
    figure: `${participants} deltagare på ${coaches} coacher: ${perCoach.toFixed(1).replace('.', ',')} per coach${unassigned ? ` (${unassigned} utan coach)` : ''}.`,
    suggested: scoreBelow(Math.ceil(perCoach), [20, 40, 60, 80]),
    basis:
      '5: högst 20 per coach, 4: 21–40, 3: 41–60, 2: 61–80, 1: fler. Räknar coacher med deltagare, inte heltidstjänster.',
  }
}

/** Age limits narrower than working age (18–64) exclude people who want to work. */
const workingAge = { min: 18, max: 64 }

/**
 * The criteria in the service's eligibility rules that can keep out someone who wants to work. The
 * wish to work (or study), living in the municipality, contact with care (IPS works within the care
 * team) and consent to that collaboration are part of the method, not exclusions; an age limit
 * narrower than working age and every extra yes/no question are.
 */
export function exclusionCriteria(rules: EligibilityRules): string[] {
  const criteria: string[] = []
  const { min, max } = rules.age ?? {}
  if ((min != null && min > workingAge.min) || (max != null && max < workingAge.max))
    criteria.push(`Ålder ${min ?? ''}–${max ?? ''} år`)
  for (const q of rules.questions ?? []) criteria.push(`Frågan ”${q.question.sv ?? q.id}”`)
  return criteria
}

/**
 * Zero exclusion. Our reading of the scale: full fidelity when everyone who wants to work may take part,
 * whatever their readiness, diagnosis, substance use or history. From the records: every exclusion
 * criterion written into the rules takes a point, and so does a high share of declines by staff
 * (more than 10 % of new referrals one point, more than 25 % two); never below 1.
 */
export function suggestZeroExclusion(
  { received, declined }: FidelityFigures['declines'],
  criteria: readonly string[],
): Suggestion {
  const share = received ? percent(declined, received) : 0
  const declinePoints = share > 25 ? 2 : share > 10 ? 1 : 0
  return {
    figure: `${declined} av ${received} nya anmälningar avböjdes av personalen (${share} %). Uteslutande villkor i reglerna: ${criteria.length ? criteria.join('; ') : 'inga'}.`,
    suggested: Math.max(1, 5 - criteria.length - declinePoints),
    basis:
      'Ett poäng av för varje uteslutande villkor i reglerna, ett för fler än 10 % avböjda (två för fler än 25 %). Läs skälen till avböjandena i anmälningarna innan ni bestämmer er.',
  }
}

/**
 * Rapid job search: the median days from enrolment to the first employer contact. Our reading of the
 * scale's anchors: within a month is full fidelity, then within two months, five months, nine months,
 * and later than that.
 */
export function suggestRapidSearch({ enrolled, days }: FidelityFigures['rapidSearch']): Suggestion {
  const middle = median(days)
  if (middle == null)
    return none(
      `${enrolled} inskrivna under perioden, ingen med registrerad arbetsgivarkontakt.`,
      'Inget förslag: ingen första arbetsgivarkontakt är registrerad.',
    )
  return {
    figure: `Median ${Math.round(middle)} dagar från inskrivning till första arbetsgivarkontakt (${days.length} av ${enrolled} inskrivna har haft en).`,
    suggested: scoreBelow(middle, [30, 60, 150, 270]),
    basis:
      '5: högst 30 dagar, 4: 31–60, 3: 61–150, 2: 151–270, 1: längre. De som ännu inte haft någon kontakt räknas inte.',
  }
}

/**
 * Competitive jobs: the share of job starts that are ordinary jobs without a wage subsidy (the scale
 * asks for jobs anyone can apply for, at ordinary pay; a subsidised job or an own business is not one).
 * Our reading of the anchors: 95 % or more is full fidelity, then 85, 75 and 65 %.
 */
export function suggestCompetitiveJobs({ jobs, competitive }: FidelityFigures['jobStarts']) {
  if (!jobs) return none('Inga arbeten startade under perioden.', 'Inget förslag: inga arbeten.')
  const share = percent(competitive, jobs)
  return {
    figure: `${competitive} av ${jobs} arbeten var utan lönestöd (${share} %).`,
    suggested: scoreAbove(share, [95, 85, 75, 65]),
    basis: '5: minst 95 %, 4: 85–94 %, 3: 75–84 %, 2: 65–74 %, 1: lägre.',
  }
}

/**
 * Diversity of jobs and of employers. The records keep the employer's sector, not the job or the
 * employer (never named in a report), so both items get the same proxy: different sectors per job
 * start with a sector. Our reading of the anchors: 85 % or more different is full fidelity, then 75,
 * 65 and 50 %. Sectors are coarse: two jobs in retail at different shops count as the same, so the
 * figure errs low.
 */
export function suggestDiversity({ withSector, sectors }: FidelityFigures['jobStarts']) {
  if (!withSector)
    return none('Inga arbeten med bransch under perioden.', 'Inget förslag: inga arbeten.')
  const share = percent(sectors, withSector)
  return {
    figure: `${withSector} arbeten i ${sectors} olika branscher (${share} %).`,
    suggested: scoreAbove(share, [85, 75, 65, 50]),
    basis:
      '5: minst 85 % olika, 4: 75–84 %, 3: 65–74 %, 2: 50–64 %, 1: lägre. Bransch är ett grovt mått: två jobb i samma bransch kan vara olika arbeten hos olika arbetsgivare.',
  }
}

/**
 * Individual follow-along support: the share of job starts after which the coach recorded a contact,
 * note or re-assessment within 90 days. Our reading of the anchors: most workers get support that
 * fits them; we read "most" as 90 % or more for 5, then 70, 50 and 30 %. The records show that
 * support was given, not whether it fitted the person: the reviewers judge that.
 */
export function suggestFollowAlong({ jobs, followed }: FidelityFigures['followAlong']) {
  if (!jobs) return none('Inga arbeten startade under perioden.', 'Inget förslag: inga arbeten.')
  const share = percent(followed, jobs)
  return {
    figure: `Efter ${followed} av ${jobs} starter av arbete finns kontakt registrerad inom ${followAlongDays} dagar (${share} %).`,
    suggested: scoreAbove(share, [90, 70, 50, 30]),
    basis: '5: minst 90 %, 4: 70–89 %, 3: 50–69 %, 2: 30–49 %, 1: lägre.',
  }
}

/**
 * Time-unlimited support: in IPS the support ends when the person chooses, not when a period runs out.
 * The records have no "time is up" reason, so the proxy is the share of closings made while the person
 * was still looking for work. Our own scale: 5 % or less is 5, then 15, 30 and 50 %.
 */
export function suggestUnlimitedSupport({
  closed,
  stillSeeking,
  days,
}: FidelityFigures['supportTime']) {
  if (!closed)
    return none('Inga deltagare avslutade under perioden.', 'Inget förslag: inga avslut.')
  const share = percent(stillSeeking, closed)
  const middle = median(days)
  return {
    figure: `${closed} deltagare avslutade, median ${Math.round(middle ?? 0)} dagar i stödet; ${stillSeeking} (${share} %) avslutades medan de fortfarande sökte arbete.`,
    suggested: scoreBelow(share, [5, 15, 30, 50]),
    basis:
      '5: högst 5 % avslutade som fortfarande sökande, 4: 6–15 %, 3: 16–30 %, 2: 31–50 %, 1: fler. Läs skälen till avsluten innan ni bestämmer er.',
  }
}

/** The suggestions for every item the records inform, by item key. */
export function fidelitySuggestions(
  figures: FidelityFigures,
  criteria: readonly string[],
): Record<string, Suggestion> {
  const diversity = suggestDiversity(figures.jobStarts)
  return {
    caseload: suggestCaseload(figures.caseload),
    zeroExclusion: suggestZeroExclusion(figures.declines, criteria),
    rapidSearch: suggestRapidSearch(figures.rapidSearch),
    jobTypeDiversity: diversity,
    employerDiversity: diversity,
    competitiveJobs: suggestCompetitiveJobs(figures.jobStarts),
    individualFollowAlong: suggestFollowAlong(figures.followAlong),
    unlimitedFollowAlong: suggestUnlimitedSupport(figures.supportTime),
  }
}
