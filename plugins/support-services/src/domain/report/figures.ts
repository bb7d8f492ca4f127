import type { Attribution, AttributionRows } from './attribution'
import type { ReportPeriod } from './period'
import type { StartFigures, StartRows } from './starts'
import type { SusFigures, SusRows } from './sus'
import type { ServiceYearTargetRow, TargetFigures } from './targets'

/**
 * What the follow-up report counts: which outcomes count as work or studies, the closing categories,
 * the waiting-time buckets, the aggregate rows the SQL returns and the report they are shaped into.
 */
import { type Gender, heardFromOptions, referralSources } from '../vocabulary'
import { type Outcome, outcomes, type Status } from '../workflow'

/** Closings that count as "into work or studies" in SUS and the follow-up reports. */
export const workOrStudiesOutcomes = [
  'workWithoutSubsidy',
  'workWithSubsidy',
  'ownBusiness',
  'studies',
  'workAndStudies',
] as const satisfies readonly Outcome[]

/** Statuses in which a person is a participant (enrolled, or actively supported). */
export const participantStatuses = ['enrolled', 'active'] as const

/**
 * The statuses a report counts as a closing (outflow). Not `merged`: a duplicate folded into the
 * person's other referral was never a separate case, so it is neither inflow nor outflow.
 */
export const closingStatuses = [
  'closed',
  'redirected',
  'declined',
  'withdrawn',
] as const satisfies readonly Status[]

/** Closing categories: each outcome of `closed`, and the other closing statuses. */
export const closingCategories = [...outcomes, 'redirected', 'withdrawn', 'declined'] as const
export type ClosingCategory = (typeof closingCategories)[number]

/** Days waiting in the queue, in the buckets of the waiting-time distribution (upper bound included). */
export const waitBuckets = [
  { key: '0-14', upTo: 14, label: '0–14 dagar' },
  { key: '15-30', upTo: 30, label: '15–30 dagar' },
  { key: '31-60', upTo: 60, label: '31–60 dagar' },
  { key: '61-90', upTo: 90, label: '61–90 dagar' },
  { key: '91-180', upTo: 180, label: '91–180 dagar' },
  { key: '181+', upTo: Infinity, label: 'Mer än 180 dagar' },
] as const
export type WaitBucket = (typeof waitBuckets)[number]['key']

export type ByGender = Record<Gender, number> & { total: number }
export type SourceKey = (typeof referralSources)[number] | 'notStated'
export type HeardFromKey = (typeof heardFromOptions)[number] | 'notStated'

// The aggregate rows the SQL returns (counts already integers).
export interface InflowRow {
  serviceId: number
  month: string
  n: number
}
export interface KeyRow {
  key: string | null
  n: number
}
/** Referrals in the queue at the end date, by service and whole days waiting. */
export interface QueueDaysRow {
  serviceId: number
  days: number
  n: number
}
export interface ServiceCountRow {
  serviceId: number
  n: number
}
/**
 * Queue stays, counted by where they start and end among the month ends: `startBucket` and `endBucket`
 * are how many month-end instants come at or before the stay's start and end. A stay is in the queue at
 * month end k (1-based) when it started before it and ended at or after it: startBucket < k <= endBucket.
 */
export interface QueueStayRow {
  serviceId: number
  startBucket: number
  endBucket: number
  n: number
}
export interface ClosingRow {
  status: string
  outcome: string | null
  gender: string | null
  month: string
  n: number
}
export interface GenderRow {
  gender: string | null
  n: number
}
/** Days from referral to a milestone; `serviceId` null is all the chosen services together. */
export interface DurationRow {
  serviceId: number | null
  n: number
  withinGoal: number
  median: number | null
  p90: number | null
}
export interface CaseloadRow {
  serviceId: number
  assigneeId: number | null
  n: number
}
export interface ServiceTargetRow {
  serviceId: number
  caseloadTarget: number | null
}

export interface QueueFigures {
  serviceId: number
  waiting: number
  waitingOver30Days: number
  shareOver30Days: number | null
  longestWaitDays: number | null
  /** How many left the queue (not to on hold) in the `estimateWindowDays` before the end. */
  leftQueueInWindow: number
  estimatedWaitDays: number | null
}

export interface DurationFigures {
  /** null: all the chosen services together. */
  serviceId: number | null
  n: number
  withinGoal: number
  shareWithinGoal: number | null
  medianDays: number | null
  p90Days: number | null
}

export interface CaseloadFigures {
  serviceId: number
  /** Active cases per full-time coach the service aims at. */
  target: number
  active: number
  unassigned: number
  coaches: { assigneeId: number; active: number }[]
  /** Assigned active cases per coach who has any: we know no working hours, so each coach counts as one. */
  perCoach: number | null
}

export interface FollowUpReport {
  period: ReportPeriod
  serviceIds: number[]
  inflow: {
    months: string[]
    byService: { serviceId: number; byMonth: Record<string, number>; total: number }[]
    total: number
    bySource: Record<SourceKey, number>
    byHeardFrom: Record<HeardFromKey, number>
  }
  /** Inflow (new referrals) against outflow (closings) per month: the "balance" goal. */
  balance: { month: string; inflow: number; outflow: number }[]
  queueAtEnd: QueueFigures[]
  /** The queue at the end of each month of the period (the last at the end date). */
  queueOverTime: { date: string; byService: Record<number, number>; total: number }[]
  /** How long those in the queue at the end date had waited, all chosen services together. */
  waitDistribution: Record<WaitBucket, number>
  firstContact: { byService: DurationFigures[]; all: DurationFigures; goalDays: number }
  enrolment: { byService: DurationFigures[]; all: DurationFigures }
  closings: {
    byCategory: Record<ClosingCategory, ByGender>
    total: ByGender
    withOutcome: number
    intoWorkOrStudies: number
    shareIntoWorkOrStudies: number | null
  }
  enrolledAtEnd: ByGender
  supportedDuringPeriod: ByGender
  caseload: CaseloadFigures[]
  /** Which outreach brought the period's referrals (see attribution.ts). */
  attribution: Attribution
  /** Work and studies started during support (see starts.ts). */
  starts: StartFigures
  /** The regional statistics' (SUS) figures and the participants' profile (see sus.ts). */
  sus: SusFigures
  /** The board's targets for the period, and the queue against them (see targets.ts). */
  targets: TargetFigures
}

export interface FollowUpRows {
  inflow: readonly InflowRow[]
  sources: readonly KeyRow[]
  heardFrom: readonly KeyRow[]
  queueDays: readonly QueueDaysRow[]
  leftQueue: readonly ServiceCountRow[]
  queueStays: readonly QueueStayRow[]
  closings: readonly ClosingRow[]
  enrolledAtEnd: readonly GenderRow[]
  supported: readonly GenderRow[]
  firstContact: readonly DurationRow[]
  enrolment: readonly DurationRow[]
  caseload: readonly CaseloadRow[]
  targets: readonly ServiceTargetRow[]
  /** Missing: no outreach to attribute. */
  attribution?: AttributionRows
  /** Missing: no starts recorded. */
  starts?: StartRows
  /** Missing: no participants. */
  sus?: SusRows
  /** The services' targets per year; missing: none set. */
  yearTargets?: readonly ServiceYearTargetRow[]
}

/** The caseload target when a service has none set: 20 active cases per full-time coach (Hudiksvall, IPS). */
export const defaultCaseloadTarget = 20
