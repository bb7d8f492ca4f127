import type { Payload } from 'payload'

import autocannon from 'autocannon'
import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, test } from 'vitest'

import { validIpsAnswers } from '../support/answers'
import { cmsUrl, submitKey, testPayload } from '../support/cms'

const validAnswers = validIpsAnswers

const submit = (
  body: unknown,
  init: { headers?: Record<string, string>; raw?: string; signal?: AbortSignal } = {},
) =>
  fetch(`${cmsUrl()}/api/referrals/submit`, {
    method: 'POST',
    signal: init.signal,
    headers: { 'content-type': 'application/json', 'x-submit-key': submitKey(), ...init.headers },
    body: init.raw ?? JSON.stringify(body),
  })

let payload: Payload
const referralCount = async () => (await payload.count({ collection: 'referrals' })).totalDocs

beforeAll(async () => {
  payload = await testPayload()
})

test('a valid self-referral lands in the queue with its first event, and only the reference and the status link come back', async () => {
  const response = await submit({
    service: 'ips',
    locale: 'sv',
    answers: validAnswers,
    idempotencyKey: randomUUID(),
  })
  expect(response.status).toBe(201)
  const body = (await response.json()) as { reference: string; statusToken: string }
  // The status link's token: drawn by the CMS here, as this caller proposed none (see status-page.test.ts).
  expect(Object.keys(body)).toEqual(['reference', 'statusToken'])

  const { docs } = await payload.find({
    collection: 'referrals',
    where: { reference: { equals: body.reference } },
    depth: 1,
  })
  expect(docs).toHaveLength(1)
  const referral = docs[0] as Record<string, any>
  expect(referral.service.slug).toBe('ips')
  expect(referral.status).toBe('received')
  expect(referral.applicant).toMatchObject({
    name: 'Testa Testsson',
    dateOfBirth: '1990-05-17',
    gender: 'woman',
  })
  expect(referral.customAnswers).toEqual({
    hasJobOrStudies: true,
    currentActivity: 'Praktik två dagar i veckan',
  })
  expect(referral.eligibilityOverall).toBe('fits')
  expect(referral.source).toBe('self')

  const events = await payload.find({
    collection: 'referral-events',
    where: { referral: { equals: referral.id } },
  })
  expect(events.docs.map((e) => [e.type, e.toStatus])).toEqual([['submitted', 'received']])
})

test('submissions from more clients at once than the CMS has database connections all land', async () => {
  // Twelve clients, ten pool connections: nothing may wait on a connection that another submission holds.
  let person = 0
  const body = () => {
    person++
    const answers = {
      ...validAnswers,
      name: `Samtidig ${person}`,
      phone: `0729${String(person).padStart(6, '0')}`,
    }
    return JSON.stringify({ service: 'ips', locale: 'sv', answers, idempotencyKey: randomUUID() })
  }
  const result = await autocannon({
    url: `${cmsUrl()}/api/referrals/submit`,
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-submit-key': submitKey() },
    requests: [
      { method: 'POST', setupRequest: (request: object) => ({ ...request, body: body() }) },
    ],
    connections: 12,
    // A count, not a time window: a slow machine takes longer, it does not fail.
    amount: 48,
    timeout: 5,
  })
  expect({ errors: result.errors, timeouts: result.timeouts, non2xx: result.non2xx }).toEqual({
    errors: 0,
    timeouts: 0,
    non2xx: 0,
  })
  expect(result['2xx']).toBe(48)
}, 60_000)

test('rules never block: someone outside the age range and the municipality is still received, with the flags', async () => {
  const answers = { ...validAnswers, dateOfBirth: '1950-01-01', municipality: 'other' }
  const response = await submit({ service: 'ips', answers })
  expect(response.status).toBe(201)
  const { reference } = (await response.json()) as { reference: string }
  const { docs } = await payload.find({
    collection: 'referrals',
    where: { reference: { equals: reference } },
  })
  const referral = docs[0] as Record<string, any>
  expect(referral.eligibilityOverall).toBe('mayNotFit')
  const notMet = referral.eligibility.criteria
    .filter((c: { status: string }) => c.status === 'notMet')
    .map((c: { criterion: string }) => c.criterion)
  expect(notMet.sort()).toEqual(['age', 'residence'])
})

test('a retry with the same idempotency key gives the same reference and stores one referral', async () => {
  const idempotencyKey = randomUUID()
  const first = await submit({ service: 'ips', answers: validAnswers, idempotencyKey })
  const before = await referralCount()
  const second = await submit({ service: 'ips', answers: validAnswers, idempotencyKey })
  expect(first.status).toBe(201)
  expect(second.status).toBe(200)
  const [again, original] = [await second.json(), await first.json()]
  expect(again.reference).toBe(original.reference)
  // The status link comes back only to a retry that proposes it (the site always does): the CMS keeps
  // just its hash (see status-page.test.ts).
  expect(again.statusToken).toBeUndefined()
  expect(await referralCount()).toBe(before)
})

describe('bad input: a clear 4xx naming the field, and no row', () => {
  const cases: Array<[string, () => Promise<Response>, number, string, string]> = [
    [
      'a missing name',
      () => submit({ service: 'ips', answers: { ...validAnswers, name: undefined } }),
      400,
      'name',
      'required',
    ],
    [
      'a wrong type',
      () => submit({ service: 'ips', answers: { ...validAnswers, consentToCollaboration: 'yes' } }),
      400,
      'consentToCollaboration',
      'invalidType',
    ],
    [
      'an oversize message',
      () => submit({ service: 'ips', answers: { ...validAnswers, message: 'x'.repeat(1001) } }),
      400,
      'message',
      'tooLong',
    ],
    [
      'an unknown service',
      () => submit({ service: 'astrology', answers: validAnswers }),
      400,
      'service',
      'unknownService',
    ],
    [
      'an extra answer',
      () => submit({ service: 'ips', answers: { ...validAnswers, diagnosis: 'F32' } }),
      400,
      'diagnosis',
      'unknownField',
    ],
    [
      'an extra top-level field',
      () => submit({ service: 'ips', answers: validAnswers, status: 'enrolled' }),
      400,
      'status',
      'unknownField',
    ],
    [
      'an answer to a hidden question',
      () => submit({ service: 'ips', answers: { ...validAnswers, hasJobOrStudies: false } }),
      400,
      'currentActivity',
      'notAllowedHere',
    ],
    [
      'a future date of birth',
      () => submit({ service: 'ips', answers: { ...validAnswers, dateOfBirth: '2999-01-01' } }),
      400,
      'dateOfBirth',
      'dateInFuture',
    ],
    [
      'not JSON at all',
      () => submit(null, { raw: '{"service": "ips", ' }),
      400,
      'body',
      'invalidBody',
    ],
    ['an array body', () => submit([validAnswers]), 400, 'body', 'invalidBody'],
    [
      'a form-encoded body',
      () =>
        submit(null, {
          raw: 'service=ips',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
        }),
      415,
      'body',
      'invalidBody',
    ],
    [
      'a body over 32 KB',
      () => submit({ service: 'ips', answers: validAnswers, padding: 'x'.repeat(40_000) }),
      413,
      'body',
      'invalidBody',
    ],
    [
      'no submit key',
      () => submit({ service: 'ips', answers: validAnswers }, { headers: { 'x-submit-key': '' } }),
      401,
      'x-submit-key',
      'unauthorized',
    ],
  ]

  test.each(cases)('%s', async (_, send, status, field, code) => {
    const before = await referralCount()
    const response = await send()
    expect(response.status).toBe(status)
    const body = (await response.json()) as {
      errors: { field: string; code: string; message: string }[]
    }
    expect(body.errors).toContainEqual(expect.objectContaining({ field, code }))
    expect(body.errors.every((e) => e.message.length > 0)).toBe(true)
    expect(await referralCount()).toBe(before)
  })

  test('errors come in the language the resident used', async () => {
    const sv = await submit({
      service: 'ips',
      locale: 'sv',
      answers: { ...validAnswers, name: '' },
    })
    const en = await submit({
      service: 'ips',
      locale: 'en',
      answers: { ...validAnswers, name: '' },
    })
    const [svError] = ((await sv.json()) as { errors: { message: string }[] }).errors
    const [enError] = ((await en.json()) as { errors: { message: string }[] }).errors
    expect(svError.message).not.toEqual(enError.message)
  })
})

describe('public service endpoints', () => {
  test('queue status is aggregate only and masks small counts', async () => {
    const response = await fetch(`${cmsUrl()}/api/services/ips/queue-status`)
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toMatch(/max-age=\d+/)
    const body = (await response.json()) as Record<string, any>
    expect(Object.keys(body).sort()).toEqual([
      'asOf',
      'estimatedWait',
      'goalDays',
      'service',
      'waiting',
    ])
    expect(['exact', 'fewerThan']).toContain(body.waiting.kind)
    if (body.waiting.kind === 'exact') expect(body.waiting.value).toBeGreaterThanOrEqual(5)
  })

  test('eligibility explains each criterion', async () => {
    const response = await fetch(`${cmsUrl()}/api/services/sed/eligibility`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ age: 62, municipality: '0380' }),
    })
    expect(response.status).toBe(200)
    const body = (await response.json()) as {
      overall: string
      canSubmit: boolean
      criteria: { criterion: string; status: string }[]
    }
    expect(body.canSubmit).toBe(true)
    expect(body.overall).toBe('mayNotFit')
    expect(body.criteria).toContainEqual(
      expect.objectContaining({ criterion: 'age', status: 'notMet' }),
    )
    expect(body.criteria).toContainEqual(
      expect.objectContaining({ criterion: 'consent', status: 'unknown' }),
    )
  })

  test('an unknown service is a 404 on both', async () => {
    expect((await fetch(`${cmsUrl()}/api/services/nope/queue-status`)).status).toBe(404)
  })
})
