import type { Payload } from 'payload'

import { demoUsers } from '@stodportalen/seed'
import { followUpReport, followUpReports } from '@stodportalen/support-services'
import {
  cellText,
  formatPublicCount,
  maskByGender,
  type MaskedTable,
  maskReportTables,
  maskTable,
  reportTables,
} from '@stodportalen/support-services/domain'
import { beforeAll, describe, expect, test } from 'vitest'

import { cmsUrl, login, testPayload } from '../support/cms'
import { createReportDataset, period } from '../support/reportDataset'

/** Every figure of the follow-up report, worked out by hand on the dataset in `../support/reportDataset.ts`. */
let payload: Payload
let serviceId: number
let otherServiceId: number
let coachIds: Map<string, number>

beforeAll(async () => {
  payload = await testPayload()
  ;({ serviceId, otherServiceId, coachIds } = await createReportDataset(
    payload,
    `report-test-${Date.now().toString(36)}`,
  ))
}, 180_000)

const report = () => followUpReport(payload, { ...period, serviceIds: [serviceId] })
const zero = { woman: 0, man: 0, other: 0, notStated: 0, total: 0 }
const names = {
  service: (id: number) => (id === serviceId ? 'Rapporttest' : 'Rapporttest 2'),
  coach: (id: number) => `Coach ${id}`,
}
/** A table of the report as exported: each row's label and its cells as printed. */
const exported = (table: MaskedTable) =>
  table.rows.map((row, r) => [
    row.label,
    ...table.columns.map((column, c) => cellText(table.cells[r][c], column, 'csv')),
  ])

describe('the follow-up report on a hand-computed dataset', () => {
  test('inflow per month: merged duplicates and referrals moved away are not inflow; one moved here is', async () => {
    const { inflow } = await report()
    expect(inflow.months).toEqual(['2025-01', '2025-02', '2025-03'])
    expect(inflow.byService).toEqual([
      {
        serviceId,
        // January: R3, R4, R8 (00:30 on 1 January Swedish time), R13, R17 (came in to the other service,
        // moved here) = 5. Not R16 (merged), not R18 (moved to the other service).
        // February: R9, R10, R12, R14 = 4; not R15 (merged, even though only after the period).
        // March: R5, R6 (23:30 on the last day) = 2; R7 (00:30 on 1 April) is outside.
        byMonth: { '2025-01': 5, '2025-02': 4, '2025-03': 2 },
        total: 11,
      },
    ])
  })

  test('inflow by who referred and by how they heard', async () => {
    const { inflow } = await report()
    // Self: R3, R4, R6, R10, R14. Psychiatry: R5, R12. Primary care: R13. AF: R9. FK: R17. Not stated: R8.
    // School and social services belong to R7, R15, R16, R18 and R1, R2, R11: none of them is inflow here.
    expect(inflow.bySource).toEqual({
      self: 5,
      psychiatry: 2,
      primaryCare: 1,
      socialServices: 0,
      fk: 1,
      af: 1,
      school: 0,
      other: 0,
      notStated: 1,
    })
    // Social media: R3, R4, R6, R10, R14. Psychiatry: R5, R12. Web: R9, R17. Event: R13. Not stated: R8.
    expect(inflow.byHeardFrom).toEqual({
      psychiatry: 2,
      primaryCare: 0,
      socialServices: 0,
      fk: 0,
      af: 0,
      school: 0,
      friendOrFamily: 0,
      socialMedia: 5,
      event: 1,
      web: 2,
      other: 0,
      notStated: 1,
    })
  })

  test('inflow against outflow per month; a merge is no outflow', async () => {
    const { balance } = await report()
    // Outflow: January R8 (declined); February R9 (redirected), R1 (closed); March R10 (withdrawn), R3, R13
    // (closed). R16's merge in February is not a closing.
    expect(balance).toEqual([
      { month: '2025-01', inflow: 5, outflow: 1 },
      { month: '2025-02', inflow: 4, outflow: 2 },
      { month: '2025-03', inflow: 2, outflow: 3 },
    ])
  })

  test('queue at the end date, reconstructed from the events: waits, longest, over 30 days, estimate', async () => {
    const { queueAtEnd, waitDistribution } = await report()
    // In a queue status at the end of 31 March: R4 waiting (80 days), R5 received (21), R6 received (0),
    // R14 first contact (39; enrolled only in April), R17 waiting (70, from the day it came in to the other
    // service). Not R7 (not yet arrived), not R15 (merged later). Over 30 days: R4, R14, R17 → 3 of 5.
    // Left the queue (not to on hold) in the 90 days 1 January – 31 March: R8, R13, R9, R3, R10, R12 = 6, so
    // 6/90 a day; 5 ahead → 75 days.
    expect(queueAtEnd).toEqual([
      {
        serviceId,
        waiting: 5,
        waitingOver30Days: 3,
        shareOver30Days: 0.6,
        longestWaitDays: 80,
        leftQueueInWindow: 6,
        estimatedWaitDays: 75,
      },
    ])
    expect(waitDistribution).toEqual({
      '0-14': 1,
      '15-30': 1,
      '31-60': 1,
      '61-90': 2,
      '91-180': 0,
      '181+': 0,
    })
  })

  test('queue length at each month end', async () => {
    const { queueOverTime } = await report()
    // 31 January: R3 (waiting until 1 February), R4, R13 (first contact until 1 February), R17 (received,
    // in the other service then, but counted where it is now) = 4. R8 was declined on 20 January; R16 is a duplicate.
    // 28 February: R4, R10 (first contact), R12, R14, R17 = 5; R15 (waiting) is a duplicate.
    // 31 March: as the queue at the end date = 5.
    expect(queueOverTime).toEqual([
      { date: '2025-01-31', byService: { [serviceId]: 4 }, total: 4 },
      { date: '2025-02-28', byService: { [serviceId]: 5 }, total: 5 },
      { date: '2025-03-31', byService: { [serviceId]: 5 }, total: 5 },
    ])
  })

  test('time from referral to first contact and to enrolment', async () => {
    const { firstContact, enrolment } = await report()
    // First contact in the period: R13 5 days (15 → 20 January), R10 10, R12 14, R3 27, R14 33.
    // Within 5 days: R13 → 1 of 5. Median 14. 90th percentile (interpolated): 27 + 0.6 × (33 − 27) = 30.6.
    expect(firstContact.all).toMatchObject({
      serviceId: null,
      n: 5,
      withinGoal: 1,
      shareWithinGoal: 0.2,
      medianDays: 14,
    })
    expect(firstContact.all.p90Days).toBeCloseTo(30.6, 10)
    expect(firstContact.byService[0]).toMatchObject({
      serviceId,
      n: 5,
      withinGoal: 1,
      medianDays: 14,
    })
    // Enrolled in the period: R13 17 days, R12 28, R3 36 (R14 only in April). Median 28; 90th percentile
    // 28 + 0.8 × (36 − 28) = 34.4.
    expect(enrolment.all).toMatchObject({ n: 3, medianDays: 28 })
    expect(enrolment.all.p90Days).toBeCloseTo(34.4, 10)
  })

  test('closings in the period by outcome and status, by gender', async () => {
    const { closings } = await report()
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
    expect(Object.keys(closings.byCategory)).not.toContain('merged')
    // All six: woman R1, R10; man R9; other R3; not stated R8, R13. R16's merge is not among them.
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

  test("active cases per coach at the end date, against the service's target", async () => {
    const { caseload } = await report()
    // Participants at the end: R2 (coach A since December) and R12 (coach B from 16 March; A only from 5 April).
    // R1 (coach B) closed in February. The service aims at 15 per full-time coach.
    expect(caseload).toEqual([
      {
        serviceId,
        target: 15,
        active: 2,
        unassigned: 0,
        coaches: [
          { assigneeId: coachIds.get('A'), active: 1 },
          { assigneeId: coachIds.get('B'), active: 1 },
        ],
        perCoach: 1,
      },
    ])
  })

  test('the "< 5" rule on an exported by-gender row', async () => {
    const { supportedDuringPeriod, closings } = await report()
    const shown = (row: typeof closings.total) =>
      Object.values(maskByGender(row)).map(formatPublicCount)
    // woman, man, other, not stated, total
    expect(shown(supportedDuringPeriod)).toEqual(['< 5', '< 5', '< 5', '< 5', '5'])
    expect(shown(closings.total)).toEqual(['< 5', '< 5', '< 5', '< 5', '6'])
  })

  test('exported tables: "< 5" for small counts, and "x" where a total would give a small count away', async () => {
    const tables = reportTables(await report(), names).map(maskTable)
    const table = (id: string) => exported(tables.find((t) => t.id === id)!)
    expect(table('inflow-source')).toEqual([
      ['Egenanmälan', '5'],
      ['Psykiatrin', '< 5'],
      ['Primärvården', '< 5'],
      ['Socialtjänsten', '< 5'],
      ['Försäkringskassan', '< 5'],
      ['Arbetsförmedlingen', '< 5'],
      ['Skola', '< 5'],
      ['Annan', '< 5'],
      ['Ej angivet', '< 5'],
      ['Totalt', '11'],
    ])
    // 3 of 5 over 30 days: the count is small, so the share (60 %) would give it away and is hidden too.
    expect(table('queue')[0]).toEqual(['Rapporttest', '5', '< 5', 'x', '80', '75'])

    // Both test services: the other one has only R18 (January). January: 5 here + 1 there = 6, so with
    // the total shown the 5 would give the 1 away: it is hidden too, and so is the period total 11.
    const both = await followUpReport(payload, {
      ...period,
      serviceIds: [serviceId, otherServiceId],
    })
    const inflow = maskTable(reportTables(both, names).find((t) => t.id === 'inflow-month')!)
    expect(exported(inflow)).toEqual([
      ['januari 2025', 'x', '< 5', '6'],
      ['februari 2025', '< 5', '< 5', '< 5'],
      ['mars 2025', '< 5', '< 5', '< 5'],
      ['Hela perioden', 'x', '< 5', '12'],
    ])
  })

  test('a one-day period on the last day, and another service, see only their own', async () => {
    const lastDay = await followUpReport(payload, {
      from: '2025-03-31',
      to: '2025-03-31',
      serviceIds: [serviceId],
    })
    // Arrived on 31 March Swedish time: R6 only. Closed that day: R13. Supported that day: R2, R12 (participants).
    expect(lastDay.inflow.total).toBe(1)
    expect(lastDay.closings.total.total).toBe(1)
    expect(lastDay.balance).toEqual([{ month: '2025-03', inflow: 1, outflow: 1 }])
    expect(lastDay.queueOverTime.map((p) => p.total)).toEqual([5])
    // Nobody had a first contact or was enrolled that day.
    expect(lastDay.firstContact.all.n).toBe(0)
    expect(lastDay.enrolment.all.medianDays).toBeNull()
    // At the start of 31 March R13 was still enrolled: R2, R12, R13.
    expect(lastDay.supportedDuringPeriod.total).toBe(3)
    const other = await followUpReport(payload, { ...period, serviceIds: [serviceId + 100_000] })
    expect(other.inflow.total).toBe(0)
    expect(other.closings.total.total).toBe(0)
    expect(other.queueAtEnd[0]).toMatchObject({ waiting: 0, estimatedWaitDays: null })
  })

  test("groups' reports read with the whole are the reports of their services alone", async () => {
    const both = [serviceId, otherServiceId]
    for (const args of [period, { from: '2025-03-31', to: '2025-03-31' }]) {
      const groups = [[serviceId], [otherServiceId], both]
      const read = await followUpReports(payload, { ...args, serviceIds: both }, groups)
      expect(read.report).toEqual(await followUpReport(payload, { ...args, serviceIds: both }))
      for (const [i, serviceIds] of groups.entries())
        expect(read.groups[i]).toEqual(await followUpReport(payload, { ...args, serviceIds }))
    }
  })

  test('SUS: participants, closings, action plans, ongoing, against the expected number', async () => {
    const { sus, caseload } = await report()
    // Participants in the period: R1 (woman), R2 (man), R3 (other), R12 (woman), R13 (not stated) = 5,
    // the same as "supported during the period".
    expect(sus.participants).toEqual({ woman: 2, man: 1, other: 1, notStated: 1, total: 5 })
    // An action plan by the end: R1 (20 November), R2 (15 January), R13 (1 March); R12's came on 2 April,
    // R3 has none → 3 of 5.
    expect(sus.withActionPlan).toEqual({ woman: 1, man: 1, other: 0, notStated: 1, total: 3 })
    // Participants closed in the period: R1 (work with subsidy), R3 (studies), R13 (meaningful occupation).
    // Not R9, R10, R8: they closed from the queue, never participants.
    expect(sus.closedInPeriod).toEqual({ woman: 1, man: 0, other: 1, notStated: 1, total: 3 })
    // Into work or studies: R1 and R3 → 2 of 3.
    expect(sus.intoWorkOrStudies).toEqual({ woman: 1, man: 0, other: 1, notStated: 0, total: 2 })
    expect(sus.closingReasons.workWithSubsidy).toEqual({ ...zero, woman: 1, total: 1 })
    expect(sus.closingReasons.studies).toEqual({ ...zero, other: 1, total: 1 })
    expect(sus.closingReasons.meaningfulOccupation).toEqual({ ...zero, notStated: 1, total: 1 })
    expect(sus.closingReasons.jobSeeking).toEqual(zero) // R11's, in December
    expect(sus.closingReasons.redirected).toEqual(zero)
    expect(sus.years).toEqual([2025])
    expect(sus.byService).toEqual([
      {
        serviceId,
        participants: 5,
        // Ever a participant by the end: the five, and R11 (enrolled October, closed December) = 6.
        // Not R14 (enrolled 2 April).
        registeredSinceStart: 6,
        // R11 before the period, and the three of the period.
        closedSinceStart: 4,
        closedInPeriod: 3,
        intoWorkOrStudies: 2,
        withActionPlan: 3,
        // 2025's 20; 2026's 30 is another year.
        expected: 20,
      },
    ])
    // Ongoing at the end: R2 and R12, as in the caseload.
    expect(caseload[0].active).toBe(2)
  })

  test("SUS: the participants' profile at enrolment, the latest of its time", async () => {
    const { profile } = (await report()).sus
    // Income before: R1 social assistance (woman), R2 sickness compensation (man), R3 student aid (other;
    // its first profile said none, the correction the next day counts), R12 no profile (woman), R13 a
    // profile without an income (not stated). R11 was no participant in the period.
    expect(profile.income.socialAssistance).toEqual({ ...zero, woman: 1, total: 1 })
    expect(profile.income.sicknessCompensation).toEqual({ ...zero, man: 1, total: 1 })
    expect(profile.income.studentAid).toEqual({ ...zero, other: 1, total: 1 })
    expect(profile.income.none).toEqual(zero)
    expect(profile.income.unemploymentSupport).toEqual(zero)
    expect(profile.income.notStated).toEqual({ ...zero, woman: 1, notStated: 1, total: 2 })
    // Years on public support: R1, R2 more than 3; R3 under 1; R12, R13 not stated.
    expect(profile.supportYears.over3).toEqual({ ...zero, woman: 1, man: 1, total: 2 })
    expect(profile.supportYears.under1).toEqual({ ...zero, other: 1, total: 1 })
    expect(profile.supportYears.notStated).toEqual({ ...zero, woman: 1, notStated: 1, total: 2 })
    // Education: R1 compulsory school 9 years; R2 upper secondary 3 years (corrected only in April);
    // R3 upper secondary; R13 post-secondary 3 years or more; R12 not stated.
    expect(profile.education.primary).toEqual({ ...zero, woman: 1, total: 1 })
    expect(profile.education.upperSecondary).toEqual({ ...zero, man: 1, other: 1, total: 2 })
    expect(profile.education.postSecondaryShort).toEqual(zero)
    expect(profile.education.postSecondary).toEqual({ ...zero, notStated: 1, total: 1 })
    expect(profile.education.notStated).toEqual({ ...zero, woman: 1, total: 1 })
    // Age at enrolment: R3 22 (under 25), R1 27 (25–29), R2 41 (40–49); R12, R13 not known.
    expect(profile.age.under25).toEqual({ ...zero, other: 1, total: 1 })
    expect(profile.age['25to29']).toEqual({ ...zero, woman: 1, total: 1 })
    expect(profile.age['40to49']).toEqual({ ...zero, man: 1, total: 1 })
    expect(profile.age.notStated).toEqual({ ...zero, woman: 1, notStated: 1, total: 2 })
  })

  test("the service's targets: in the report, its tables, its key figures and on its charts", async () => {
    const { targets } = await report()
    // 2025's targets: 20 people, at most 60 days, 50 %. In the queue at the end: R4 (80 days) and R17 (70)
    // waited longer than 60; R14 (39), R5 (21), R6 (0) did not → 2.
    expect(targets).toEqual({
      years: [2025],
      byService: [
        {
          serviceId,
          peopleSupported: 20,
          maxWaitDays: 60,
          shareIntoWorkOrStudies: 0.5,
          waitingOverTarget: 2,
        },
      ],
      all: {
        peopleSupported: 20,
        maxWaitDays: 60,
        shareIntoWorkOrStudies: 0.5,
        waitingOverTarget: 2,
      },
    })
    const tables = maskReportTables(reportTables(await report(), names))
    const table = (id: string) => exported(tables.find((t) => t.id === id)!)
    // Supported 5 of 20 = 25 %. Closed 3, into work or studies 2 (both "< 5", the share hidden with them),
    // target 50 %. In the queue 5, over 60 days 2 ("< 5", its share hidden), target 60 days.
    expect(table('targets-supported')).toEqual([['Rapporttest', '5', '20', '25']])
    expect(table('targets-work-or-studies')).toEqual([['Rapporttest', '< 5', '< 5', 'x', '50']])
    expect(table('targets-wait')).toEqual([['Rapporttest', '5', '< 5', 'x', '60']])

    // The page: "5 av 20" among the key figures, the targets written on the charts.
    const admin = demoUsers.find((u) => u.role === 'admin')!
    const page = await fetch(
      `${cmsUrl()}/admin/reports?from=${period.from}&to=${period.to}&services=${serviceId}`,
      { headers: await login(admin.email, admin.password) },
    )
    expect(page.status).toBe(200)
    const html = (await page.text()).replace(/<!-- -->/g, '')
    const holds = (text: string) => expect(html.includes(text), `the page holds ${text}`).toBe(true)
    holds('<span class="report-summary__value">5 av 20</span>')
    holds('fick stöd under perioden (mål 2025)')
    holds('längre än målet 60 dagar')
    holds('(mål 50 %)')
    holds('Mål: högst 60 dagar')
    holds('5 · mål 20')
  })

  test('SUS tables as exported: masked on their own and together with the tables they share figures with', async () => {
    const tables = maskReportTables(reportTables(await report(), names))
    const table = (id: string) => exported(tables.find((t) => t.id === id)!)
    // Per service: participants 5 (shown), since start 6, closed since start 4, closed 3, into 2, share
    // hidden with its count, with a plan 3, share hidden, ongoing 2.
    expect(table('sus-overview')).toEqual([
      ['Rapporttest', '5', '6', '< 5', '< 5', '< 5', 'x', '< 5', 'x', '< 5'],
    ])
    // Expected: 5 of 20 = 25 %.
    expect(table('sus-expected')).toEqual([['Rapporttest', '5', '20', '25']])
    // Every gender cell is small; the total of participants (5) is shown, as in "Deltagare efter kön".
    expect(table('sus-profile-income').at(-1)).toEqual(['Totalt', '< 5', '< 5', '< 5', '< 5', '5'])
    expect(table('sus-action-plan').at(-1)).toEqual(['Totalt', '5', '< 5', 'x'])
    expect(table('sus-closing-reasons').at(-1)).toEqual([
      'Totalt',
      '< 5',
      '< 5',
      '< 5',
      '< 5',
      '< 5',
    ])
    expect(table('participants')[1]).toEqual([
      'Fick stöd under perioden',
      '< 5',
      '< 5',
      '< 5',
      '< 5',
      '5',
    ])
  })
})
