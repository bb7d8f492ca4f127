/**
 * The figures of the regional statistics system SUS [001], per service: participants in the period and
 * since the start, participants closed (since the start, in the period) and into work or studies, the
 * share with an action plan, closing reasons by gender, the participants' profile at enrolment, and the
 * participants against the number the service is expected to have.
 *
 * A participant is a referral that was enrolled or active; "since the start" is every participant up
 * to the end of the period. A participant closing is the end of a participant's stay in a closing
 * status (closed with an outcome, redirected, withdrawn); a person closed twice counts twice.
 */
import type { ByGender, ClosingCategory } from './figures'

import {
  type AgeBand,
  ageBandOf,
  ageBands,
  type EducationLevel,
  educationLevels,
  type IncomeSource,
  incomeSources,
  type SupportYearBand,
  supportYearBands,
} from '../profile'
import { genders } from '../vocabulary'
import { outcomes } from '../workflow'
import { sum } from './arithmetic'
import { workOrStudiesOutcomes } from './figures'

// The aggregate rows the SQL returns.
/** Participants at some moment of the period, by whether they had an action plan by its end. */
export interface SusParticipantRow {
  serviceId: number
  gender: string | null
  /** An action plan was recorded on or before the end of the period. */
  actionPlan: boolean
  n: number
}
/** The questions of the profile, as the profile rows name them. */
export const profileQuestions = ['incomeSource', 'supportYears', 'education', 'age'] as const
export type ProfileQuestion = (typeof profileQuestions)[number]
/**
 * The same participants counted by one answer of their latest profile (null: none recorded, or that
 * answer left out; the age in years as text). One question per row: the tables never cross them.
 */
export interface SusProfileRow {
  serviceId: number
  gender: string | null
  question: ProfileQuestion
  answer: string | null
  n: number
}
/** Participant closings up to the end of the period; `inPeriod`: the closing fell in the period. */
export interface SusClosingRow {
  serviceId: number
  gender: string | null
  status: string
  outcome: string | null
  inPeriod: boolean
  n: number
}
/** Everyone who was a participant at some moment up to the end of the period. */
export interface SusRegisteredRow {
  serviceId: number
  n: number
}
/** A service's expected participants in one year. */
export interface SusExpectedRow {
  serviceId: number
  year: number
  count: number
}
export interface SusRows {
  participants: readonly SusParticipantRow[]
  profile: readonly SusProfileRow[]
  closings: readonly SusClosingRow[]
  registered: readonly SusRegisteredRow[]
  expected: readonly SusExpectedRow[]
}

export const emptySusRows = (): SusRows => ({
  participants: [],
  profile: [],
  closings: [],
  registered: [],
  expected: [],
})

/** The closing categories a participant can close with: each outcome, redirected, withdrawn. */
export const participantClosingCategories = [
  ...outcomes,
  'redirected',
  'withdrawn',
] as const satisfies readonly ClosingCategory[]
export type ParticipantClosingCategory = (typeof participantClosingCategories)[number]

export interface SusServiceFigures {
  serviceId: number
  participants: number
  registeredSinceStart: number
  closedSinceStart: number
  closedInPeriod: number
  intoWorkOrStudies: number
  withActionPlan: number
  /** The expected participants of the years the period touches, summed; null when none is set. */
  expected: number | null
}

/** A profile answer per participant of the period; `notStated`: no profile, or that answer left out. */
export interface SusProfile {
  income: Record<IncomeSource | 'notStated', ByGender>
  supportYears: Record<SupportYearBand | 'notStated', ByGender>
  education: Record<EducationLevel | 'notStated', ByGender>
  age: Record<AgeBand | 'notStated', ByGender>
}

export interface SusFigures {
  /** The calendar years the period touches: the expected numbers are theirs. */
  years: number[]
  byService: SusServiceFigures[]
  participants: ByGender
  withActionPlan: ByGender
  closedInPeriod: ByGender
  intoWorkOrStudies: ByGender
  closingReasons: Record<ParticipantClosingCategory, ByGender>
  profile: SusProfile
}

const emptyByGender = (): ByGender => ({ woman: 0, man: 0, other: 0, notStated: 0, total: 0 })
const genderOf = (value: string | null): keyof ByGender =>
  (genders as readonly string[]).includes(value ?? '') ? (value as keyof ByGender) : 'notStated'
const addTo = (counts: ByGender, gender: string | null, n: number) => {
  counts[genderOf(gender)] += n
  counts.total += n
}
const byGenderFor = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries([...keys, 'notStated'].map((k) => [k, emptyByGender()])) as Record<
    K | 'notStated',
    ByGender
  >
const keyIn = <K extends string>(keys: readonly K[], value: string | null): K | 'notStated' =>
  (keys as readonly string[]).includes(value ?? '') ? (value as K) : 'notStated'

/** The category of a participant closing: its outcome (unknown: other), or its status. */
export const participantClosingCategory = (
  status: string,
  outcome: string | null,
): ParticipantClosingCategory | null => {
  if (status === 'closed')
    return keyIn(outcomes, outcome) === 'notStated'
      ? 'other'
      : (outcome as ParticipantClosingCategory)
  return status === 'redirected' || status === 'withdrawn' ? status : null
}
const isWorkOrStudies = (category: ParticipantClosingCategory | null) =>
  (workOrStudiesOutcomes as readonly string[]).includes(category ?? '')

/** The calendar years from `from` to `to` ('YYYY-MM-DD'). */
export const yearsOf = (from: string, to: string) => {
  const years: number[] = []
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) years.push(y)
  return years
}

function shapeProfile(rows: readonly SusProfileRow[]): SusProfile {
  const profile: SusProfile = {
    income: byGenderFor(incomeSources),
    supportYears: byGenderFor(supportYearBands),
    education: byGenderFor(educationLevels),
    age: byGenderFor(ageBands.map((b) => b.key)),
  }
  const counts = (row: SusProfileRow): ByGender => {
    switch (row.question) {
      case 'incomeSource':
        return profile.income[keyIn(incomeSources, row.answer)]
      case 'supportYears':
        return profile.supportYears[keyIn(supportYearBands, row.answer)]
      case 'education':
        return profile.education[keyIn(educationLevels, row.answer)]
      case 'age':
        return profile.age[row.answer == null ? 'notStated' : ageBandOf(Number(row.answer))]
    }
  }
  for (const row of rows) addTo(counts(row), row.gender, row.n)
  return profile
}

/** Shapes the SUS rows of a period for the chosen services (every service gets its row). */
export function shapeSus(
  period: { from: string; to: string },
  serviceIds: readonly number[],
  rows: SusRows,
): SusFigures {
  const years = yearsOf(period.from, period.to)
  const participants = emptyByGender()
  const withActionPlan = emptyByGender()
  for (const row of rows.participants) {
    addTo(participants, row.gender, row.n)
    if (row.actionPlan) addTo(withActionPlan, row.gender, row.n)
  }
  const closedInPeriod = emptyByGender()
  const intoWorkOrStudies = emptyByGender()
  const closingReasons = Object.fromEntries(
    participantClosingCategories.map((c) => [c, emptyByGender()]),
  ) as Record<ParticipantClosingCategory, ByGender>
  for (const row of rows.closings) {
    const category = participantClosingCategory(row.status, row.outcome)
    if (!category || !row.inPeriod) continue
    addTo(closedInPeriod, row.gender, row.n)
    addTo(closingReasons[category], row.gender, row.n)
    if (isWorkOrStudies(category)) addTo(intoWorkOrStudies, row.gender, row.n)
  }

  const byService = serviceIds.map((serviceId): SusServiceFigures => {
    const mine = <T extends { serviceId: number }>(all: readonly T[]) =>
      all.filter((r) => r.serviceId === serviceId)
    const closings = mine(rows.closings).filter((r) =>
      participantClosingCategory(r.status, r.outcome),
    )
    const inPeriod = closings.filter((r) => r.inPeriod)
    const expected = mine(rows.expected).filter((r) => years.includes(r.year))
    return {
      serviceId,
      participants: sum(mine(rows.participants).map((r) => r.n)),
      registeredSinceStart: sum(mine(rows.registered).map((r) => r.n)),
      closedSinceStart: sum(closings.map((r) => r.n)),
      closedInPeriod: sum(inPeriod.map((r) => r.n)),
      intoWorkOrStudies: sum(
        inPeriod
          .filter((r) => isWorkOrStudies(participantClosingCategory(r.status, r.outcome)))
          .map((r) => r.n),
      ),
      withActionPlan: sum(
        mine(rows.participants)
          .filter((r) => r.actionPlan)
          .map((r) => r.n),
      ),
      expected: expected.length ? sum(expected.map((r) => r.count)) : null,
    }
  })
  return {
    years,
    byService,
    participants,
    withActionPlan,
    closedInPeriod,
    intoWorkOrStudies,
    closingReasons,
    profile: shapeProfile(rows.profile),
  }
}
