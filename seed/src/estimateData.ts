/**
 * Synthetic figures for the socio-economic estimate: the profile staff record at enrolment (income
 * before with its amount, years on support, education, age, housing support) and, on each job start,
 * the salary, the wage subsidy and the housing support after. Most people have every amount; a few
 * lack one, as real records do, so the report shows both. Drawn from a PRNG of their own, so the
 * road-to-work records and the histories stay as they were.
 */
import {
  ageAtEnrolment,
  type EducationLevel,
  type IncomeSource,
  type SupportYearBand,
} from '@stodportalen/support-services/domain'

import type { HistoryEntry } from './referrals'

import { random, type WorkRecordSeed } from './workStarts'

export interface ProfileSeed {
  type: 'profile'
  /** The enrolment day: staff record the person as they were then. */
  date: string
  profile: {
    incomeSource?: IncomeSource
    monthlyIncome?: number
    supportYears?: SupportYearBand
    education?: EducationLevel
    ageAtEnrolment?: number | null
    housingSupportHours?: number
  }
}

/** Mostly public support, as the participants of [003] and SUS; some from salary, studies or nothing. */
const sources: IncomeSource[] = [
  'socialAssistance',
  'socialAssistance',
  'socialAssistance',
  'socialAssistance',
  'sicknessCompensation',
  'sicknessCompensation',
  'sicknessCompensation',
  'unemploymentSupport',
  'unemploymentSupport',
  'unemploymentSupport',
  'none',
  'studentAid',
  'otherIncome',
]
/** Kr a month, in steps of 100, by source (roughly the ranges of [003]'s rows). */
const amountRange: Partial<Record<IncomeSource, [number, number]>> = {
  socialAssistance: [55, 120],
  sicknessCompensation: [90, 160],
  unemploymentSupport: [60, 140],
  studentAid: [30, 110],
  otherIncome: [20, 80],
}
const supportYears: SupportYearBand[] = ['noSupport', 'under1', '1to3', '1to3', 'over3', 'over3']
const education: EducationLevel[] = [
  'primaryShort',
  'primary',
  'primary',
  'upperSecondaryShort',
  'upperSecondary',
  'upperSecondary',
  'postSecondaryShort',
  'postSecondary',
]

/**
 * The referral's road-to-work records with the estimate's figures: a profile on the enrolment day
 * (for 9 in 10 enrolled people) and the amounts on its job starts. Like the road to work, a referral
 * enrolled more than once gets none.
 */
export function withEstimateData(
  history: readonly HistoryEntry[],
  work: readonly WorkRecordSeed[],
  dateOfBirth: string | undefined,
  seed: number,
): (ProfileSeed | WorkRecordSeed)[] {
  const enrolments = history.filter((e) => e.to === 'enrolled')
  if (enrolments.length !== 1) return [...work]
  const enrolledOn = enrolments[0].at.slice(0, 10)
  const rng = random(seed ^ 0x5eed_e57)
  if (!rng.chance(0.95)) return [...work]
  const source = rng.pick(sources)
  const range = amountRange[source]
  const housing = rng.chance(0.55) ? rng.int(2, 8) : undefined
  const profile: ProfileSeed = {
    type: 'profile',
    date: enrolledOn,
    profile: {
      incomeSource: source,
      ...(range && rng.chance(0.97) && { monthlyIncome: rng.int(...range) * 100 }),
      supportYears: rng.pick(supportYears),
      education: rng.pick(education),
      ageAtEnrolment: ageAtEnrolment(enrolledOn, { dateOfBirth }),
      ...(housing && { housingSupportHours: housing }),
    },
  }
  return [profile, ...work.map((record) => withAmounts(record, housing, rng))]
}

/**
 * A start's amounts: for a job, a salary where the road to work left none (most are recorded) and the
 * wage subsidy of a subsidised job; for any start, the housing support after (fewer hours, or none)
 * for those who had some.
 */
function withAmounts(
  record: WorkRecordSeed,
  housingBefore: number | undefined,
  rng: ReturnType<typeof random>,
): WorkRecordSeed {
  if (record.type !== 'workStart') return record
  const { kind, monthlySalary } = record.workStart
  const job = kind !== 'studies'
  const salary = !job
    ? undefined
    : (monthlySalary ?? (rng.chance(0.85) ? rng.int(9, 30) * 1000 : undefined))
  const subsidy =
    kind === 'subsidisedJob' && salary && rng.chance(0.9)
      ? Math.round((salary * rng.int(40, 80)) / 100 / 100) * 100
      : undefined
  const housingAfter =
    housingBefore && rng.chance(0.95) ? Math.max(0, housingBefore - rng.int(1, 8)) : undefined
  return {
    ...record,
    workStart: {
      ...record.workStart,
      ...(salary && { monthlySalary: salary }),
      ...(subsidy && { monthlyWageSubsidy: subsidy }),
      ...(housingAfter !== undefined && { housingSupportHours: housingAfter }),
    },
  }
}
