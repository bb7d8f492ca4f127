import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { followUpReport } from '@stodportalen/support-services'
import { beforeAll, describe, expect, test } from 'vitest'

import { testPayload } from '../support/cms'
import { createReportDataset, period, type ReportDataset } from '../support/reportDataset'

/**
 * `referral_stays`, which the follow-up report reads, is kept by database triggers from the status
 * events and the referral's service, gender and received date. Whatever the CMS writes, it must be what
 * a rebuild from the history gives.
 */
let payload: Payload
let dataset: ReportDataset

const query = async <T>(text: string, values: unknown[] = []) =>
  (await (payload.db as unknown as PostgresAdapter).pool.query(text, values)).rows as T[]
const staysOf = (ids: number[]) =>
  query<Record<string, unknown>>(
    `SELECT referral_id, service_id, gender, received_at, phase, status, outcome, started_at,
       nullif(ended_at, 'infinity') AS ended_at, next_phase, previous_phase, next_participant_at, profile_at,
       profile_income_source, profile_support_years, profile_education, profile_age, action_plan_day
     FROM referral_stays WHERE referral_id = ANY($1) ORDER BY referral_id, started_at`,
    [ids],
  )
const rebuild = (ids: number[]) => query(`SELECT refresh_referral_stays($1)`, [ids])
const id = (key: string) => dataset.ids.get(key)!
const report = () => followUpReport(payload, { ...period, serviceIds: [dataset.serviceId] })
/** A record in a referral's history, as the workflow or staff would have written it. */
const record = async (referral: number, data: Record<string, unknown>) =>
  (
    await payload.create({
      collection: 'referral-events',
      data: { referral, ...data } as never,
      context: { systemEvent: true },
    })
  ).id as number

beforeAll(async () => {
  payload = await testPayload()
  dataset = await createReportDataset(payload, `stays-test-${Date.now().toString(36)}`)
}, 180_000)

describe('the referral stays the report reads', () => {
  test('are what a rebuild from the history gives, after every step the workflow took', async () => {
    const ids = [...dataset.ids.values()]
    const kept = await staysOf(ids)
    expect(kept.length).toBeGreaterThan(ids.length)
    await rebuild(ids)
    expect(await staysOf(ids)).toEqual(kept)
  })

  test('one stay per phase in turn: R1 queued, a participant, closed with its outcome', async () => {
    const stays = await staysOf([id('R1')])
    expect(
      stays.map((s) => [s.phase, s.status, s.outcome, s.previous_phase, s.next_phase]),
    ).toEqual([
      ['queue', 'received', null, null, 'participant'],
      ['participant', 'enrolled', null, 'queue', 'closed'],
      ['closed', 'closed', 'workWithSubsidy', 'participant', null],
    ])
    expect(stays.map((s) => s.next_participant_at)).toEqual([stays[1].started_at, null, null])
    expect(stays.at(-1)!.ended_at).toBeNull() // still closed
    expect(stays[1].started_at).toEqual(new Date('2024-11-01T09:00:00Z'))
    expect(stays[1].ended_at).toEqual(new Date('2025-02-15T09:00:00Z'))
  })

  test('a participant paused in the period: each stay knows the next participant one; the report counts them once', async () => {
    const before = await report()
    // R2: active from January, still active at the end date; paused for ten days in February.
    await record(id('R2'), {
      type: 'statusChange',
      at: '2025-02-10T09:00:00Z',
      fromStatus: 'active',
      toStatus: 'onHold',
    })
    await record(id('R2'), {
      type: 'statusChange',
      at: '2025-02-20T09:00:00Z',
      fromStatus: 'onHold',
      toStatus: 'active',
    })
    const stays = (await staysOf([id('R2')])).slice(1)
    expect(stays.map((s) => [s.phase, s.previous_phase, s.next_participant_at])).toEqual([
      ['participant', 'queue', new Date('2025-02-20T09:00:00Z')],
      ['paused', 'participant', new Date('2025-02-20T09:00:00Z')],
      ['participant', 'paused', null],
    ])
    const after = await report()
    expect(after.supportedDuringPeriod).toEqual(before.supportedDuringPeriod)
    expect(after.sus).toEqual(before.sus)
    expect(after.enrolledAtEnd).toEqual(before.enrolledAtEnd)
  })

  test('a merged duplicate has none', async () => {
    expect(await staysOf([id('R15'), id('R16')])).toEqual([])
  })

  test('a merged duplicate reopened has its stays back, the merge a stay of its own that no figure counts', async () => {
    await payload.update({
      collection: 'referrals',
      id: id('R16'),
      data: { status: 'waiting', statusReason: 'Inte samma person' } as never,
    })
    const stays = await staysOf([id('R16')])
    expect(stays.map((s) => [s.phase, s.next_phase])).toEqual([
      ['queue', 'merged'],
      ['merged', 'queue'],
      ['queue', null],
    ])
    await rebuild([id('R16')])
    expect(await staysOf([id('R16')])).toEqual(stays)
  })

  test('follow a corrected gender, and the report with them', async () => {
    const before = (await report()).closings.total
    // R1 closed inside the period as a woman; staff correct the gender to "other".
    await payload.update({
      collection: 'referrals',
      id: id('R1'),
      data: { applicant: { gender: 'other' } } as never,
    })
    expect(new Set((await staysOf([id('R1')])).map((s) => s.gender))).toEqual(new Set(['other']))
    const after = (await report()).closings.total
    expect(after).toEqual({ ...before, woman: before.woman - 1, other: before.other + 1 })
  })

  test('follow a move to another service', async () => {
    await payload.update({
      collection: 'referrals',
      id: id('R4'),
      data: { service: dataset.otherServiceId, statusReason: 'Flyttad' } as never,
    })
    expect(new Set((await staysOf([id('R4')])).map((s) => s.service_id))).toEqual(
      new Set([dataset.otherServiceId]),
    )
  })

  test('go with a deleted history (retention deletes the events, then the referral)', async () => {
    await query('DELETE FROM referral_events WHERE referral_id = $1', [id('R5')])
    expect(await staysOf([id('R5')])).toEqual([])
  })
})

/**
 * Each referral's first employer contact and first start, which the report's days to them read, are
 * kept on the referral by triggers on its records (migration report_milestones).
 */
describe('the first employer contact and start the report reads', () => {
  const kept = (ids: number[]) =>
    query<{ id: number; contact: string | null; start: string | null }>(
      `SELECT id, to_char(report_first_employer_contact_day, 'YYYY-MM-DD') AS contact,
         to_char(report_first_start_day, 'YYYY-MM-DD') AS start
       FROM referrals WHERE id = ANY($1) ORDER BY id`,
      [ids],
    )
  const fromRecords = (ids: number[]) =>
    query<{ id: number; contact: string | null; start: string | null }>(
      `SELECT r.id,
         (SELECT min(e.date) FROM referral_events e WHERE e.referral_id = r.id AND e.type = 'employerContact') AS contact,
         (SELECT min(e.date) FROM referral_events e WHERE e.referral_id = r.id AND e.type = 'workStart') AS start
       FROM referrals r WHERE r.id = ANY($1) ORDER BY r.id`,
      [ids],
    )

  test('are the earliest of the records as they are added, changed and deleted', async () => {
    const referral = id('R1') // enrolled 1 November 2024
    await record(referral, { type: 'employerContact', date: '2025-01-10' })
    await record(referral, {
      type: 'workStart',
      date: '2025-02-03',
      workStart: { kind: 'competitiveJob', sector: 'G', hoursPerWeek: 20 },
    })
    expect(await kept([referral])).toEqual([
      { id: referral, contact: '2025-01-10', start: '2025-02-03' },
    ])
    const earlier = await record(referral, { type: 'employerContact', date: '2024-12-01' })
    expect((await kept([referral]))[0].contact).toBe('2024-12-01')
    await query(`UPDATE referral_events SET date = '2024-12-05' WHERE id = $1`, [earlier])
    expect((await kept([referral]))[0].contact).toBe('2024-12-05')
    await query('DELETE FROM referral_events WHERE id = $1', [earlier])
    expect((await kept([referral]))[0].contact).toBe('2025-01-10')

    const ids = [...dataset.ids.values()]
    expect(await kept(ids)).toEqual(await fromRecords(ids))
  })

  test('the stays carry the latest profile and the first action plan; a period before a newer profile counts the one before', async () => {
    const referral = id('R1') // a participant from 1 November 2024 to 15 February 2025
    const facts = () =>
      query<{ income: string | null; actionPlan: string | null }>(
        `SELECT DISTINCT profile_income_source AS income, to_char(action_plan_day, 'YYYY-MM-DD') AS "actionPlan"
         FROM referral_stays WHERE referral_id = $1`,
        [referral],
      )
    const [latest] = await query<{ income: string }>(
      `SELECT profile_income_source::text AS income FROM referral_events
       WHERE referral_id = $1 AND type = 'profile' ORDER BY at DESC, id DESC LIMIT 1`,
      [referral],
    )
    const [firstPlan] = await query<{ day: string }>(
      `SELECT min(date) AS day FROM referral_events WHERE referral_id = $1 AND type = 'actionPlan'`,
      [referral],
    )
    expect(await facts()).toEqual([{ income: latest.income, actionPlan: firstPlan.day }])

    const incomeUpTo = async (to: string) =>
      (await followUpReport(payload, { from: period.from, to, serviceIds: [dataset.serviceId] }))
        .sus.profile.income
    const [inPeriod, withApril] = [await incomeUpTo(period.to), await incomeUpTo('2025-04-30')]
    // A new profile on 2 April: after the end of the dataset's period (31 March).
    const newer = await record(referral, {
      type: 'profile',
      at: '2025-04-02T09:00:00Z',
      profile: { incomeSource: 'salary' },
    })
    expect(await facts()).toEqual([{ income: 'salary', actionPlan: firstPlan.day }])
    expect(await incomeUpTo(period.to)).toEqual(inPeriod)
    const april = await incomeUpTo('2025-04-30')
    const key = latest.income as keyof typeof april
    expect(april.salary.total).toBe(withApril.salary.total + 1)
    expect(april[key].total).toBe(withApril[key].total - 1)

    await query('DELETE FROM referral_events WHERE id = $1', [newer])
    expect(await facts()).toEqual([{ income: latest.income, actionPlan: firstPlan.day }])
    const ids = [...dataset.ids.values()]
    const kept = await staysOf(ids)
    await rebuild(ids)
    expect(await staysOf(ids)).toEqual(kept)
  })
})

/**
 * Each job or study start with its end and the referral's latest profile, which the report's starts and
 * the estimate read, is kept in `referral_starts` by triggers on the records and the referral
 * (migration referral_starts).
 */
describe('the starts the report and the estimate read', () => {
  const kept = (ids: number[]) =>
    query<Record<string, unknown>>(
      `SELECT id, referral_id, service_id, gender, reference, to_char(day, 'YYYY-MM-DD') AS day,
         to_char(end_day, 'YYYY-MM-DD') AS end_day, kind, school_kind, sector, monthly_salary,
         monthly_wage_subsidy, housing_support_hours, profile_income_source, profile_monthly_income,
         profile_housing_support_hours
       FROM referral_starts WHERE referral_id = ANY($1) ORDER BY id`,
      [ids],
    )
  /** The same from the records themselves. */
  const fromRecords = (ids: number[]) =>
    query<Record<string, unknown>>(
      `SELECT e.id, e.referral_id, r.service_id, r.applicant_gender::text AS gender, r.reference, e.date AS day,
         (SELECT min(x.date) FROM referral_events x WHERE x.type = 'workEnd' AND x.work_end_start_id = e.id) AS end_day,
         e.work_start_kind::text AS kind, e.work_start_school_kind::text AS school_kind,
         e.work_start_sector::text AS sector, e.work_start_monthly_salary AS monthly_salary,
         e.work_start_monthly_wage_subsidy AS monthly_wage_subsidy,
         e.work_start_housing_support_hours AS housing_support_hours,
         p.profile_income_source::text AS profile_income_source, p.profile_monthly_income,
         p.profile_housing_support_hours
       FROM referral_events e JOIN referrals r ON r.id = e.referral_id AND r.status <> 'merged'
       LEFT JOIN LATERAL (
         SELECT * FROM referral_events p WHERE p.referral_id = e.referral_id AND p.type = 'profile'
         ORDER BY p.at DESC, p.id DESC LIMIT 1
       ) p ON true
       WHERE e.type = 'workStart' AND e.referral_id = ANY($1) ORDER BY e.id`,
      [ids],
    )

  test('are the records as starts, ends and profiles are added, changed and deleted, and the referral moves or is merged', async () => {
    const ids = [...dataset.ids.values()]
    expect(await kept(ids)).toEqual(await fromRecords(ids))

    const referral = id('R2') // a participant from January 2025
    const start = await record(referral, {
      type: 'workStart',
      date: '2025-03-03',
      workStart: {
        kind: 'subsidisedJob',
        sector: 'G',
        hoursPerWeek: 20,
        monthlySalary: 20_000,
        monthlyWageSubsidy: 8_000,
      },
    })
    const end = await record(referral, {
      type: 'workEnd',
      date: '2025-03-20',
      workEnd: { start, reason: 'resigned' },
    })
    await record(referral, {
      type: 'profile',
      at: '2026-01-15T09:00:00Z',
      profile: { incomeSource: 'socialAssistance', monthlyIncome: 9_000 },
    })
    const row = async () => (await kept([referral])).find((s) => s.id === start)
    expect(await row()).toMatchObject({
      day: '2025-03-03',
      end_day: '2025-03-20',
      kind: 'subsidisedJob',
      monthly_salary: '20000',
      monthly_wage_subsidy: '8000',
      profile_income_source: 'socialAssistance',
      profile_monthly_income: '9000',
    })

    await query('UPDATE referral_events SET work_start_monthly_salary = 21000 WHERE id = $1', [
      start,
    ])
    await query('DELETE FROM referral_events WHERE id = $1', [end])
    expect(await row()).toMatchObject({ monthly_salary: '21000', end_day: null })

    await payload.update({
      collection: 'referrals',
      id: referral,
      data: { service: dataset.otherServiceId, statusReason: 'Flyttad' } as never,
    })
    expect(await row()).toMatchObject({ service_id: dataset.otherServiceId })
    expect(await kept(ids)).toEqual(await fromRecords(ids))

    await query(`UPDATE referrals SET status = 'merged' WHERE id = $1`, [referral])
    expect(await kept([referral])).toEqual([])
  })
})
