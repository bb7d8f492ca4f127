import type { Payload } from 'payload'

import { fidelityFigureRows, reviewFigures } from '@stodportalen/support-services'
import { fidelityItems, fidelitySuggestions } from '@stodportalen/support-services/domain'
import { randomBytes } from 'node:crypto'
import { beforeAll, describe, expect, test } from 'vitest'

import { drizzleRunner } from '../../plugins/support-services/src/operations/sql'
import { cmsUrl, login, testPayload } from '../support/cms'
import { firstUnit } from '../support/units'

/**
 * The fidelity review's figures from a small known dataset in a service of its own, worked out by hand
 * below, and the review's validation over REST as the admin view sends it.
 *
 * The review's period: 2025-01-01 – 2025-12-31. Times are UTC at 09:00, the same Swedish day.
 * The service's rules: age 18–60 and one yes/no question: two exclusion criteria.
 *
 *  F1 received 10 Jan, enrolled 1 Feb (coach A), employer contact 21 Feb (20 days), competitive job in
 *     sector G 1 Apr, a note 20 Apr (followed up); a participant at the end.
 *  F2 received 1 Feb, enrolled 1 Mar (coach A), employer contact 10 May (70 days), subsidised job in G
 *     1 Jun, nothing after it; closed 1 Sep with work with subsidy: 184 days in support.
 *  F3 received 1 Mar, enrolled 1 Apr (coach B), never an employer contact; closed 1 Oct while still
 *     looking for work: 183 days in support.
 *  F4 received 1 May, enrolled 1 Jun (coach B), employer contact 11 Jun (10 days), competitive job in
 *     sector Q 1 Jul, a note 15 Jul (followed up); a participant at the end.
 *  F5, F6 received 1 Jun and 1 Jul, declined by staff 10 Jun and 5 Jul.
 *  F7 received 1 Aug, waiting at the end.
 *  F8 received 1 Oct, enrolled 1 Nov, no coach: a participant without a coach.
 *  F9 received 1 Nov 2024, enrolled 1 Dec 2024 (coach A, before the period), employer contact 15 Dec
 *     2024: a participant at the end, but not among those enrolled in the period.
 *
 * By hand:
 *  caseload: participants at the end F1, F4, F8, F9 = 4; coaches A and B = 2; 1 without a coach;
 *            4 / 2 = 2 per coach → 5.
 *  declines: 8 received in the period (F1–F8), 2 declined (25 %): more than 10 % takes one point, the
 *            two criteria two more: 5 − 2 − 1 → 2.
 *  rapid search: enrolled in the period F1, F2, F3, F4, F8 = 5; days 20, 70, 10 → median 20 → 5.
 *  job starts: 3 (F1, F2, F4), 2 competitive (67 % → 2); 3 with a sector, 2 sectors (67 % → 3).
 *  follow-along: F1 and F4 of the 3 starts have a record within 90 days (67 % → 3).
 *  support time: 2 closed (F2, F3), 1 still looking for work (50 % → 2); median of 184 and 183 days.
 */

const period = { from: '2025-01-01', to: '2025-12-31' }
const at = (day: string) => `${day}T09:00:00Z`

type Step =
  | { to: string; day: string; outcome?: string; reason?: string }
  | { assign: 'A' | 'B'; day: string }
  | { record: Record<string, unknown>; day: string }

const enrol = (received: string, contact: string, enrolled: string): Step[] => [
  { to: 'screened', day: received },
  { to: 'waiting', day: received },
  { to: 'firstContact', day: contact },
  { to: 'enrolled', day: enrolled },
]
const record = (day: string, data: Record<string, unknown>): Step => ({
  day,
  record: { ...(data.type === 'note' ? {} : { date: day }), ...data },
})
const employerContact = (day: string) => record(day, { type: 'employerContact' })
const job = (day: string, kind: string, sector: string) =>
  record(day, { type: 'workStart', workStart: { kind, sector, hoursPerWeek: 20 } })
const note = (day: string) => record(day, { type: 'note', note: 'Uppföljning på arbetsplatsen' })
const decline = (received: string, day: string): Step[] => [
  { to: 'screened', day: received },
  { to: 'declined', day, reason: 'Vill inte arbeta just nu' },
]

const cases: { key: string; received: string; steps: Step[] }[] = [
  {
    key: 'F1',
    received: '2025-01-10',
    steps: [
      ...enrol('2025-01-10', '2025-01-20', '2025-02-01'),
      { assign: 'A', day: '2025-02-01' },
      employerContact('2025-02-21'),
      job('2025-04-01', 'competitiveJob', 'G'),
      note('2025-04-20'),
    ],
  },
  {
    key: 'F2',
    received: '2025-02-01',
    steps: [
      ...enrol('2025-02-01', '2025-02-10', '2025-03-01'),
      { assign: 'A', day: '2025-03-01' },
      employerContact('2025-05-10'),
      job('2025-06-01', 'subsidisedJob', 'G'),
      { to: 'closed', day: '2025-09-01', outcome: 'workWithSubsidy' },
    ],
  },
  {
    key: 'F3',
    received: '2025-03-01',
    steps: [
      ...enrol('2025-03-01', '2025-03-10', '2025-04-01'),
      { assign: 'B', day: '2025-04-01' },
      { to: 'closed', day: '2025-10-01', outcome: 'jobSeeking' },
    ],
  },
  {
    key: 'F4',
    received: '2025-05-01',
    steps: [
      ...enrol('2025-05-01', '2025-05-10', '2025-06-01'),
      { assign: 'B', day: '2025-06-01' },
      employerContact('2025-06-11'),
      job('2025-07-01', 'competitiveJob', 'Q'),
      note('2025-07-15'),
    ],
  },
  { key: 'F5', received: '2025-06-01', steps: decline('2025-06-01', '2025-06-10') },
  { key: 'F6', received: '2025-07-01', steps: decline('2025-07-01', '2025-07-05') },
  {
    key: 'F7',
    received: '2025-08-01',
    steps: [
      { to: 'screened', day: '2025-08-01' },
      { to: 'waiting', day: '2025-08-01' },
    ],
  },
  { key: 'F8', received: '2025-10-01', steps: enrol('2025-10-01', '2025-10-10', '2025-11-01') },
  {
    key: 'F9',
    received: '2024-11-01',
    steps: [
      ...enrol('2024-11-01', '2024-11-10', '2024-12-01'),
      { assign: 'A', day: '2024-12-01' },
      employerContact('2024-12-15'),
    ],
  },
]

let payload: Payload
let serviceId: number
let adminHeaders: Record<string, string>
const unique = `fid-${randomBytes(4).toString('hex')}`

async function createDataset() {
  const service = await payload.create({
    collection: 'services',
    data: {
      unit: await firstUnit(payload),
      name: 'Programtrohetstest',
      summary: 'Testdata för programtrohetsmätningen',
      slug: unique,
      method: 'ips',
      status: 'closed',
      eligibility: {
        ageMin: 18,
        ageMax: 60,
        questions: [{ questionId: 'sober', question: 'Är du drogfri?', expected: true }],
      },
    } as never,
  })
  serviceId = service.id as number
  const coaches = new Map<string, number>()
  for (const coach of ['A', 'B']) {
    const user = await payload.create({
      collection: 'users',
      data: {
        name: `Coach ${coach} ${unique}`,
        email: `coach-${coach.toLowerCase()}-${unique}@example.org`,
        password: `${unique}-pw-Lösen-123`,
        role: 'intake',
        units: [await firstUnit(payload)],
        services: [serviceId],
      } as never,
    })
    coaches.set(coach, user.id as number)
  }
  for (const c of cases) {
    const referral = await payload.create({
      collection: 'referrals',
      data: {
        reference: `${unique}-${c.key}`,
        service: serviceId,
        receivedAt: at(c.received),
        applicant: { name: `Testperson ${c.key}`, gender: 'woman' },
      } as never,
      context: { eventAt: at(c.received) },
    })
    for (const step of c.steps) {
      if ('record' in step) {
        await payload.create({
          collection: 'referral-events',
          data: { referral: referral.id, at: at(step.day), ...step.record } as never,
          context: { systemEvent: true },
        })
        continue
      }
      const data =
        'assign' in step
          ? { assignee: coaches.get(step.assign) }
          : { status: step.to, outcome: step.outcome, statusReason: step.reason }
      await payload.update({
        collection: 'referrals',
        id: referral.id,
        data: data as never,
        context: { eventAt: at(step.day) },
      })
    }
  }
}

beforeAll(async () => {
  payload = await testPayload()
  await createDataset()
  adminHeaders = await login('admin@stodportalen.example', 'demo-admin-2026')
}, 240_000)

describe('the figures and suggestions', () => {
  test('one SQL read gives the figures worked out by hand', async () => {
    const figures = await fidelityFigureRows(drizzleRunner(payload), { serviceId, ...period })
    expect(figures).toEqual({
      period,
      caseload: { participants: 4, coaches: 2, unassigned: 1 },
      declines: { received: 8, declined: 2 },
      rapidSearch: { enrolled: 5, days: expect.arrayContaining([20, 70, 10]) },
      jobStarts: { jobs: 3, competitive: 2, withSector: 3, sectors: 2 },
      followAlong: { jobs: 3, followed: 2 },
      supportTime: { closed: 2, stillSeeking: 1, days: expect.arrayContaining([184, 183]) },
    })
    expect(figures.rapidSearch.days).toHaveLength(3)
    expect(figures.supportTime.days).toHaveLength(2)
  })

  test('the suggested scores and their figures', async () => {
    const { figures, criteria } = await reviewFigures(payload, { serviceId, ...period })
    expect(criteria).toEqual(['Ålder 18–60 år', 'Frågan ”Är du drogfri?”'])
    const suggestions = fidelitySuggestions(figures, criteria)
    const scores = Object.fromEntries(
      Object.entries(suggestions).map(([key, s]) => [key, s.suggested]),
    )
    expect(scores).toEqual({
      caseload: 5,
      zeroExclusion: 2,
      rapidSearch: 5,
      jobTypeDiversity: 3,
      employerDiversity: 3,
      competitiveJobs: 2,
      individualFollowAlong: 3,
      unlimitedFollowAlong: 2,
    })
    expect(suggestions.caseload.figure).toBe(
      '4 deltagare på 2 coacher: 2,0 per coach (1 utan coach).',
    )
    expect(suggestions.zeroExclusion.figure).toContain('2 av 8 nya anmälningar avböjdes')
    expect(suggestions.rapidSearch.figure).toBe(
      'Median 20 dagar från inskrivning till första arbetsgivarkontakt (3 av 5 inskrivna har haft en).',
    )
    expect(suggestions.unlimitedFollowAlong.figure).toBe(
      '2 deltagare avslutade, median 184 dagar i stödet; 1 (50 %) avslutades medan de fortfarande sökte arbete.',
    )
  })
})

describe('saving a review', () => {
  const url = () => `${cmsUrl()}/api/fidelity-reviews`
  const send = async (body: Record<string, unknown>, id?: number) => {
    const response = await fetch(id ? `${url()}/${id}` : url(), {
      method: id ? 'PATCH' : 'POST',
      headers: { ...adminHeaders, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
    const json = (await response.json()) as {
      doc?: { id: number; total: number; scored: number; band: null | string }
      errors?: { message: string; data?: { errors?: { message: string; path: string }[] } }[]
    }
    const messages = json.errors?.flatMap(
      (e) => e.data?.errors?.map((d) => d.message) ?? [e.message],
    )
    return { status: response.status, doc: json.doc, messages }
  }

  test('unfinished: saved, with the total so far and no band', async () => {
    const { status, doc, messages } = await send({
      service: serviceId,
      date: '2025-12-31',
      reviewers: [{ name: 'Granskare Ett' }],
      scores: [
        { item: 'caseload', score: 5, note: 'Bekräftat' },
        { item: 'rapidSearch', score: 4 },
        { item: 'disclosure', note: 'Inte bedömd ännu' },
      ],
    })
    expect(status, JSON.stringify(messages)).toBe(201)
    expect(doc).toMatchObject({ total: 9, scored: 2, band: null })
  })

  test('a score outside 1–5 is refused with a message naming the item', async () => {
    const { status, messages } = await send({
      service: serviceId,
      date: '2025-12-31',
      scores: [
        { item: 'caseload', score: 6 },
        { item: 'zeroExclusion', score: 0 },
      ],
    })
    expect(status).toBe(400)
    expect(messages).toEqual([
      'Poängen för ”Antal deltagare per IPS-coach” ska vara ett heltal från 1 till 5.',
      'Poängen för ”Ingen utestängs: viljan att arbeta räcker” ska vara ett heltal från 1 till 5.',
    ])
  })

  test('an item twice, a bad date and a reviewer without a name are refused in Swedish', async () => {
    const { status, messages } = await send({
      service: serviceId,
      date: '31/12/2025',
      reviewers: [{ name: ' ' }],
      scores: [
        { item: 'caseload', score: 3 },
        { item: 'caseload', score: 4 },
      ],
    })
    expect(status).toBe(400)
    expect(messages).toEqual(
      expect.arrayContaining([
        'Datum för mätningen ska vara ett datum (ÅÅÅÅ-MM-DD).',
        'Varje granskare behöver ett konto eller ett namn.',
        '”Antal deltagare per IPS-coach” finns med två gånger. Varje punkt bedöms en gång.',
      ]),
    )
  })

  test('complete: the total and the band, on the admin page beside the previous review', async () => {
    // 19 items at 3 and 6 at 4: 57 + 24 = 81, fair (Hudiksvall's total in [003]).
    const scores = fidelityItems.map((item, index) => ({
      item: item.key,
      score: index < 6 ? 4 : 3,
    }))
    const { status, doc } = await send({ service: serviceId, date: '2026-06-30', scores })
    expect(status).toBe(201)
    expect(doc).toMatchObject({ total: 81, scored: 25, band: 'fair' })

    const page = await fetch(`${cmsUrl()}/admin/fidelity?review=${doc!.id}`, {
      headers: adminHeaders,
    })
    expect(page.status).toBe(200)
    // React separates adjacent text with empty comments.
    const html = (await page.text()).replaceAll('<!-- -->', '')
    expect(html).toContain('81 av 125 poäng: Acceptabel IPS')
    expect(html).toContain('Jämförs med mätningen 31 december 2025')
    // The caseload item: 4 now, 5 in the unfinished review before it.
    expect(html).toMatch(/B1 Antal deltagare per IPS-coach<\/th><td>4<\/td><td>5<\/td><td>-1<\/td>/)
    expect(html).toContain('4 deltagare på 2 coacher: 2,0 per coach (1 utan coach).')
  })
})
