import type { Payload } from 'payload'

import { sql } from 'drizzle-orm'
import { simpleParser } from 'mailparser'
import { randomBytes, randomUUID } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import { type AddressInfo } from 'node:net'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { smsAdapter } from '../../cms/src/sms'
import { residentUpdateQueue } from '../../plugins/support-services/src/defaults'
import { sendResidentUpdate } from '../../plugins/support-services/src/operations/residentUpdates'
import { drizzleRunner } from '../../plugins/support-services/src/operations/sql'
import { validIpsAnswers } from '../support/answers'
import { cmsUrl, login, mailDir, smsDir, submitKey, testPayload } from '../support/cms'

/*
 * Updates to the resident: staff move a referral through the workflow over REST, the move queues the
 * update in its own transaction, and the update task (run here, as the CMS's job runner would) sends
 * it to the development inboxes and records it in the history staff read.
 */

let payload: Payload
let staff: Record<string, string>

beforeAll(async () => {
  payload = await testPayload()
  staff = await login('intag.ips@stodportalen.example', 'demo-intag-2026')
})

let person = 0
/** A referral through the submit endpoint, as the site sends it; distinct details per person. */
const submit = async (answers: Record<string, unknown>, locale = 'en') => {
  person++
  const tag = randomUUID().slice(0, 8)
  const details = {
    ...validIpsAnswers,
    name: `Uppdatera Uppdatersson ${tag}`,
    dateOfBirth: '1987-03-14',
    phone: `070-556 ${String(person).padStart(2, '0')} 11`,
    email: `update-${tag}@example.se`,
    message: `Hemligt fritext ${tag}`,
    ...answers,
  }
  const response = await fetch(`${cmsUrl()}/api/referrals/submit`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-submit-key': submitKey(),
      'x-client-key': randomBytes(24).toString('base64url'),
    },
    body: JSON.stringify({
      service: 'ips',
      locale,
      idempotencyKey: randomUUID(),
      answers: details,
    }),
  })
  const body = (await response.json()) as Record<string, unknown>
  if (response.status !== 201) return { status: response.status, body, details } as const
  const { docs } = await payload.find({
    collection: 'referrals',
    where: { reference: { equals: body.reference } },
    depth: 0,
  })
  return {
    status: 201,
    id: docs[0].id as number,
    reference: body.reference as string,
    statusToken: body.statusToken as string,
    details,
  } as const
}

/** A staff move through Payload's REST API, as the referral page's actions send it. */
const move = async (id: number, data: Record<string, unknown>) => {
  const response = await fetch(`${cmsUrl()}/api/referrals/${id}`, {
    method: 'PATCH',
    headers: { ...staff, 'content-type': 'application/json' },
    body: JSON.stringify(data),
  })
  expect(response.status, await response.clone().text()).toBe(200)
}

const toFirstContact = async (id: number) => {
  await move(id, { status: 'screened' })
  await move(id, { status: 'waiting' })
  await move(id, { status: 'firstContact' })
}

/** The updates queued for one referral and not yet run. */
const queuedUpdates = async (id: number) => {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: { queue: { equals: residentUpdateQueue }, completedAt: { exists: false } },
    sort: 'createdAt',
    depth: 0,
    limit: 1000,
    overrideAccess: true,
  })
  return (docs as unknown as { id: number; input: { referral: number; status: string } }[]).filter(
    (job) => job.input.referral === id,
  )
}

/** Runs this referral's updates, as the CMS's job runner does after the move has committed. */
const runUpdates = async (id: number) => {
  const jobs = await queuedUpdates(id)
  for (const job of jobs) await payload.jobs.runByID({ id: job.id })
  return jobs
}

/** The history as staff read it over REST. */
const history = async (id: number) => {
  const response = await fetch(
    `${cmsUrl()}/api/referral-events?where[referral][equals]=${id}&sort=at&depth=0&limit=100`,
    { headers: staff },
  )
  expect(response.status).toBe(200)
  return ((await response.json()) as { docs: Record<string, unknown>[] }).docs
}
const updateEvents = async (id: number) =>
  (await history(id)).filter((e) => String(e.type).startsWith('residentUpdate'))

const smsFor = async (reference: string) => {
  const dir = smsDir()
  const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith('.json'))
  const messages = await Promise.all(
    files.map(
      async (f) =>
        JSON.parse(await readFile(path.join(dir, f), 'utf8')) as { to: string; text: string },
    ),
  )
  return messages.filter((m) => m.text.includes(reference))
}

const mailsFor = async (reference: string) => {
  const dir = mailDir()
  const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith('.eml'))
  const mails = await Promise.all(
    files.map(async (f) => simpleParser(await readFile(path.join(dir, f)))),
  )
  return mails.filter((m) => (m.subject ?? '').startsWith('News about your referral ' + reference))
}

/** Nothing the resident wrote about themselves, beyond the address it goes to. */
const expectNothingPersonal = (text: string, details: Record<string, unknown>) => {
  for (const value of [
    details.name,
    details.dateOfBirth,
    details.message,
    details.currentActivity,
    'psychiatry',
    'Psykiatri',
  ])
    expect(text, `the message contains ${String(value)}`).not.toContain(String(value))
}

describe('a resident who chose updates by e-mail and SMS', () => {
  let referral: Extract<Awaited<ReturnType<typeof submit>>, { status: 201 }>

  beforeAll(async () => {
    const submitted = await submit({ statusUpdates: ['email', 'sms'] })
    expect(submitted.status, JSON.stringify(submitted)).toBe(201)
    referral = submitted as typeof referral
  })

  test('keeps the link sealed, never in plain text', async () => {
    const { rows } = await drizzleRunner(payload)(
      sql`SELECT status_token FROM referrals WHERE id = ${referral.id}`,
    )
    expect(rows[0].status_token).toBeTruthy()
    expect(String(rows[0].status_token)).not.toContain(referral.statusToken)
  })

  test('a staff move to first contact sends both in their language, and staff see each in the history', async () => {
    await toFirstContact(referral.id)
    // Only the move to first contact is one the resident is told about.
    const jobs = await runUpdates(referral.id)
    expect(jobs.map((job) => job.input.status)).toEqual(['firstContact'])

    const link = `/en/min-anmalan/${referral.statusToken}`
    const phase = 'We have started talking with you about the support.'
    const [sms, ...moreSms] = await smsFor(referral.reference)
    expect(moreSms).toEqual([])
    expect(sms.to).toBe(String(referral.details.phone).replace(/\D/g, ''))
    expect(sms.text).toContain(phase)
    expect(sms.text).toContain(link)
    expectNothingPersonal(sms.text, referral.details)

    const [mail, ...moreMail] = await mailsFor(referral.reference)
    expect(moreMail).toEqual([])
    expect(mail.to && !Array.isArray(mail.to) && mail.to.text).toBe(referral.details.email)
    expect(mail.text).toContain(phase)
    expect(mail.text).toContain(link)
    expectNothingPersonal(`${mail.subject}\n${mail.text}\n${String(mail.html)}`, referral.details)

    const events = await updateEvents(referral.id)
    expect(
      events.map((e) => [e.type, (e.contact as { channel: string }).channel, e.toStatus]).sort(),
    ).toEqual([
      ['residentUpdateSent', 'email', 'firstContact'],
      ['residentUpdateSent', 'sms', 'firstContact'],
    ])
    // The event names the channel, never the address or the text.
    const stored = JSON.stringify(events)
    expect(stored).not.toContain(String(referral.details.email))
    expect(stored).not.toContain(referral.statusToken)
  })

  test('a later move (closed) is told too, in the closing words', async () => {
    await move(referral.id, { status: 'enrolled' })
    await move(referral.id, { status: 'active' })
    await move(referral.id, { status: 'closed', outcome: 'workWithoutSubsidy' })
    const jobs = await runUpdates(referral.id)
    expect(jobs.map((job) => job.input.status)).toEqual(['enrolled', 'closed'])
    const texts = (await smsFor(referral.reference)).map((m) => m.text)
    expect(texts.some((t) => t.includes('You have started the support.'))).toBe(true)
    expect(texts.some((t) => t.includes('Your case is closed.'))).toBe(true)
  })
})

describe('an SMS provider that fails', () => {
  let server: Server
  let calls = 0

  beforeAll(async () => {
    server = createServer((request, response) => {
      calls++
      request.resume()
      response.writeHead(500, { 'content-type': 'application/json' }).end('{"error":"down"}')
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  test('does not fail the staff move, and the history records that the SMS was not sent', async () => {
    const submitted = await submit({ statusUpdates: ['sms'] }, 'sv')
    expect(submitted.status).toBe(201)
    const referral = submitted as Extract<typeof submitted, { status: 201 }>
    await toFirstContact(referral.id)
    const [job, ...more] = await queuedUpdates(referral.id)
    expect(more).toEqual([])

    // The task's own operation, with the HTTP adapter the CMS builds from SMS_PROVIDER_URL.
    const sms = smsAdapter({
      SMS_PROVIDER_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}/batches`,
      SMS_API_KEY: 'test-key',
    })
    const report = await sendResidentUpdate(payload, job.input, {
      siteUrl: 'http://localhost:4321',
      sms,
    })
    expect(report).toEqual({ sent: [], failed: ['sms'] })
    expect(calls).toBe(1)

    const current = await payload.findByID({ collection: 'referrals', id: referral.id, depth: 0 })
    expect(current.status).toBe('firstContact')
    const events = await updateEvents(referral.id)
    expect(events.map((e) => [e.type, (e.contact as { channel: string }).channel])).toEqual([
      ['residentUpdateFailed', 'sms'],
    ])
    await payload.delete({ collection: 'payload-jobs', id: job.id, overrideAccess: true })
  })
})

describe('updates are off by default', () => {
  test('a resident who chose none gets nothing, and no link is kept', async () => {
    const submitted = await submit({})
    expect(submitted.status).toBe(201)
    const referral = submitted as Extract<typeof submitted, { status: 201 }>
    await toFirstContact(referral.id)
    await move(referral.id, { status: 'redirected', redirectTarget: 'Jobbcentrum' })
    expect(await queuedUpdates(referral.id)).toEqual([])
    expect(await updateEvents(referral.id)).toEqual([])
    expect(await smsFor(referral.reference)).toEqual([])
    const { rows } = await drizzleRunner(payload)(
      sql`SELECT status_token FROM referrals WHERE id = ${referral.id}`,
    )
    expect(rows[0].status_token).toBeNull()
  })

  test('a resident who withdraws on their status page is not told what they did', async () => {
    const submitted = await submit({ statusUpdates: ['sms'] })
    const referral = submitted as Extract<typeof submitted, { status: 201 }>
    const response = await fetch(`${cmsUrl()}/api/referrals/status`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-submit-key': submitKey(),
        'x-client-key': randomBytes(24).toString('base64url'),
      },
      body: JSON.stringify({ token: referral.statusToken, locale: 'en', action: 'withdraw' }),
    })
    expect(response.status, await response.clone().text()).toBe(200)
    const current = await payload.findByID({ collection: 'referrals', id: referral.id, depth: 0 })
    expect(current.status).toBe('withdrawn')
    expect(await queuedUpdates(referral.id)).toEqual([])
  })
})

describe('the choice needs its contact detail', () => {
  test("SMS without a phone number is refused on the choice, in the resident's language", async () => {
    const refused = await submit({ statusUpdates: ['sms'], phone: undefined })
    expect(refused.status).toBe(400)
    expect(refused.body?.errors).toEqual([
      {
        field: 'statusUpdates',
        code: 'updatesNeedPhone',
        message:
          'You chose to be told by text message but have not entered a mobile number. Enter it with your contact details, or remove the choice.',
      },
    ])
  })
})
