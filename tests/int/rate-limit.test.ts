import { sql } from 'drizzle-orm'
import { randomBytes, randomUUID } from 'node:crypto'
import { afterAll, beforeAll, beforeEach, describe, expect, inject, test } from 'vitest'

import { drizzleRunner, type SqlRunner } from '../../plugins/support-services/src/operations/sql'
import { type RunningProcess, startCms } from '../../scripts/system/cms'
import { freePort } from '../../scripts/system/ports'
import { validIpsAnswers } from '../support/answers'
import { submitKey, testPayload } from '../support/cms'

/*
 * Two more CMS processes of the built admin on the test system's database, with tight limits: a client
 * may send 3 in 10 minutes, everyone together 5 in 7 minutes. Their counters are the same rows in
 * PostgreSQL, so whichever process a submission reaches, it counts the same.
 */
const perClient = { max: 3, windowSeconds: 600 }
const global = { max: 5, windowSeconds: 420 }
/* The counters' rows (see operations/rateLimit.ts). */
const clientBucket = (client: string) => `client:${perClient.windowSeconds}:${client}`
const globalBucket = `global:${global.windowSeconds}`

let first: RunningProcess
let second: RunningProcess
let run: SqlRunner
const cmsLog: string[] = []

beforeAll(async () => {
  const system = inject('system')
  const env = {
    ...process.env,
    ...system.secrets,
    DATABASE_URL: system.databaseUrl,
    MAIL_DIR: system.mailDir,
    SUBMIT_LIMIT_PER_CLIENT: '3/10m',
    SUBMIT_LIMIT_GLOBAL: '5/7m',
  }
  const log = (line: string) => void cmsLog.push(line)
  ;[first, second] = await Promise.all([
    startCms({ port: await freePort(), env, log }),
    startCms({ port: await freePort(), env, log }),
  ])
  run = drizzleRunner(await testPayload())
}, 120_000)

afterAll(async () => {
  await Promise.all([first?.stop(), second?.stop()])
})

/** A fresh window for each test: the global counter of these processes starts at zero. */
beforeEach(async () => {
  await run(sql`DELETE FROM rate_limits WHERE bucket = ${globalBucket}`)
})

/** What the site sends as `x-client-key`: a keyed hash of a person's address (here random). */
const newClient = () => randomBytes(32).toString('base64url')

let person = 0
/** A valid self-referral from a different synthetic person each time. */
const submitTo = (cms: RunningProcess, client: string | null) => {
  person++
  const answers = {
    ...validIpsAnswers,
    name: `Gränstest ${person}`,
    phone: `0731${String(person).padStart(6, '0')}`,
  }
  const send = () =>
    fetch(`${cms.url}/api/referrals/submit`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-submit-key': submitKey(),
        ...(client && { 'x-client-key': client }),
      },
      body: JSON.stringify({ service: 'ips', locale: 'sv', answers, idempotencyKey }),
    })
  const idempotencyKey = randomUUID()
  // A kept-alive connection the busy process closed as it was reused: the request never reached it,
  // and the site sends it again with the same key (as its outbox does). Any other failure fails.
  return send().catch((error: Error & { cause?: { code?: string } }) => {
    if (error.cause?.code !== 'ECONNRESET') throw error
    return send()
  })
}

/** Sends one at a time, alternating between the two processes, and lists the statuses. */
const sendAlternating = async (clients: Array<string | null>) => {
  const result: number[] = []
  for (const [i, client] of clients.entries())
    result.push((await submitTo(i % 2 === 0 ? first : second, client)).status)
  return result
}

/** Time passes for one counter: its window ends now. */
const endWindow = (bucket: string) =>
  run(sql`UPDATE rate_limits SET window_ends_at = now() WHERE bucket = ${bucket}`)

const expectTooMany = async (response: Response, windowSeconds: number) => {
  expect(response.status, cmsLog.slice(-20).join('\n')).toBe(429)
  const retryAfter = Number(response.headers.get('retry-after'))
  expect(retryAfter).toBeGreaterThanOrEqual(1)
  expect(retryAfter).toBeLessThanOrEqual(windowSeconds)
  const body = (await response.json()) as {
    errors: Array<{ field: string; code: string; message: string }>
    retryAfter: number
  }
  expect(body.errors).toEqual([
    { field: '', code: 'tooManySubmissions', message: expect.stringMatching(/Vänta en stund/) },
  ])
  expect(body.retryAfter).toBe(retryAfter)
}

describe('per client', () => {
  test('one client gets 3 submissions in 10 minutes whichever process takes them, then 429 with Retry-After', async () => {
    const client = newClient()
    expect(await sendAlternating([client, client, client])).toEqual([201, 201, 201])
    await expectTooMany(await submitTo(second, client), perClient.windowSeconds)
    await expectTooMany(await submitTo(first, client), perClient.windowSeconds)
  })

  test('another client is not held back by the first one', async () => {
    const busy = newClient()
    await sendAlternating([busy, busy, busy, busy])
    expect((await submitTo(second, newClient())).status).toBe(201)
  })

  test('when the window has passed, the same client gets through again', async () => {
    const client = newClient()
    await sendAlternating([client, client, client])
    expect((await submitTo(first, client)).status).toBe(429)
    await endWindow(clientBucket(client))
    expect((await submitTo(second, client)).status).toBe(201)
  })

  test('a client key that is not a keyed hash is refused, and counts nothing', async () => {
    const response = await submitTo(first, 'not a key')
    expect(response.status).toBe(400)
    expect(((await response.json()) as { errors: Array<{ field: string }> }).errors[0].field).toBe(
      'x-client-key',
    )
  })
})

describe('the global ceiling', () => {
  test('5 submissions from 5 clients over both processes, then everyone waits, with or without a client key', async () => {
    expect(
      await sendAlternating([newClient(), newClient(), newClient(), newClient(), newClient()]),
    ).toEqual([201, 201, 201, 201, 201])
    await expectTooMany(await submitTo(first, newClient()), global.windowSeconds)
    await expectTooMany(await submitTo(second, null), global.windowSeconds)
  })

  test('a client over its own limit does not use up the ceiling', async () => {
    const busy = newClient()
    expect(await sendAlternating([busy, busy, busy, busy, busy, busy])).toEqual([
      201, 201, 201, 429, 429, 429,
    ])
    expect(await sendAlternating([newClient(), newClient()])).toEqual([201, 201])
  })

  test('a try the ceiling refused does not use up the person’s own limit, and a new window lets them through', async () => {
    await sendAlternating([newClient(), newClient(), newClient(), newClient(), newClient()])
    const refused = newClient()
    expect((await submitTo(first, refused)).status).toBe(429)
    await endWindow(globalBucket)
    expect(await sendAlternating([refused, refused, refused])).toEqual([201, 201, 201])
    expect((await submitTo(second, refused)).status).toBe(429)
  })
})
