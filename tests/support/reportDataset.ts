import type { Payload } from 'payload'

import { firstUnit } from './units'

/**
 * A small known dataset in two services of its own: `tests/int/reports.test.ts` works out every figure
 * of the follow-up report on it by hand, and `tests/int/retention.test.ts` checks that retention leaves
 * those figures as they were.
 *
 * Period: 2025-01-01 – 2025-03-31, Swedish days. It starts at 2024-12-31T23:00Z (UTC+1) and ends at
 * 2025-03-31T22:00Z: summer time began on 30 March, so the last day ends at 22:00 UTC, not 23:00.
 * Times below are UTC; those at 09:00–12:00Z fall on the same Swedish date.
 */
export const period = { from: '2025-01-01', to: '2025-03-31' }

export type Gender = 'woman' | 'man' | 'other' | 'notStated' | undefined
/** A status change; or a move to the other service; or a new coach (`assign`, a coach's key). */
export type Step =
  | {
      to: string
      at: string
      outcome?: string
      reason?: string
      target?: string
      mergedInto?: string
    }
  | { moveTo: 'report' | 'other'; at: string }
  | { assign: 'A' | 'B'; at: string }
  /**
   * A record of the case (`workEnd` ends the case's latest start; a profile carries its age at
   * enrolment, as the server works it out), as the referral's page writes it.
   */
  | { record: Record<string, unknown>; at: string }
export interface Case {
  key: string
  gender: Gender
  receivedAt: string
  steps: Step[]
  /** Who referred and how they heard about the service (outreach attribution). */
  source?: string
  heardFrom?: string
  /** Received in the other test service (then perhaps moved here). */
  service?: 'other'
}

export const queued = (d1: string, d2 = d1): Step[] => [
  { to: 'screened', at: d1 },
  { to: 'waiting', at: d2 },
]

export const cases: Case[] = [
  // R1: enrolled before the period, closed inside it with work with subsidy. Coach B from November.
  {
    key: 'R1',
    gender: 'woman',
    receivedAt: '2024-10-01T09:00:00Z',
    source: 'socialServices',
    heardFrom: 'friendOrFamily',
    steps: [
      ...queued('2024-10-02T09:00:00Z', '2024-10-03T09:00:00Z'),
      { to: 'firstContact', at: '2024-10-10T09:00:00Z' },
      { to: 'enrolled', at: '2024-11-01T09:00:00Z' },
      {
        record: {
          type: 'profile',
          profile: {
            incomeSource: 'socialAssistance',
            monthlyIncome: 9000,
            supportYears: 'over3',
            education: 'primary',
            ageAtEnrolment: 27,
          },
        },
        at: '2024-11-01T10:00:00Z',
      },
      { assign: 'B', at: '2024-11-02T09:00:00Z' },
      { record: { type: 'actionPlan', date: '2024-11-20' }, at: '2024-11-20T09:00:00Z' },
      { to: 'closed', at: '2025-02-15T09:00:00Z', outcome: 'workWithSubsidy' },
    ],
  },
  // R2: enrolled before the period, active from January, still active at the end. Coach A since December.
  {
    key: 'R2',
    gender: 'man',
    receivedAt: '2024-11-01T09:00:00Z',
    source: 'socialServices',
    heardFrom: 'friendOrFamily',
    steps: [
      ...queued('2024-11-02T09:00:00Z'),
      { to: 'firstContact', at: '2024-11-20T09:00:00Z' },
      { to: 'enrolled', at: '2024-12-01T09:00:00Z' },
      {
        record: {
          type: 'profile',
          profile: {
            incomeSource: 'sicknessCompensation',
            supportYears: 'over3',
            education: 'upperSecondary',
            ageAtEnrolment: 41,
          },
        },
        at: '2024-12-01T10:00:00Z',
      },
      { assign: 'A', at: '2024-12-05T09:00:00Z' },
      { to: 'active', at: '2025-01-10T09:00:00Z' },
      { record: { type: 'actionPlan', date: '2025-01-15' }, at: '2025-01-15T09:00:00Z' },
      // Corrected after the end of the period: the period's report keeps the profile of its time.
      {
        record: {
          type: 'profile',
          profile: {
            incomeSource: 'sicknessCompensation',
            supportYears: 'over3',
            education: 'postSecondaryShort',
            ageAtEnrolment: 41,
          },
        },
        at: '2025-04-05T09:00:00Z',
      },
    ],
  },
  // R3: gender other; arrives, is enrolled and closed into studies, all inside the period.
  {
    key: 'R3',
    gender: 'other',
    receivedAt: '2025-01-05T10:00:00Z',
    source: 'self',
    heardFrom: 'socialMedia',
    steps: [
      ...queued('2025-01-06T09:00:00Z', '2025-01-07T09:00:00Z'),
      { to: 'firstContact', at: '2025-02-01T09:00:00Z' },
      { to: 'enrolled', at: '2025-02-10T09:00:00Z' },
      {
        record: { type: 'profile', profile: { incomeSource: 'none', ageAtEnrolment: 22 } },
        at: '2025-02-10T10:00:00Z',
      },
      // Corrected the next day: the latest profile counts.
      {
        record: {
          type: 'profile',
          profile: {
            incomeSource: 'studentAid',
            supportYears: 'under1',
            education: 'upperSecondary',
            ageAtEnrolment: 22,
          },
        },
        at: '2025-02-11T10:00:00Z',
      },
      { to: 'active', at: '2025-02-20T09:00:00Z' },
      { to: 'closed', at: '2025-03-20T09:00:00Z', outcome: 'studies' },
    ],
  },
  // R4: not stated; waiting since January (80 days at the end date).
  {
    key: 'R4',
    gender: 'notStated',
    receivedAt: '2025-01-10T09:00:00Z',
    source: 'self',
    heardFrom: 'socialMedia',
    steps: queued('2025-01-11T09:00:00Z', '2025-01-12T09:00:00Z'),
  },
  // R5: still received, 21 days at the end date.
  {
    key: 'R5',
    gender: 'woman',
    receivedAt: '2025-03-10T09:00:00Z',
    source: 'psychiatry',
    heardFrom: 'psychiatry',
    steps: [],
  },
  // R6: arrives on the last day, 23:30 Swedish summer time: in the period, 0 days waiting.
  {
    key: 'R6',
    gender: 'man',
    receivedAt: '2025-03-31T21:30:00Z',
    source: 'self',
    heardFrom: 'socialMedia',
    steps: [],
  },
  // R7: arrives 00:30 on 1 April Swedish time (still 31 March in UTC): outside the period.
  {
    key: 'R7',
    gender: 'woman',
    receivedAt: '2025-03-31T22:30:00Z',
    source: 'school',
    heardFrom: 'friendOrFamily',
    steps: [],
  },
  // R8: not stated, no source, no answer on how they heard; arrives 00:30 on 1 January Swedish time
  // (31 December in UTC): inside; declined in January.
  {
    key: 'R8',
    gender: 'notStated',
    receivedAt: '2024-12-31T23:30:00Z',
    steps: [
      { to: 'screened', at: '2025-01-02T09:00:00Z' },
      { to: 'declined', at: '2025-01-20T09:00:00Z', reason: 'Fel målgrupp' },
    ],
  },
  // R9: redirected in February.
  {
    key: 'R9',
    gender: 'man',
    receivedAt: '2025-02-01T09:00:00Z',
    source: 'af',
    heardFrom: 'web',
    steps: [
      { to: 'screened', at: '2025-02-02T09:00:00Z' },
      { to: 'redirected', at: '2025-02-05T09:00:00Z', target: 'Komvux' },
    ],
  },
  // R10: withdrawn in March.
  {
    key: 'R10',
    gender: 'woman',
    receivedAt: '2025-02-10T09:00:00Z',
    source: 'self',
    heardFrom: 'socialMedia',
    steps: [
      ...queued('2025-02-11T09:00:00Z'),
      { to: 'firstContact', at: '2025-02-20T09:00:00Z' },
      { to: 'withdrawn', at: '2025-03-01T09:00:00Z' },
    ],
  },
  // R11: the whole case before the period: in no figure.
  {
    key: 'R11',
    gender: 'man',
    receivedAt: '2024-09-01T09:00:00Z',
    source: 'socialServices',
    heardFrom: 'friendOrFamily',
    steps: [
      ...queued('2024-09-02T09:00:00Z'),
      { to: 'firstContact', at: '2024-09-10T09:00:00Z' },
      { to: 'enrolled', at: '2024-10-01T09:00:00Z' },
      {
        record: {
          type: 'profile',
          profile: { incomeSource: 'unemploymentSupport', ageAtEnrolment: 35 },
        },
        at: '2024-10-01T10:00:00Z',
      },
      { to: 'closed', at: '2024-12-20T09:00:00Z', outcome: 'jobSeeking' },
    ],
  },
  // R12: enrolled in March, active only on 10 April (after the end): enrolled at the end date. Coach B
  // from 16 March, coach A only from 5 April: B's at the end date.
  {
    key: 'R12',
    gender: 'woman',
    receivedAt: '2025-02-15T09:00:00Z',
    source: 'psychiatry',
    heardFrom: 'psychiatry',
    steps: [
      ...queued('2025-02-16T09:00:00Z'),
      { to: 'firstContact', at: '2025-03-01T09:00:00Z' },
      { to: 'enrolled', at: '2025-03-15T09:00:00Z' },
      { assign: 'B', at: '2025-03-16T09:00:00Z' },
      { assign: 'A', at: '2025-04-05T09:00:00Z' },
      // An action plan only after the end of the period: not one of the period's.
      { record: { type: 'actionPlan', date: '2025-04-02' }, at: '2025-04-02T09:00:00Z' },
      { to: 'active', at: '2025-04-10T09:00:00Z' },
    ],
  },
  // R13: gender left out (defaults to not stated); closed into meaningful occupation at 23:00 Swedish time on the last day.
  {
    key: 'R13',
    gender: undefined,
    receivedAt: '2025-01-15T09:00:00Z',
    source: 'primaryCare',
    heardFrom: 'event',
    steps: [
      ...queued('2025-01-16T09:00:00Z'),
      { to: 'firstContact', at: '2025-01-20T09:00:00Z' },
      { to: 'enrolled', at: '2025-02-01T09:00:00Z' },
      {
        record: { type: 'profile', profile: { education: 'postSecondary' } },
        at: '2025-02-01T10:00:00Z',
      },
      { record: { type: 'actionPlan', date: '2025-03-01' }, at: '2025-03-01T09:00:00Z' },
      { to: 'closed', at: '2025-03-31T21:00:00Z', outcome: 'meaningfulOccupation' },
    ],
  },
  // R14: first contact in March, enrolled only on 2 April: in the queue at the end date (39 days), enrolled now.
  {
    key: 'R14',
    gender: 'woman',
    receivedAt: '2025-02-20T09:00:00Z',
    source: 'self',
    heardFrom: 'socialMedia',
    steps: [
      ...queued('2025-02-21T09:00:00Z'),
      { to: 'firstContact', at: '2025-03-25T09:00:00Z' },
      { to: 'enrolled', at: '2025-04-02T09:00:00Z' },
      { assign: 'A', at: '2025-04-03T09:00:00Z' },
    ],
  },
  // R15: R14's duplicate, waiting at the end date, merged into R14 only on 5 April: a duplicate is in no
  // figure, for any date.
  {
    key: 'R15',
    gender: 'woman',
    receivedAt: '2025-02-25T09:00:00Z',
    source: 'school',
    heardFrom: 'friendOrFamily',
    steps: [
      ...queued('2025-02-26T09:00:00Z'),
      { to: 'merged', at: '2025-04-05T09:00:00Z', mergedInto: 'R14' },
    ],
  },
  // R16: R4's duplicate, merged in February: neither inflow nor a closing.
  {
    key: 'R16',
    gender: 'man',
    receivedAt: '2025-01-25T09:00:00Z',
    source: 'school',
    heardFrom: 'friendOrFamily',
    steps: [{ to: 'merged', at: '2025-02-03T09:00:00Z', mergedInto: 'R4' }],
  },
  // R17: gender other; came in to the other service on 20 January, moved here on 10 February and waiting
  // since (70 days at the end date, counted from the day it came in): counts here for every date.
  {
    key: 'R17',
    gender: 'other',
    receivedAt: '2025-01-20T09:00:00Z',
    service: 'other',
    source: 'fk',
    heardFrom: 'web',
    steps: [{ moveTo: 'report', at: '2025-02-10T09:00:00Z' }],
  },
  // R18: came in here on 12 January, moved to the other service on 10 March: counts there, not here.
  {
    key: 'R18',
    gender: 'woman',
    receivedAt: '2025-01-12T09:00:00Z',
    source: 'school',
    heardFrom: 'friendOrFamily',
    steps: [...queued('2025-01-13T09:00:00Z'), { moveTo: 'other', at: '2025-03-10T09:00:00Z' }],
  },
]

export interface ReportDataset {
  serviceId: number
  otherServiceId: number
  /** Coach key ('A', 'B') → user id. */
  coachIds: Map<string, number>
  /** Case key → referral id. */
  ids: Map<string, number>
}

/**
 * Creates the dataset (and any `extra` cases) in two services of its own, through the Local API and the
 * workflow's hooks, each step at its own time: the history is what the hooks write.
 */
export async function createReportDataset(
  payload: Payload,
  unique: string,
  extra: readonly Case[] = [],
): Promise<ReportDataset> {
  const createService = async (
    name: string,
    slug: string,
    caseloadTarget: number,
    targets: {
      year: number
      peopleSupported?: number
      maxWaitDays?: number
      shareIntoWorkOrStudies?: number
    }[] = [],
  ) =>
    (
      await payload.create({
        collection: 'services',
        data: {
          unit: await firstUnit(payload),
          name,
          summary: 'Testdata för uppföljningsrapporten',
          slug,
          method: 'ips',
          status: 'closed',
          caseloadTarget,
          targets,
        } as never,
      })
    ).id as number
  // 20 participants expected in 2025 (and 30 in 2026, outside the period); in 2025 also a wait of
  // at most 60 days and half the participant closings into work or studies.
  const serviceId = await createService('Rapporttest', unique, 15, [
    { year: 2025, peopleSupported: 20, maxWaitDays: 60, shareIntoWorkOrStudies: 50 },
    { year: 2026, peopleSupported: 30 },
  ])
  const otherServiceId = await createService('Rapporttest 2', `${unique}-2`, 20)
  const coachIds = new Map<string, number>()
  for (const coach of ['A', 'B']) {
    const user = await payload.create({
      collection: 'users',
      data: {
        name: `Coach ${coach} ${unique}`,
        email: `coach-${coach.toLowerCase()}-${unique}@example.org`,
        password: `${unique}-pw`,
        role: 'intake',
        units: [await firstUnit(payload)],
        services: [serviceId],
      } as never,
    })
    coachIds.set(coach, user.id as number)
  }
  const stepData = (step: Exclude<Step, { record: unknown }>, ids: Map<string, number>) => {
    if ('moveTo' in step)
      return {
        service: step.moveTo === 'report' ? serviceId : otherServiceId,
        statusReason: 'Passar bättre i den andra tjänsten',
      }
    if ('assign' in step) return { assignee: coachIds.get(step.assign) }
    return {
      status: step.to,
      outcome: step.outcome,
      statusReason: step.reason,
      redirectTarget: step.target,
      mergedInto: step.mergedInto && ids.get(step.mergedInto),
    }
  }
  const ids = new Map<string, number>()
  for (const [index, c] of [...cases, ...extra].entries()) {
    const created = await payload.create({
      collection: 'referrals',
      data: {
        reference: `${unique}-${index}`,
        service: c.service === 'other' ? otherServiceId : serviceId,
        receivedAt: c.receivedAt,
        source: c.source,
        heardFrom: c.heardFrom,
        applicant: { name: `Testperson ${c.key}`, ...(c.gender ? { gender: c.gender } : {}) },
      } as never,
      context: { eventAt: c.receivedAt },
    })
    ids.set(c.key, created.id as number)
    let lastStart: number | undefined
    for (const step of c.steps) {
      if ('record' in step) {
        const event = await payload.create({
          collection: 'referral-events',
          data: {
            referral: created.id,
            at: step.at,
            ...step.record,
            ...(step.record.type === 'workEnd' && {
              workEnd: { ...(step.record.workEnd as object), start: lastStart },
            }),
          } as never,
          // Dated in the past: the staff path's checks against today's clock do not apply.
          context: { systemEvent: true },
        })
        if (step.record.type === 'workStart') lastStart = event.id as number
        continue
      }
      await payload.update({
        collection: 'referrals',
        id: created.id,
        data: stepData(step, ids) as never,
        context: { eventAt: step.at },
      })
    }
  }
  return { serviceId, otherServiceId, coachIds, ids }
}
