import type { Payload, TypedUser } from 'payload'

import { demoUsers } from '@stodportalen/seed'
import { submitReferral } from '@stodportalen/support-services'
import { calendarDate, type FollowUpReport } from '@stodportalen/support-services/domain'
import { randomBytes } from 'node:crypto'
import { beforeAll, describe, expect, test } from 'vitest'

import { validIpsAnswers } from '../support/answers'
import { cmsUrl, login, testPayload } from '../support/cms'

/**
 * Job and study starts, the first employer contact and the action plan, recorded over REST as staff
 * do in the referral's page, and the follow-up report's figures before and after (the seeded data
 * is in the same database, so the test compares the change its own records make).
 */

let payload: Payload
let ipsIntake: TypedUser
let ipsId: number
let referralId: number
const today = calendarDate(new Date())
const yesterday = calendarDate(new Date(Date.now() - 86_400_000))

const headersOf = async (role: string, service?: string) => {
  const user = demoUsers.find(
    (u) => u.role === role && (!service || (u.services as readonly string[]).includes(service)),
  )!
  return login(user.email, user.password)
}
/** Posts a record as the referral's page does; returns the status and the first refusal's message. */
const post = async (headers: Record<string, string>, body: Record<string, unknown>) => {
  const response = await fetch(`${cmsUrl()}/api/referral-events?depth=0`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ referral: referralId, ...body }),
  })
  const json = (await response.json()) as { doc?: { id: number }; errors?: { message: string }[] }
  return { status: response.status, id: json.doc?.id, message: json.errors?.[0]?.message }
}
const reportOf = async (headers: Record<string, string>, format = '') => {
  const response = await fetch(
    `${cmsUrl()}/api/referrals/report?from=${today}&to=${today}&services=${ipsId}${format}`,
    { headers },
  )
  expect(response.status).toBe(200)
  return response
}
const startsOf = async (headers: Record<string, string>) =>
  ((await (await reportOf(headers)).json()) as FollowUpReport).starts

beforeAll(async () => {
  payload = await testPayload()
  const { docs } = await payload.find({
    collection: 'users',
    where: { email: { equals: 'intag.ips@stodportalen.example' } },
    overrideAccess: true,
  })
  ipsIntake = { ...docs[0], collection: 'users' } as unknown as TypedUser
  const services = await payload.find({
    collection: 'services',
    where: { slug: { equals: 'ips' } },
    depth: 0,
  })
  ipsId = services.docs[0].id as number
})

describe('recording the road to work', () => {
  let before: FollowUpReport['starts']
  let ipsHeaders: Record<string, string>

  beforeAll(async () => {
    ipsHeaders = await headersOf('intake', 'ips')
    before = await startsOf(ipsHeaders)
    const result = await submitReferral(
      payload,
      {
        service: 'ips',
        answers: {
          ...validIpsAnswers,
          name: 'Start Testsson',
          phone: '0719555001',
          email: undefined,
        },
      },
      { randomBytes: (n) => randomBytes(n) },
    )
    if (!result.ok) throw new Error(`submit failed: ${JSON.stringify(result.errors)}`)
    const { docs } = await payload.find({
      collection: 'referrals',
      where: { reference: { equals: result.reference } },
      depth: 0,
    })
    referralId = docs[0].id as number
  })

  test('is refused before enrolment, with a Swedish message', async () => {
    const refused = await post(ipsHeaders, { type: 'employerContact', date: today })
    expect(refused).toMatchObject({ status: 400 })
    expect(refused.message).toMatch(/registreras för inskrivna deltagare/)
  })

  test('is open to intake staff of the service only, after enrolment', async () => {
    for (const status of ['screened', 'waiting', 'firstContact', 'enrolled'])
      await payload.update({
        collection: 'referrals',
        id: referralId,
        data: { status, statusReason: 'Bedömning vid intaget' } as never,
        overrideAccess: false,
        user: ipsIntake,
      })
    const record = { type: 'employerContact', date: today }
    expect((await post(await headersOf('intake', 'se'), record)).status).toBe(403)
    expect((await post(await headersOf('editor'), record)).status).toBe(403)
    expect((await post({}, record)).status).toBe(403)
    expect(await post(ipsHeaders, record)).toMatchObject({ status: 201 })
    expect(await post(ipsHeaders, { type: 'actionPlan', date: today })).toMatchObject({
      status: 201,
    })
  })

  test('refuses a start before enrolment, without a school, or over 60 hours', async () => {
    const start = (workStart: Record<string, unknown>, date = today) =>
      post(ipsHeaders, {
        type: 'workStart',
        date,
        workStart: { kind: 'competitiveJob', sector: 'G', hoursPerWeek: 20, ...workStart },
      })
    expect(await start({}, yesterday)).toEqual({
      status: 400,
      id: undefined,
      message: `Datum kan inte ligga före inskrivningen (${today}).`,
    })
    expect((await start({ kind: 'studies', sector: null })).message).toBe(
      'Skolform måste fyllas i för studier.',
    )
    expect((await start({ hoursPerWeek: 61 })).message).toBe(
      'Timmar per vecka ska vara mer än 0 och högst 60.',
    )
    expect((await start({ monthlySalary: -100 })).message).toBe('Månadslön kan inte vara negativ.')
  })

  test('records a job start and its end, once, and the report counts them', async () => {
    const started = await post(ipsHeaders, {
      type: 'workStart',
      date: today,
      workStart: { kind: 'competitiveJob', sector: 'G', hoursPerWeek: 20, monthlySalary: 21_000 },
    })
    expect(started).toMatchObject({ status: 201 })
    const end = { type: 'workEnd', date: today, workEnd: { start: started.id, reason: 'resigned' } }
    expect(await post(await headersOf('intake', 'se'), end)).toMatchObject({ status: 403 })
    expect(await post(ipsHeaders, end)).toMatchObject({ status: 201 })
    expect((await post(ipsHeaders, end)).message).toBe('Starten har redan ett slutdatum.')

    const after = await startsOf(ipsHeaders)
    // The applicant of validIpsAnswers is a woman; everything happened today, the day of enrolment.
    expect(after.started.woman - before.started.woman).toBe(1)
    expect(after.toEmployerContact.n - before.toEmployerContact.n).toBe(1)
    expect(after.toEmployerContact.withinGoal - before.toEmployerContact.withinGoal).toBe(1)
    expect(after.toFirstStart.n - before.toFirstStart.n).toBe(1)
    expect(after.byKind.competitiveJob.woman - before.byKind.competitiveJob.woman).toBe(1)
    expect(after.bySector.G - before.bySector.G).toBe(1)
    // Ended the day it began: before 3 and before 6 months.
    for (const i of [0, 1]) {
      expect(after.tenure[i].starts - before.tenure[i].starts).toBe(1)
      expect(after.tenure[i].endedBefore - before.tenure[i].endedBefore).toBe(1)
    }
  })

  test('puts the starts into the CSV without the salary or any name', async () => {
    const csv = await (await reportOf(ipsHeaders, '&format=csv')).text()
    expect(csv).toContain('Starter i arbete som varade 3 och 6 månader')
    expect(csv).toContain('Tid från inskrivning till första arbetsgivarkontakt och första start')
    expect(csv).not.toContain('Start Testsson')
    expect(csv).not.toContain('21000')
  })

  test('shows the records in the history with the referral', async () => {
    const { docs } = await payload.find({
      collection: 'referral-events',
      where: { referral: { equals: referralId }, type: { equals: 'workStart' } },
      overrideAccess: false,
      user: ipsIntake,
      depth: 0,
    })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({
      date: today,
      actor: ipsIntake.id,
      workStart: { kind: 'competitiveJob', sector: 'G', hoursPerWeek: 20, monthlySalary: 21_000 },
    })
  })
})
