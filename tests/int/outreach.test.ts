import type { Payload } from 'payload'

import { demoUsers } from '@stodportalen/seed'
import { followUpReport } from '@stodportalen/support-services'
import { locales, normalizeCampaignCode } from '@stodportalen/support-services/domain'
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { validIpsAnswers } from '../support/answers'
import { cmsUrl, login, submitKey, testPayload } from '../support/cms'
import { firstUnit } from '../support/units'

/**
 * The outreach log end to end over the real CMS and PostgreSQL: codes made on create, the public code
 * endpoint, the campaign stored on a referral, a deleted activity, an event logged in one step, and
 * the attribution figures, worked out by hand on a dataset of this file's own (a service of its own,
 * in 2024, where the seed has no outreach).
 */
let payload: Payload
let serviceId: number
let ipsId: number
const unique = `outreach-test-${Date.now().toString(36)}`
const period = { from: '2024-01-01', to: '2024-03-31' }

interface Activity {
  id: number
  campaignCode: string
}
const activities: Record<'A' | 'B' | 'C', Activity> = {} as never

const createActivity = async (data: Record<string, unknown>) =>
  (await payload.create({
    collection: 'outreach-activities',
    data: { format: 'visit', services: [serviceId], ...data } as never,
  })) as unknown as Activity

const submit = (body: Record<string, unknown>) =>
  fetch(`${cmsUrl()}/api/referrals/submit`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-submit-key': submitKey() },
    body: JSON.stringify({
      service: 'ips',
      locale: 'sv',
      answers: validIpsAnswers,
      idempotencyKey: randomUUID(),
      ...body,
    }),
  })

const storedCampaign = async (response: Response) => {
  expect(response.status, await response.clone().text()).toBe(201)
  const { reference } = (await response.json()) as { reference: string }
  const { docs } = await payload.find({
    collection: 'referrals',
    where: { reference: { equals: reference } },
    depth: 0,
    limit: 1,
  })
  return (docs[0] as { campaign?: { code?: null | string; activity?: null | number } }).campaign
}

const campaignLink = (code: string) => fetch(`${cmsUrl()}/api/campaign-links/${code}`)

/** A referral of the test service, moved through the workflow with the given steps. */
const referral = async (
  key: string,
  campaign: Record<string, unknown> | undefined,
  steps: Record<string, unknown>[] = [],
) => {
  const created = await payload.create({
    collection: 'referrals',
    data: {
      reference: `${unique}-${key}`,
      service: serviceId,
      receivedAt: '2024-02-12T09:00:00Z',
      applicant: { name: `Testperson ${key}` },
      ...(campaign && { campaign }),
    } as never,
    context: { eventAt: '2024-02-12T09:00:00Z' },
  })
  for (const step of steps)
    await payload.update({
      collection: 'referrals',
      id: created.id,
      data: step as never,
      context: { eventAt: step.at },
    })
  return created.id as number
}

const enrolled = [
  { status: 'screened', at: '2024-02-13T09:00:00Z' },
  { status: 'waiting', at: '2024-02-14T09:00:00Z' },
  { status: 'firstContact', at: '2024-02-20T09:00:00Z' },
  { status: 'enrolled', at: '2024-03-01T09:00:00Z' },
]

beforeAll(async () => {
  payload = await testPayload()
  const service = await payload.create({
    collection: 'services',
    data: {
      unit: await firstUnit(payload),
      name: 'Uppsökandetest',
      summary: 'Testdata för uppsökandet',
      slug: unique,
      method: 'ips',
      status: 'closed',
    } as never,
  })
  serviceId = service.id as number
  const ips = await payload.find({ collection: 'services', where: { slug: { equals: 'ips' } } })
  ipsId = ips.docs[0].id as number
  activities.A = await createActivity({
    title: 'Personalmöte psykiatrin',
    date: '2024-02-10T12:00:00Z',
    arena: 'psychiatricClinic',
    peopleReached: 12,
    hours: 4,
    landing: { target: 'check', locale: 'en' },
  })
  activities.B = await createActivity({
    title: 'Skolbesök',
    date: '2024-03-05T12:00:00Z',
    arena: 'school',
    peopleReached: 30,
    hours: 6,
    landing: { target: 'service', service: ipsId, locale: 'sv' },
  })
  activities.C = await createActivity({
    title: 'Monter som tas bort',
    date: '2024-01-20T12:00:00Z',
    arena: 'school',
    peopleReached: 5,
    hours: 2,
  })
}, 120_000)

// The referrals stay (in a service of their own), like the other files' datasets: the system is thrown away.
afterAll(async () => {
  await payload.delete({
    collection: 'outreach-activities',
    where: { services: { in: [serviceId] } },
  })
})

describe('campaign codes', () => {
  test('each activity gets its own code on create, in the code alphabet, kept on update', async () => {
    const codes = Object.values(activities).map((a) => a.campaignCode)
    for (const code of codes) expect(normalizeCampaignCode(code), code).toBe(code)
    expect(new Set(codes).size).toBe(codes.length)
    const updated = await payload.update({
      collection: 'outreach-activities',
      id: activities.A.id,
      data: { notes: 'Bra frågor om studier', campaignCode: 'AAAAAA' } as never,
    })
    expect((updated as unknown as Activity).campaignCode).toBe(activities.A.campaignCode)
  })

  test('the endpoint answers where a code leads and nothing else, never cached', async () => {
    const check = await campaignLink(activities.A.campaignCode)
    expect(check.status).toBe(200)
    expect(check.headers.get('cache-control')).toBe('no-store')
    expect(await check.json()).toEqual({ target: 'check', locale: 'en' })
    // Typed from paper: lower case and a space still find it.
    const typed = `${activities.B.campaignCode.slice(0, 3)} ${activities.B.campaignCode.slice(3)}`
    const service = await campaignLink(encodeURIComponent(typed.toLowerCase()))
    expect(await service.json()).toEqual({ target: 'service', service: 'ips', locale: 'sv' })
  })

  test.each(['HHHHHH', 'abc', '0O0O0O', '%3Cscript%3E'])('%s: 404, nothing told', async (code) => {
    const response = await campaignLink(code)
    expect(response.status).toBe(404)
    expect(JSON.stringify(await response.json())).not.toMatch(/activity|event|title/i)
  })

  test("a published upcoming event's code leads to its page in the link's language", async () => {
    const { docs } = await payload.find({
      collection: 'events',
      where: { _status: { equals: 'published' }, end: { greater_than: new Date().toISOString() } },
      limit: 1,
      depth: 0,
    })
    const event = docs[0] as unknown as { id: number; slug: string; campaignCode: string }
    expect(event?.campaignCode, 'the seed has an upcoming event with a code').toBeTruthy()
    // Swedish unless chosen, then every language the site has.
    expect(await (await campaignLink(event.campaignCode)).json()).toEqual({
      target: 'event',
      event: event.slug,
      locale: 'sv',
    })
    try {
      for (const locale of locales) {
        await payload.update({
          collection: 'events',
          id: event.id,
          data: { campaignLocale: locale } as never,
        })
        expect(await (await campaignLink(event.campaignCode)).json(), locale).toEqual({
          target: 'event',
          event: event.slug,
          locale,
        })
      }
    } finally {
      await payload.update({
        collection: 'events',
        id: event.id,
        data: { campaignLocale: 'sv' } as never,
      })
    }
  })
})

describe('the campaign on a referral', () => {
  test('a submitted code is stored with its activity, resolved on the server', async () => {
    const campaign = await storedCampaign(
      await submit({ campaign: activities.B.campaignCode.toLowerCase() }),
    )
    expect(campaign).toMatchObject({ code: activities.B.campaignCode, activity: activities.B.id })
  })

  test.each([['HHHHHH'], ['not a code'], [42], [{ code: 'X' }]])(
    'a code that names nothing (%j) is dropped silently: the referral is received all the same',
    async (code) => {
      const campaign = await storedCampaign(await submit({ campaign: code }))
      expect(campaign?.code ?? null).toBeNull()
      expect(campaign?.activity ?? null).toBeNull()
    },
  )

  test('deleting an activity keeps the code on its referrals', async () => {
    const id = await referral('deleted', {
      code: activities.C.campaignCode,
      activity: activities.C.id,
    })
    await payload.delete({ collection: 'outreach-activities', id: activities.C.id })
    const kept = await payload.findByID({ collection: 'referrals', id, depth: 0 })
    expect((kept as { campaign?: unknown }).campaign).toMatchObject({
      code: activities.C.campaignCode,
      activity: null,
    })
    expect((await campaignLink(activities.C.campaignCode)).status).toBe(404)
  })
})

test('an event is logged as an activity in one step, once', async () => {
  const event = await payload.create({
    collection: 'events',
    draft: true,
    data: {
      title: 'Drop-in för uppsökandetest',
      slug: `${unique}-event`,
      kind: 'dropIn',
      start: '2030-04-01T09:00:00.000Z',
      end: '2030-04-01T11:00:00.000Z',
      attendance: 'online',
      onlineUrl: 'https://mote.example/drop-in',
      services: [serviceId],
      logAsActivity: true,
    } as never,
  })
  await payload.update({
    collection: 'events',
    id: event.id,
    draft: true,
    data: { logAsActivity: true } as never,
  })
  const { docs } = await payload.find({
    collection: 'outreach-activities',
    where: { event: { equals: event.id } },
    depth: 0,
  })
  expect(docs).toHaveLength(1)
  expect(docs[0]).toMatchObject({
    title: 'Drop-in för uppsökandetest',
    format: 'meeting',
    date: '2030-04-01T09:00:00.000Z',
  })
  expect(normalizeCampaignCode((docs[0] as unknown as Activity).campaignCode)).not.toBeNull()
  expect((docs[0] as unknown as Activity).campaignCode).not.toBe(
    (event as unknown as Activity).campaignCode,
  )
  await payload.delete({ collection: 'events', id: event.id })
})

describe('attribution in the follow-up report', () => {
  beforeAll(async () => {
    const a = { code: activities.A.campaignCode, activity: activities.A.id }
    await referral('a1', a, [
      ...enrolled,
      { status: 'closed', outcome: 'studies', at: '2024-03-20T09:00:00Z' },
    ])
    await referral('a2', a, enrolled)
    await referral('b1', { code: activities.B.campaignCode, activity: activities.B.id })
    await referral('none', undefined)
    // 'deleted' (above) carries the code of the deleted activity C.
  }, 120_000)

  const attribution = async () =>
    (await followUpReport(payload, { ...period, serviceIds: [serviceId] })).attribution

  // By hand: A reached 12 in 4 h, 2 referrals (both enrolled, one closed into studies): 2/4×10 = 5 per
  // 10 h. B reached 30 in 6 h, 1 referral: 1/6×10 ≈ 1.67. C was deleted: its referral is "removed";
  // one referral came without a campaign. Totals: 42 reached, 10 h, 5 referrals, 2 enrolled, 1 studies.
  test('per activity, with the deleted campaign and no campaign as rows of their own', async () => {
    const { byActivity, all } = await attribution()
    expect(byActivity.map((line) => [line.key, line.figures])).toEqual([
      [
        `activity-${activities.A.id}`,
        {
          peopleReached: 12,
          hours: 4,
          referrals: 2,
          enrolled: 2,
          intoWorkOrStudies: 1,
          referralsPer10Hours: 5,
        },
      ],
      [
        `activity-${activities.B.id}`,
        {
          peopleReached: 30,
          hours: 6,
          referrals: 1,
          enrolled: 0,
          intoWorkOrStudies: 0,
          referralsPer10Hours: (1 / 6) * 10,
        },
      ],
      [
        'removed',
        {
          peopleReached: 0,
          hours: 0,
          referrals: 1,
          enrolled: 0,
          intoWorkOrStudies: 0,
          referralsPer10Hours: null,
        },
      ],
      [
        'none',
        {
          peopleReached: 0,
          hours: 0,
          referrals: 1,
          enrolled: 0,
          intoWorkOrStudies: 0,
          referralsPer10Hours: null,
        },
      ],
    ])
    expect(all).toEqual({
      peopleReached: 42,
      hours: 10,
      referrals: 5,
      enrolled: 2,
      intoWorkOrStudies: 1,
      referralsPer10Hours: 5,
    })
  })

  test('per arena and per campaign add up to the same referrals', async () => {
    const { byArena, byCampaign, campaigns } = await attribution()
    expect(
      byArena.map((line) => [line.key, line.figures.referrals, line.figures.peopleReached]),
    ).toEqual([
      ['psychiatricClinic', 2, 12],
      ['school', 1, 30],
      ['removed', 1, 0],
      ['none', 1, 0],
    ])
    expect(byCampaign.map((line) => [line.code, line.kind, line.figures.referrals])).toEqual([
      [activities.A.campaignCode, 'activity', 2],
      [activities.B.campaignCode, 'activity', 1],
      [activities.C.campaignCode, 'removed', 1],
      [null, 'none', 1],
    ])
    expect(campaigns).toMatchObject({
      peopleReached: 42,
      referrals: 4,
      enrolled: 2,
      intoWorkOrStudies: 1,
    })
  })

  test('the CSV names the deleted campaign and masks small counts', async () => {
    const admin = demoUsers.find((u) => u.role === 'admin')!
    const auth = await login(admin.email, admin.password)
    const response = await fetch(
      `${cmsUrl()}/api/referrals/report?from=${period.from}&to=${period.to}&services=${serviceId}&format=csv&table=attribution-campaign`,
      { headers: auth },
    )
    expect(response.status).toBe(200)
    const lines = (await response.text()).replace(/^\uFEFF/, '').split('\r\n')
    expect(lines[0]).toBe(
      'Kampanj,Nådda personer,Timmar,Anmälningar,Inskrivna,Avslutade till arbete eller studier,Anmälningar per 10 timmar',
    )
    expect(lines).toContain(`${activities.C.campaignCode} – borttagen kampanj,< 5,0,< 5,< 5,< 5,x`)
    expect(lines).toContain('Utan kampanj,< 5,0,< 5,< 5,< 5,x')
    expect(lines).toContain('Totalt,42,10,5,< 5,< 5,5')
  })
})
