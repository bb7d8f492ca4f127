import type { Payload } from 'payload'

import { generateReference } from '@stodportalen/support-services/domain'
import { seal, sealingKey } from '@stodportalen/support-services/sealed-box'
/**
 * What the site's outbox relies on in the CMS: a reference the site proposes is kept, and
 * `POST /api/referrals/deliver` opens a sealed letter and stores it exactly once, over real HTTP.
 */
import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, test } from 'vitest'

import { validIpsAnswers } from '../support/answers'
import { cmsUrl, submitKey, testPayload } from '../support/cms'

let payload: Payload
beforeAll(async () => {
  payload = await testPayload()
})

const newReference = () => generateReference((n) => randomBytes(n))

const submission = (overrides: Record<string, unknown> = {}) => ({
  service: 'ips',
  locale: 'sv',
  answers: validIpsAnswers,
  idempotencyKey: randomUUID(),
  reference: newReference(),
  ...overrides,
})

const letter = (body: Record<string, unknown>, queuedAt = new Date().toISOString()) =>
  Buffer.from(JSON.stringify({ queuedAt, submission: body }))

const sealed = (plaintext: Buffer, publicKey = process.env.OUTBOX_PUBLIC_KEY!) =>
  seal(sealingKey(publicKey), plaintext)

const deliver = (box: Uint8Array, headers: Record<string, string> = {}) =>
  fetch(`${cmsUrl()}/api/referrals/deliver`, {
    method: 'POST',
    headers: {
      'content-type': 'application/octet-stream',
      'x-submit-key': submitKey(),
      ...headers,
    },
    body: new Uint8Array(box),
  })

const submit = (body: unknown, key = submitKey()) =>
  fetch(`${cmsUrl()}/api/referrals/submit`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-submit-key': key },
    body: JSON.stringify(body),
  })

const referralsWith = async (reference: string) =>
  (
    await payload.find({
      collection: 'referrals',
      where: { reference: { equals: reference } },
      depth: 0,
      overrideAccess: true,
    })
  ).docs as Array<Record<string, any>>

const referralCount = async () =>
  (await payload.count({ collection: 'referrals', overrideAccess: true })).totalDocs

describe('a reference proposed by the site', () => {
  test('is the one stored and answered', async () => {
    const body = submission()
    const response = await submit(body)
    expect(response.status).toBe(201)
    // The site proposed no status token here, so the CMS drew one and gives it once.
    expect(await response.json()).toEqual({
      reference: body.reference,
      statusToken: expect.any(String),
    })
    expect(await referralsWith(body.reference)).toHaveLength(1)
  })

  test('a retry with the same key answers the first reference, whatever it proposes', async () => {
    const body = submission()
    await submit(body)
    const before = await referralCount()
    const retry = await submit({ ...body, reference: newReference() })
    expect(retry.status).toBe(200)
    expect(await retry.json()).toEqual({ reference: body.reference })
    expect(await referralCount()).toBe(before)
  })

  test('sent several times at once (a retry racing the first try) is stored once', async () => {
    const body = submission()
    const before = await referralCount()
    const responses = await Promise.all(Array.from({ length: 5 }, () => submit(body)))
    expect(responses.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 201])
    const answers = await Promise.all(
      responses.map((r) => r.json() as Promise<{ reference: string; statusToken?: string }>),
    )
    expect(answers.map((a) => a.reference)).toEqual(Array(5).fill(body.reference))
    // Only the try that stored it can give the drawn token: the CMS keeps just its hash.
    expect(answers.filter((a) => a.statusToken).length).toBe(1)
    expect(await referralCount()).toBe(before + 1)
  })

  test('in a wrong format is refused, naming the field', async () => {
    const before = await referralCount()
    const response = await submit(submission({ reference: 'ABCD-EFGH-JK2' }))
    expect(response.status).toBe(400)
    expect((await response.json()).errors).toContainEqual(
      expect.objectContaining({ field: 'reference', code: 'invalidType' }),
    )
    expect(await referralCount()).toBe(before)
  })

  test('that another referral already has still stores the referral, under a new reference the history explains', async () => {
    const first = submission()
    await submit(first)
    const clash = submission({
      reference: first.reference,
      answers: { ...validIpsAnswers, name: 'Krock Testsson' },
    })
    const response = await submit(clash)
    expect(response.status).toBe(201)
    const { reference } = (await response.json()) as { reference: string }
    expect(reference).not.toBe(first.reference)

    const [stored] = await referralsWith(reference)
    expect(stored.applicant.name).toBe('Krock Testsson')
    const events = await payload.find({
      collection: 'referral-events',
      where: { referral: { equals: stored.id } },
      overrideAccess: true,
    })
    expect(events.docs).toHaveLength(1)
    expect(events.docs[0].reason).toContain(first.reference)
    const [original] = await referralsWith(first.reference)
    expect(original.applicant.name).toBe('Testa Testsson')
  })
})

describe('POST /api/referrals/deliver', () => {
  test('stores a sealed referral once, with the reference the person was shown and the time they were told', async () => {
    const body = submission()
    const queuedAt = new Date(Date.now() - 3 * 60 * 60 * 1000).toISOString()
    const box = sealed(letter(body, queuedAt))
    const before = await referralCount()

    const first = await deliver(box)
    expect(first.status).toBe(201)
    expect(await first.json()).toEqual({ reference: body.reference })
    const again = await deliver(box)
    expect(again.status).toBe(200)
    expect(await again.json()).toEqual({ reference: body.reference })

    expect(await referralCount()).toBe(before + 1)
    const [stored] = await referralsWith(body.reference)
    expect(stored.receivedAt).toBe(queuedAt)
    expect(stored.applicant.name).toBe('Testa Testsson')
  })

  test('a letter dated in the future is received now', async () => {
    const body = submission()
    const response = await deliver(sealed(letter(body, '2999-01-01T00:00:00.000Z')))
    expect(response.status).toBe(201)
    const [stored] = await referralsWith(body.reference)
    expect(Date.parse(stored.receivedAt)).toBeLessThanOrEqual(Date.now())
  })

  const otherKey = generateKeyPairSync('x25519')
    .publicKey.export({ format: 'der', type: 'spki' })
    .toString('base64')
  const tampered = () => {
    const box = sealed(letter(submission()))
    box[box.length - 1] ^= 1
    return box
  }

  const refused: Array<[string, () => Promise<Response>, number, string, string]> = [
    ['a box altered on the way', () => deliver(tampered()), 400, 'body', 'invalidBody'],
    [
      'a box sealed to another key',
      () => deliver(sealed(letter(submission()), otherKey)),
      400,
      'body',
      'invalidBody',
    ],
    ['bytes that are no box at all', () => deliver(randomBytes(200)), 400, 'body', 'invalidBody'],
    [
      'a sealed letter that is not JSON',
      () => deliver(sealed(Buffer.from('{"queuedAt":'))),
      400,
      'body',
      'invalidBody',
    ],
    [
      'a sealed letter without its date',
      () => deliver(sealed(Buffer.from(JSON.stringify({ submission: submission() })))),
      400,
      'body',
      'invalidBody',
    ],
    [
      'a sealed referral with a missing answer',
      () => deliver(sealed(letter(submission({ answers: { ...validIpsAnswers, name: '' } })))),
      400,
      'name',
      'required',
    ],
    [
      'JSON instead of a box',
      () => deliver(Buffer.from('{}'), { 'content-type': 'application/json' }),
      415,
      'body',
      'invalidBody',
    ],
    [
      'a box over the size limit',
      () => deliver(randomBytes(40 * 1024)),
      413,
      'body',
      'invalidBody',
    ],
    [
      'no submit key',
      () => deliver(sealed(letter(submission())), { 'x-submit-key': '' }),
      401,
      'x-submit-key',
      'unauthorized',
    ],
  ]

  test.each(refused)(
    'refuses %s, naming the reason, and stores nothing',
    async (_, send, status, field, code) => {
      const before = await referralCount()
      const response = await send()
      expect(response.status).toBe(status)
      const { errors } = (await response.json()) as {
        errors: Array<{ field: string; code: string; message: string }>
      }
      expect(errors).toContainEqual(expect.objectContaining({ field, code }))
      expect(errors.every((e) => e.message.length > 0)).toBe(true)
      expect(await referralCount()).toBe(before)
    },
  )
})
