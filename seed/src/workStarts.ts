/**
 * Synthetic road-to-work records for the seeded referrals: the first employer contact, the action plan,
 * job and study starts and some of their ends, dated within the person's time in support. Deterministic:
 * each referral's records come from its own seeded PRNG, so they leave the referrals' histories as they were.
 */
import type {
  Outcome,
  SchoolKind,
  SniSection,
  StartEndReason,
  StartKind,
} from '@stodportalen/support-services/domain'

import type { HistoryEntry, ServiceSlug } from './referrals'

export type WorkRecordSeed =
  | { type: 'employerContact' | 'actionPlan'; date: string }
  | {
      type: 'workStart'
      date: string
      workStart: {
        kind: StartKind
        schoolKind?: SchoolKind
        sector?: SniSection
        hoursPerWeek: number
        monthlySalary?: number
        monthlyWageSubsidy?: number
        housingSupportHours?: number
      }
      end?: { date: string; reason: StartEndReason }
    }

const msPerDay = 86_400_000
const dayOf = (iso: string) => Math.floor(Date.parse(iso.slice(0, 10)) / msPerDay)
const dateOf = (day: number) => new Date(day * msPerDay).toISOString().slice(0, 10)

/** mulberry32, as the referrals' generator uses. */
export function random(seed: number) {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]
  return { chance: (p: number) => next() < p, int, pick }
}

/** The sectors where supported employment most often finds jobs, some more than once to weigh them. */
const sectors: SniSection[] = ['G', 'G', 'I', 'I', 'Q', 'Q', 'N', 'C', 'H', 'F', 'S', 'P', 'M', 'J']
const schools: SchoolKind[] = [
  'adultEducation',
  'adultEducation',
  'folkHighSchool',
  'vocationalHigher',
  'university',
  'upperSecondary',
]
const jobEndReasons: StartEndReason[] = [
  'fixedTermEnded',
  'resigned',
  'dismissed',
  'changed',
  'health',
]
const studyEndReasons: StartEndReason[] = ['studiesCompleted', 'studiesInterrupted', 'changed']

const kindsForOutcome: Partial<Record<Outcome, StartKind[]>> = {
  workWithoutSubsidy: ['competitiveJob'],
  workWithSubsidy: ['subsidisedJob'],
  ownBusiness: ['ownBusiness'],
  studies: ['studies'],
  workAndStudies: ['competitiveJob', 'studies'],
}

/**
 * The records of one referral's first stretch of support (from enrolment to its close, or today).
 * A referral enrolled more than once gets none: its enrolment date is the later one.
 */
export function roadToWork(
  history: readonly HistoryEntry[],
  service: ServiceSlug,
  today: string,
  seed: number,
): WorkRecordSeed[] {
  const enrolments = history.filter((e) => e.to === 'enrolled')
  if (enrolments.length !== 1) return []
  const enrolled = enrolments[0]
  const after = history.slice(history.indexOf(enrolled) + 1)
  const close = after.find((e) => ['closed', 'redirected', 'withdrawn'].includes(e.to))
  const from = dayOf(enrolled.at)
  const until = close ? dayOf(close.at) : dayOf(today)
  const rng = random(seed)
  const records: WorkRecordSeed[] = []
  const within = (day: number) => day >= from && day <= until

  const plan = from + rng.int(3, 30)
  if (rng.chance(0.9) && within(plan)) records.push({ type: 'actionPlan', date: dateOf(plan) })
  if (service !== 'sed' || rng.chance(0.3)) {
    const contact = from + (rng.chance(0.6) ? rng.int(2, 30) : rng.int(31, 120))
    if (rng.chance(0.85) && within(contact))
      records.push({ type: 'employerContact', date: dateOf(contact) })
  }

  const kinds =
    (close?.outcome && kindsForOutcome[close.outcome]) ??
    (rng.chance(service === 'sed' ? 0.25 : 0.35)
      ? [
          service === 'sed'
            ? 'studies'
            : rng.pick<StartKind>(['competitiveJob', 'subsidisedJob', 'subsidisedJob']),
        ]
      : [])
  for (const kind of kinds) {
    const start = from + rng.int(14, 180)
    if (!within(start)) continue
    const job = kind !== 'studies'
    const ends =
      !close?.outcome || !kindsForOutcome[close.outcome] ? rng.chance(0.4) : rng.chance(0.15)
    const endDay = start + rng.int(20, 260)
    records.push({
      type: 'workStart',
      date: dateOf(start),
      workStart: job
        ? {
            kind,
            sector: rng.pick(sectors),
            hoursPerWeek: rng.pick([10, 15, 20, 25, 30, 40]),
            ...(rng.chance(0.7) && { monthlySalary: rng.int(9, 30) * 1000 }),
          }
        : { kind, schoolKind: rng.pick(schools), hoursPerWeek: rng.pick([10, 20, 40]) },
      ...(ends &&
        endDay <= dayOf(today) && {
          end: { date: dateOf(endDay), reason: rng.pick(job ? jobEndReasons : studyEndReasons) },
        }),
    })
  }
  return records
}
