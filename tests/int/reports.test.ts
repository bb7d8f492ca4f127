import type { Payload } from 'payload'
import { beforeAll, describe, expect, test } from 'vitest'

import { followUpReport } from '@stodportalen/support-services'
import { formatPublicCount, maskByGender } from '@stodportalen/support-services/domain'
import { testPayload } from '../support/cms'

/**
 * A small known dataset in its own service, and every figure of the follow-up report worked out by hand.
 *
 * Period: 2025-01-01 – 2025-03-31, Swedish days. It starts at 2024-12-31T23:00Z (UTC+1) and ends at
 * 2025-03-31T22:00Z: summer time began on 30 March, so the last day ends at 22:00 UTC, not 23:00.
 * Times below are UTC; those at 09:00–12:00Z fall on the same Swedish date.
 */
const period = { from: '2025-01-01', to: '2025-03-31' }

type Gender = 'woman' | 'man' | 'other' | 'notStated' | undefined
interface Step { to: string; at: string; outcome?: string; reason?: string; target?: string }
interface Case { key: string; gender: Gender; receivedAt: string; steps: Step[] }

const queued = (d1: string, d2 = d1): Step[] => [{ to: 'screened', at: d1 }, { to: 'waiting', at: d2 }]

const cases: Case[] = [
  // R1: enrolled before the period, closed inside it with work with subsidy.
  { key: 'R1', gender: 'woman', receivedAt: '2024-10-01T09:00:00Z', steps: [
    ...queued('2024-10-02T09:00:00Z', '2024-10-03T09:00:00Z'), { to: 'firstContact', at: '2024-10-10T09:00:00Z' },
    { to: 'enrolled', at: '2024-11-01T09:00:00Z' }, { to: 'closed', at: '2025-02-15T09:00:00Z', outcome: 'workWithSubsidy' },
  ] },
  // R2: enrolled before the period, active from January, still active at the end.
  { key: 'R2', gender: 'man', receivedAt: '2024-11-01T09:00:00Z', steps: [
    ...queued('2024-11-02T09:00:00Z'), { to: 'firstContact', at: '2024-11-20T09:00:00Z' },
    { to: 'enrolled', at: '2024-12-01T09:00:00Z' }, { to: 'active', at: '2025-01-10T09:00:00Z' },
  ] },
  // R3: gender other; arrives, is enrolled and closed into studies, all inside the period.
  { key: 'R3', gender: 'other', receivedAt: '2025-01-05T10:00:00Z', steps: [
    ...queued('2025-01-06T09:00:00Z', '2025-01-07T09:00:00Z'), { to: 'firstContact', at: '2025-02-01T09:00:00Z' },
    { to: 'enrolled', at: '2025-02-10T09:00:00Z' }, { to: 'active', at: '2025-02-20T09:00:00Z' },
    { to: 'closed', at: '2025-03-20T09:00:00Z', outcome: 'studies' },
  ] },
  // R4: not stated; waiting since January (80 days at the end date).
  { key: 'R4', gender: 'notStated', receivedAt: '2025-01-10T09:00:00Z', steps: queued('2025-01-11T09:00:00Z', '2025-01-12T09:00:00Z') },
  // R5: still received, 21 days at the end date.
  { key: 'R5', gender: 'woman', receivedAt: '2025-03-10T09:00:00Z', steps: [] },
  // R6: arrives on the last day, 23:30 Swedish summer time: in the period, 0 days waiting.
  { key: 'R6', gender: 'man', receivedAt: '2025-03-31T21:30:00Z', steps: [] },
  // R7: arrives 00:30 on 1 April Swedish time (still 31 March in UTC): outside the period.
  { key: 'R7', gender: 'woman', receivedAt: '2025-03-31T22:30:00Z', steps: [] },
  // R8: not stated; arrives 00:30 on 1 January Swedish time (31 December in UTC): inside; declined in January.
  { key: 'R8', gender: 'notStated', receivedAt: '2024-12-31T23:30:00Z', steps: [
    { to: 'screened', at: '2025-01-02T09:00:00Z' }, { to: 'declined', at: '2025-01-20T09:00:00Z', reason: 'Fel målgrupp' },
  ] },
  // R9: redirected in February.
  { key: 'R9', gender: 'man', receivedAt: '2025-02-01T09:00:00Z', steps: [
    { to: 'screened', at: '2025-02-02T09:00:00Z' }, { to: 'redirected', at: '2025-02-05T09:00:00Z', target: 'Komvux' },
  ] },
  // R10: withdrawn in March.
  { key: 'R10', gender: 'woman', receivedAt: '2025-02-10T09:00:00Z', steps: [
    ...queued('2025-02-11T09:00:00Z'), { to: 'firstContact', at: '2025-02-20T09:00:00Z' }, { to: 'withdrawn', at: '2025-03-01T09:00:00Z' },
  ] },
  // R11: the whole case before the period: in no figure.
  { key: 'R11', gender: 'man', receivedAt: '2024-09-01T09:00:00Z', steps: [
    ...queued('2024-09-02T09:00:00Z'), { to: 'firstContact', at: '2024-09-10T09:00:00Z' },
    { to: 'enrolled', at: '2024-10-01T09:00:00Z' }, { to: 'closed', at: '2024-12-20T09:00:00Z', outcome: 'jobSeeking' },
  ] },
  // R12: enrolled in March, active only on 10 April (after the end): enrolled at the end date.
  { key: 'R12', gender: 'woman', receivedAt: '2025-02-15T09:00:00Z', steps: [
    ...queued('2025-02-16T09:00:00Z'), { to: 'firstContact', at: '2025-03-01T09:00:00Z' },
    { to: 'enrolled', at: '2025-03-15T09:00:00Z' }, { to: 'active', at: '2025-04-10T09:00:00Z' },
  ] },
  // R13: gender left out (defaults to not stated); closed into meaningful occupation at 23:00 Swedish time on the last day.
  { key: 'R13', gender: undefined, receivedAt: '2025-01-15T09:00:00Z', steps: [
    ...queued('2025-01-16T09:00:00Z'), { to: 'firstContact', at: '2025-01-20T09:00:00Z' },
    { to: 'enrolled', at: '2025-02-01T09:00:00Z' }, { to: 'closed', at: '2025-03-31T21:00:00Z', outcome: 'meaningfulOccupation' },
  ] },
  // R14: first contact in March, enrolled only on 2 April: in the queue at the end date (39 days), enrolled now.
  { key: 'R14', gender: 'woman', receivedAt: '2025-02-20T09:00:00Z', steps: [
    ...queued('2025-02-21T09:00:00Z'), { to: 'firstContact', at: '2025-03-25T09:00:00Z' }, { to: 'enrolled', at: '2025-04-02T09:00:00Z' },
  ] },
]

let payload: Payload
let serviceId: number

beforeAll(async () => {
  payload = await testPayload()
  const unique = `report-test-${Date.now().toString(36)}`
  const service = await payload.create({
    collection: 'services',
    data: { name: 'Rapporttest', summary: 'Testdata för uppföljningsrapporten', slug: unique, method: 'ips', status: 'closed' } as never,
  })
  serviceId = service.id as number
  for (const [index, c] of cases.entries()) {
    const created = await payload.create({
      collection: 'referrals',
      data: {
        reference: `${unique}-${index}`,
        service: serviceId,
        receivedAt: c.receivedAt,
        applicant: { name: `Testperson ${c.key}`, ...(c.gender ? { gender: c.gender } : {}) },
      } as never,
      context: { eventAt: c.receivedAt },
    })
    for (const step of c.steps) {
      await payload.update({
        collection: 'referrals',
        id: created.id,
        data: { status: step.to, outcome: step.outcome, statusReason: step.reason, redirectTarget: step.target } as never,
        context: { eventAt: step.at },
      })
    }
  }
}, 120_000)

const report = () => followUpReport(payload, { ...period, serviceIds: [serviceId] })

describe('the follow-up report on a hand-computed dataset', () => {
  test('inflow per month', async () => {
    const { inflow } = await report()
    expect(inflow.months).toEqual(['2025-01', '2025-02', '2025-03'])
    expect(inflow.byService).toEqual([{
      serviceId,
      // January: R3, R4, R8 (00:30 on 1 January Swedish time), R13 = 4.
      // February: R9, R10, R12, R14 = 4.
      // March: R5, R6 (23:30 on the last day) = 2; R7 (00:30 on 1 April) is outside.
      byMonth: { '2025-01': 4, '2025-02': 4, '2025-03': 2 },
      total: 10,
    }])
  })

  test('queue at the end date, reconstructed from the events', async () => {
    const { queueAtEnd } = await report()
    // In a queue status at the end of 31 March: R4 waiting (80 days), R5 received (21), R6 received (0),
    // R14 first contact (39; enrolled only in April). R7 had not arrived yet. Over 30 days: R4, R14 → 2 of 4.
    expect(queueAtEnd).toEqual([{ serviceId, waiting: 4, waitingOver30Days: 2, shareOver30Days: 0.5 }])
  })

  test('closings in the period by outcome and status, by gender', async () => {
    const { closings } = await report()
    const zero = { woman: 0, man: 0, other: 0, notStated: 0, total: 0 }
    // R1 closed 15 February, work with subsidy, woman (enrolled before the period).
    expect(closings.byCategory.workWithSubsidy).toEqual({ ...zero, woman: 1, total: 1 })
    // R3 closed 20 March, studies, other.
    expect(closings.byCategory.studies).toEqual({ ...zero, other: 1, total: 1 })
    // R13 closed 23:00 Swedish time on the last day, meaningful occupation, gender not given → not stated.
    expect(closings.byCategory.meaningfulOccupation).toEqual({ ...zero, notStated: 1, total: 1 })
    // R11's job-seeking closing was in December: not counted.
    expect(closings.byCategory.jobSeeking).toEqual(zero)
    expect(closings.byCategory.redirected).toEqual({ ...zero, man: 1, total: 1 }) // R9
    expect(closings.byCategory.withdrawn).toEqual({ ...zero, woman: 1, total: 1 }) // R10
    expect(closings.byCategory.declined).toEqual({ ...zero, notStated: 1, total: 1 }) // R8
    // All six: woman R1, R10; man R9; other R3; not stated R8, R13.
    expect(closings.total).toEqual({ woman: 2, man: 1, other: 1, notStated: 2, total: 6 })
    // With an outcome: R1, R3, R13 = 3; into work or studies: R1 (work with subsidy), R3 (studies) = 2 → 2/3.
    expect(closings.withOutcome).toBe(3)
    expect(closings.intoWorkOrStudies).toBe(2)
    expect(closings.shareIntoWorkOrStudies).toBeCloseTo(2 / 3, 10)
  })

  test('enrolled at the end date and supported during the period, by gender', async () => {
    const r = await report()
    // Enrolled or active at the end of 31 March: R2 (active, man), R12 (enrolled; active only in April, woman).
    // Not R14 (enrolled 2 April), not R1/R3/R13 (closed in the period).
    expect(r.enrolledAtEnd).toEqual({ woman: 1, man: 1, other: 0, notStated: 0, total: 2 })
    // Participants at the start: R1 (woman), R2 (man). Became one during the period: R3 (other), R12 (woman),
    // R13 (not stated). Not R11 (closed in December), not R14 (April). Total 5.
    expect(r.supportedDuringPeriod).toEqual({ woman: 2, man: 1, other: 1, notStated: 1, total: 5 })
  })

  test('the "< 5" rule on an exported by-gender row', async () => {
    const { supportedDuringPeriod, closings } = await report()
    const shown = (row: typeof closings.total) => Object.values(maskByGender(row)).map(formatPublicCount)
    // woman, man, other, not stated, total
    expect(shown(supportedDuringPeriod)).toEqual(['< 5', '< 5', '< 5', '< 5', '5'])
    expect(shown(closings.total)).toEqual(['< 5', '< 5', '< 5', '< 5', '6'])
  })

  test('a one-day period on the last day, and another service, see only their own', async () => {
    const lastDay = await followUpReport(payload, { from: '2025-03-31', to: '2025-03-31', serviceIds: [serviceId] })
    // Arrived on 31 March Swedish time: R6 only. Closed that day: R13. Supported that day: R2, R12 (participants).
    expect(lastDay.inflow.total).toBe(1)
    expect(lastDay.closings.total.total).toBe(1)
    // At the start of 31 March R13 was still enrolled: R2, R12, R13.
    expect(lastDay.supportedDuringPeriod.total).toBe(3)
    const other = await followUpReport(payload, { ...period, serviceIds: [serviceId + 100_000] })
    expect(other.inflow.total).toBe(0)
    expect(other.closings.total.total).toBe(0)
  })
})
