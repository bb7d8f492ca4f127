import type { Payload, TypedUser } from 'payload'

import { demoUsers } from '@stodportalen/seed'
import { submitReferral } from '@stodportalen/support-services'
import { calendarDate, type FollowUpReport } from '@stodportalen/support-services/domain'
import { randomBytes } from 'node:crypto'
import { beforeAll, describe, expect, test } from 'vitest'

import { validIpsAnswers } from '../support/answers'
import { cmsUrl, login, testPayload } from '../support/cms'

/**
 * The participant's profile at enrolment, recorded over REST as staff do in the referral's page, the
 * services' expected participants, and the report's SUS figures before and after (the seeded data is in
 * the same database, so the test compares the change its own records make).
 */

let payload: Payload
let ipsIntake: TypedUser
let ipsId: number
const today = calendarDate(new Date())
const headersOf = async (role: string, service?: string) => {
  const user = demoUsers.find(
    (u) => u.role === role && (!service || (u.services as readonly string[]).includes(service)),
  )!
  return login(user.email, user.password)
}
const newReferral = async (answers: Record<string, unknown>) => {
  const result = await submitReferral(
    payload,
    { service: 'ips', answers: { ...validIpsAnswers, ...answers } },
    { randomBytes: (n) => randomBytes(n) },
  )
  if (!result.ok) throw new Error(`submit failed: ${JSON.stringify(result.errors)}`)
  const { docs } = await payload.find({
    collection: 'referrals',
    where: { reference: { equals: result.reference } },
    depth: 0,
  })
  return docs[0].id as number
}
const enrol = async (id: number) => {
  for (const status of ['screened', 'waiting', 'firstContact', 'enrolled'])
    await payload.update({
      collection: 'referrals',
      id,
      data: { status, statusReason: 'Bedömning vid intaget' } as never,
      overrideAccess: false,
      user: ipsIntake,
    })
}
/** Posts a profile as the referral's page does; returns the status, the stored profile and the refusal. */
const post = async (headers: Record<string, string>, referral: number, answers: object) => {
  const response = await fetch(`${cmsUrl()}/api/referral-events?depth=0`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ referral, type: 'profile', profile: answers }),
  })
  const json = (await response.json()) as {
    doc?: { profile: Record<string, unknown> }
    errors?: { message: string }[]
  }
  return { status: response.status, profile: json.doc?.profile, message: json.errors?.[0]?.message }
}
const susOf = async (headers: Record<string, string>) => {
  const response = await fetch(
    `${cmsUrl()}/api/referrals/report?from=${today}&to=${today}&services=${ipsId}`,
    { headers },
  )
  expect(response.status).toBe(200)
  return ((await response.json()) as FollowUpReport).sus
}

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

describe('the profile at enrolment', () => {
  let ipsHeaders: Record<string, string>
  let withBirthDate: number
  let withoutBirthDate: number

  beforeAll(async () => {
    ipsHeaders = await headersOf('intake', 'ips')
    withBirthDate = await newReferral({ name: 'Profil Testsson', phone: '0719555101' })
    withoutBirthDate = await newReferral({ name: 'Profil Utandatum', phone: '0719555102' })
    // Someone referred without a date of birth (by phone, say): only the birth year gives the age.
    const { applicant } = await payload.findByID({
      collection: 'referrals',
      id: withoutBirthDate,
      depth: 0,
    })
    await payload.update({
      collection: 'referrals',
      id: withoutBirthDate,
      data: { applicant: { ...applicant, dateOfBirth: null, gender: 'man' } } as never,
    })
  })

  test('is refused before enrolment, and to anyone but intake staff of the service', async () => {
    const answers = { education: 'primary' }
    expect((await post(ipsHeaders, withBirthDate, answers)).message).toBe(
      'Profilen vid inskrivningen registreras för inskrivna deltagare.',
    )
    await enrol(withBirthDate)
    await enrol(withoutBirthDate)
    expect((await post(await headersOf('intake', 'se'), withBirthDate, answers)).status).toBe(403)
    expect((await post(await headersOf('editor'), withBirthDate, answers)).status).toBe(403)
    expect((await post({}, withBirthDate, answers)).status).toBe(403)
  })

  test('refuses bad answers with a Swedish message naming the field', async () => {
    expect(
      await post(ipsHeaders, withBirthDate, { incomeSource: 'salary', monthlyIncome: -5 }),
    ).toMatchObject({
      status: 400,
      message: 'Belopp per månad kan inte vara negativ.',
    })
    expect((await post(ipsHeaders, withBirthDate, { supportYears: 'forever' })).message).toBe(
      'År med offentlig försörjning är inte ett av alternativen.',
    )
    expect((await post(ipsHeaders, withoutBirthDate, { birthYear: 1890 })).message).toMatch(
      /^Födelseår ger en ålder vid inskrivningen på \d+ år; kontrollera året\.$/,
    )
  })

  test('keeps the age at enrolment, from the date of birth or the birth year, never the year', async () => {
    const before = await susOf(ipsHeaders)
    // validIpsAnswers: born 17 May 1990, a woman.
    const born = new Date(Date.UTC(1990, 4, 17))
    const now = new Date(`${today}T00:00:00Z`)
    const age =
      now.getUTCFullYear() -
      1990 -
      (now.getUTCMonth() * 100 + now.getUTCDate() < born.getUTCMonth() * 100 + 17 ? 1 : 0)
    const saved = await post(ipsHeaders, withBirthDate, {
      incomeSource: 'socialAssistance',
      monthlyIncome: 8500,
      supportYears: 'over3',
      education: 'upperSecondary',
      birthYear: 1960,
    })
    expect(saved).toMatchObject({
      status: 201,
      profile: {
        incomeSource: 'socialAssistance',
        monthlyIncome: 8500,
        supportYears: 'over3',
        education: 'upperSecondary',
        birthYear: null,
        ageAtEnrolment: age,
      },
    })
    const fromYear = await post(ipsHeaders, withoutBirthDate, {
      birthYear: 1995,
      education: 'primary',
    })
    expect(fromYear.profile).toMatchObject({
      birthYear: null,
      ageAtEnrolment: Number(today.slice(0, 4)) - 1995,
    })

    // Both have been participants since the previous test, without a profile: now one woman on social
    // assistance with more than 3 years of support, one man with 9 years of school, each counted once.
    const after = await susOf(ipsHeaders)
    const change = (of: (sus: typeof after) => number) => of(after) - of(before)
    expect(change((s) => s.participants.total)).toBe(0)
    expect(change((s) => s.profile.income.socialAssistance.woman)).toBe(1)
    expect(change((s) => s.profile.income.notStated.woman)).toBe(-1)
    expect(change((s) => s.profile.supportYears.over3.woman)).toBe(1)
    expect(change((s) => s.profile.education.primary.man)).toBe(1)
    expect(change((s) => s.profile.education.notStated.man)).toBe(-1)
  })
})

describe("the services' expected participants", () => {
  test('staff read them, only administrators change them, and a year comes once', async () => {
    const update = async (role: string, targets: object[]) =>
      fetch(`${cmsUrl()}/api/services/${ipsId}`, {
        method: 'PATCH',
        headers: {
          ...(await headersOf(role, role === 'intake' ? 'ips' : undefined)),
          'content-type': 'application/json',
        },
        body: JSON.stringify({ targets }),
      })
    const year = Number(today.slice(0, 4))
    const twice = await update('admin', [
      { year, peopleSupported: 10 },
      { year, peopleSupported: 12 },
    ])
    expect(twice.status).toBe(400)
    expect(JSON.stringify(await twice.json())).toContain(`Året ${year} finns två gånger`)
    expect((await update('admin', [{ year, peopleSupported: 200 }])).status).toBe(200)
    // Intake staff: the field is not theirs to change (Payload leaves it as it was).
    await update('intake', [{ year, peopleSupported: 1 }])
    const service = await payload.findByID({ collection: 'services', id: ipsId, depth: 0 })
    expect((service as { targets?: { peopleSupported: number }[] }).targets).toEqual([
      expect.objectContaining({ year, peopleSupported: 200 }),
    ])
    const sus = await susOf(await headersOf('intake', 'ips'))
    expect(sus.byService[0]).toMatchObject({ serviceId: ipsId, expected: 200 })
  })
})
