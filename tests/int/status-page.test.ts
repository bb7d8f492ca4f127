import type { Payload } from 'payload'

import { sql } from 'drizzle-orm'
import { simpleParser } from 'mailparser'
import { createHash, randomBytes, randomUUID } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { beforeAll, describe, expect, test } from 'vitest'

import { drizzleRunner, type SqlRunner } from '../../plugins/support-services/src/operations/sql'
import { validIpsAnswers } from '../support/answers'
import { cmsUrl, mailDir, smsDir, submitKey, testPayload } from '../support/cms'

/*
 * The resident's status page through the CMS endpoints the site calls: the token opens one referral's
 * plain-words status and nothing else, and every change goes through the workflow and the history.
 */

let payload: Payload
let run: SqlRunner

beforeAll(async () => {
  payload = await testPayload()
  run = drizzleRunner(payload)
})

/** What the site sends as `x-client-key` (a keyed hash of an address; here random per test). */
const newClient = () => randomBytes(24).toString('base64url')

const post = (route: string, body: unknown, client = newClient(), key = submitKey()) =>
  fetch(`${cmsUrl()}/api/referrals${route}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-submit-key': key, 'x-client-key': client },
    body: JSON.stringify(body),
  })

const status = (token: string, extra: Record<string, unknown> = {}, client?: string) =>
  post('/status', { token, locale: 'sv', ...extra }, client)

let person = 0
const submit = async (answers: Record<string, unknown> = {}, idempotencyKey = randomUUID()) => {
  person++
  const response = await post('/submit', {
    service: 'ips',
    locale: 'sv',
    idempotencyKey,
    answers: {
      ...validIpsAnswers,
      name: `Status Sidan ${person}`,
      phone: `070-555 ${String(person).padStart(4, '0')}`,
      ...answers,
    },
  })
  expect(response.status, await response.clone().text()).toBe(201)
  const body = (await response.json()) as { reference: string; statusToken: string }
  const { docs } = await payload.find({
    collection: 'referrals',
    where: { reference: { equals: body.reference } },
    depth: 0,
  })
  return { ...body, id: docs[0].id as number, idempotencyKey }
}

const change = (id: number, data: Record<string, unknown>) =>
  payload.update({ collection: 'referrals', id, data: data as never, depth: 0 })

const events = async (id: number) =>
  (
    await payload.find({
      collection: 'referral-events',
      where: { referral: { equals: id } },
      sort: 'at',
      depth: 0,
      limit: 100,
    })
  ).docs as unknown as Array<{ type: string; toStatus?: string; note?: string; reason?: string }>

test('a submission gets a link whose token is stored only as its hash; a retry with its token gets it back', async () => {
  const referral = await submit()
  expect(referral.statusToken).toMatch(/^[A-Za-z0-9_-]{43}$/)
  const { rows } = await run(sql`SELECT status_token_hash FROM referrals WHERE id = ${referral.id}`)
  expect(rows[0].status_token_hash).toBe(
    createHash('sha256').update(referral.statusToken).digest('base64url'),
  )
  const stored = JSON.stringify(
    (await run(sql`SELECT * FROM referrals WHERE id = ${referral.id}`)).rows,
  )
  expect(stored).not.toContain(referral.statusToken)

  // The site proposes its own token (derived from the form fill) with the reference it showed.
  const proposed = randomBytes(32).toString('base64url')
  const key = randomUUID()
  const first = await post('/submit', {
    service: 'ips',
    locale: 'sv',
    idempotencyKey: key,
    statusToken: proposed,
    answers: { ...validIpsAnswers, name: 'Retry Sidan', phone: '070-555 9999' },
  })
  expect(first.status).toBe(201)
  expect(((await first.json()) as { statusToken: string }).statusToken).toBe(proposed)
  const again = (token?: string) =>
    post('/submit', {
      service: 'ips',
      locale: 'sv',
      idempotencyKey: key,
      ...(token && { statusToken: token }),
      answers: { ...validIpsAnswers, name: 'Retry Sidan', phone: '070-555 9999' },
    }).then(async (r) => ({ status: r.status, body: (await r.json()) as Record<string, unknown> }))
  expect(await again(proposed)).toMatchObject({ status: 200, body: { statusToken: proposed } })
  // Without its token a retry gets the reference only: the token cannot be read back from its hash.
  const bare = await again()
  expect(bare.status).toBe(200)
  expect(bare.body.statusToken).toBeUndefined()
  expect((await status(proposed)).status).toBe(200)
})

describe('the status in plain words, per workflow state', () => {
  let referral: Awaited<ReturnType<typeof submit>>
  let partnerId: number

  beforeAll(async () => {
    referral = await submit()
    const partner = await payload.create({
      collection: 'partners',
      data: {
        name: `Studieverkstaden ${randomUUID().slice(0, 6)}`,
        kind: 'education',
        contact: { phone: '018-727 00 00', email: 'studie@example.se', url: 'https://example.se' },
      } as never,
    })
    partnerId = partner.id as number
  })

  const view = async () => {
    const response = await status(referral.statusToken)
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    return (await response.json()) as Record<string, any>
  }

  test('received, looked at, queued (a band and a wait), first contact, started, closed, reopened, redirected', async () => {
    const first = await view()
    expect(first).toMatchObject({
      reference: referral.reference,
      service: { slug: 'ips' },
      phase: 'received',
      open: true,
      queue: null,
      redirect: null,
      contactRequested: false,
    })
    expect(first.receivedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    // Nothing of the answers or of the person.
    const text = JSON.stringify(first)
    for (const secret of [
      'Status Sidan',
      '070',
      'psychiatry',
      'Praktik',
      'applicant',
      'eligibility',
    ])
      expect(text, secret).not.toContain(secret)

    await change(referral.id, { status: 'screened' })
    expect((await view()).phase).toBe('lookedAt')
    await change(referral.id, { status: 'waiting' })
    const queued = await view()
    expect(queued.phase).toBe('queued')
    expect(['fewerThan5', 'fiveToTen', 'moreThan10', 'moreThan25', 'moreThan50']).toContain(
      queued.queue.place,
    )
    expect(queued.queue).toHaveProperty('wait')
    await change(referral.id, { status: 'firstContact' })
    expect((await view()).phase).toBe('firstContact')
    await change(referral.id, { status: 'enrolled' })
    expect((await view()).phase).toBe('started')
    await change(referral.id, { status: 'closed', outcome: 'studies' })
    expect(await view()).toMatchObject({ phase: 'closed', open: false })
    await change(referral.id, { status: 'waiting', statusReason: 'Hörde av sig igen.' })
    await change(referral.id, { status: 'redirected', redirectPartner: partnerId })
    expect(await view()).toMatchObject({
      phase: 'redirected',
      redirect: { contact: { phone: '018-727 00 00', email: 'studie@example.se' } },
    })
  })

  test('each view is in the read audit as the applicant’s own read', async () => {
    await view()
    await expect
      .poll(async () => {
        const { rows } = await run(
          sql`SELECT user_id, through FROM referral_access_log WHERE referral_id = ${referral.id} AND through = 'statusPage'`,
        )
        return rows.length
      })
      .toBeGreaterThan(0)
  })
})

describe('what the resident can do', () => {
  test('a contact change is checked per field in their language, then saved, and staff see it in the history', async () => {
    const referral = await submit()
    const refused = await status(referral.statusToken, {
      locale: 'en',
      action: 'contact',
      phone: '12',
      email: 'not-an-address',
    })
    expect(refused.status).toBe(400)
    const { errors } = (await refused.json()) as {
      errors: Array<{ field: string; message: string }>
    }
    expect(errors.map((e) => e.field)).toEqual(['phone', 'email'])
    expect(errors[0].message).toMatch(/phone number/i)

    const saved = await status(referral.statusToken, {
      action: 'contact',
      phone: '070-999 88 77',
      interpreterNeeded: 'yes',
    })
    expect(saved.status).toBe(200)
    expect(await saved.json()).toEqual({ done: 'updated' })
    const stored = (await payload.findByID({
      collection: 'referrals',
      id: referral.id,
      depth: 0,
    })) as unknown as { applicant: Record<string, unknown> }
    expect(stored.applicant).toMatchObject({
      phone: '0709998877',
      interpreterNeeded: true,
      name: `Status Sidan ${person}`,
    })
    const history = await events(referral.id)
    expect(history.at(-1)).toMatchObject({
      type: 'applicantUpdate',
      note: 'Ändrade via statussidan: telefonnummer, behov av tolk.',
    })
  })

  test('asking to be contacted sets the queue’s flag, once', async () => {
    const referral = await submit()
    expect(await (await status(referral.statusToken, { action: 'call' })).json()).toEqual({
      done: 'requested',
    })
    const stored = (await payload.findByID({
      collection: 'referrals',
      id: referral.id,
      depth: 0,
    })) as unknown as { contactRequestedAt: string | null }
    expect(stored.contactRequestedAt).toBeTruthy()
    expect((await events(referral.id)).at(-1)?.type).toBe('contactRequested')
    expect((await (await status(referral.statusToken)).json()).contactRequested).toBe(true)
  })

  test('a withdrawal goes through the workflow with its event; a second one is explained, not an error', async () => {
    const referral = await submit()
    const done = await status(referral.statusToken, { action: 'withdraw', reason: 'Fick jobb!' })
    expect(await done.json()).toEqual({ done: 'withdrawn' })
    const history = await events(referral.id)
    expect(history.at(-1)).toMatchObject({ type: 'statusChange', toStatus: 'withdrawn' })
    expect(history.at(-1)?.reason).toContain('Fick jobb!')
    const again = await status(referral.statusToken, { action: 'withdraw' })
    expect(again.status).toBe(409)
    expect(await again.json()).toEqual({ closed: true })
    // Its page still works (until 90 days after closing) and says so.
    expect((await (await status(referral.statusToken)).json()).phase).toBe('withdrawn')
  })
})

describe('links that do not work', () => {
  test('a wrong, malformed, expired or guessed token all answer the same 404', async () => {
    const referral = await submit()
    await change(referral.id, { status: 'withdrawn' })
    await run(
      sql`UPDATE referrals SET closed_at = now() - interval '91 days' WHERE id = ${referral.id}`,
    )
    const answers = await Promise.all(
      [referral.statusToken, randomBytes(32).toString('base64url'), 'kort', 42, null].map(
        async (token) => {
          const response = await status(token as string)
          return { status: response.status, body: await response.text() }
        },
      ),
    )
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1)
    expect(answers[0].status).toBe(404)
  })

  test('nothing is readable without the token: no key, no REST field, no anonymous read', async () => {
    const referral = await submit()
    expect(
      (await post('/status', { token: referral.statusToken }, newClient(), 'fel')).status,
    ).toBe(401)
    const anonymous = await fetch(`${cmsUrl()}/api/referrals/${referral.id}`)
    expect(anonymous.status).toBe(403)
    const staffRead = (await payload.findByID({
      collection: 'referrals',
      id: referral.id,
      depth: 0,
    })) as unknown as Record<string, unknown>
    expect(staffRead).not.toHaveProperty('statusTokenHash')
  })

  test('a client that asks too often is asked to wait', async () => {
    const client = newClient()
    const token = randomBytes(32).toString('base64url')
    const codes: number[] = []
    for (let i = 0; i < 31; i++) codes.push((await status(token, {}, client)).status)
    expect(codes.slice(0, 30)).toEqual(Array(30).fill(404))
    expect(codes[30]).toBe(429)
  })
})

describe('a lost link', () => {
  const inbox = async (reference: string) => {
    const dir = mailDir()
    const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith('.eml'))
    const mails = await Promise.all(
      files.map(async (f) => simpleParser(await readFile(path.join(dir, f)))),
    )
    return mails.filter((m) => m.subject === `The link to your referral ${reference}`)
  }

  test('is sent to the stored e-mail when the details match; the answer is the same either way', async () => {
    const email = `status-${randomUUID().slice(0, 8)}@example.se`
    const referral = await submit({ email })
    const resend = (contact: string, reference = referral.reference) =>
      post('/status/resend', { reference, contact, locale: 'en' }).then(async (r) => ({
        status: r.status,
        body: await r.text(),
      }))
    const miss = await resend('070-000 00 00')
    const unknown = await resend(email, 'XXXX-XXXX')
    const hit = await resend(email.toUpperCase())
    expect(miss).toEqual(hit)
    expect(unknown).toEqual(hit)
    expect(hit.status).toBe(202)

    await expect.poll(async () => (await inbox(referral.reference)).length).toBe(1)
    const [mail] = await inbox(referral.reference)
    expect(mail.to && !Array.isArray(mail.to) && mail.to.text).toBe(email)
    const link = /\/en\/min-anmalan\/([A-Za-z0-9_-]{43})/.exec(mail.text ?? '')
    expect(link, mail.text).not.toBeNull()
    // Nothing about the person or the referral's content.
    expect(mail.text).not.toContain('Status Sidan')
    expect(mail.text).not.toContain('070')
    // The new link works; the old one has stopped.
    expect((await status(link![1])).status).toBe(200)
    expect((await status(referral.statusToken)).status).toBe(404)
  })

  test('goes by SMS to the stored phone number when the referral has no e-mail address', async () => {
    const referral = await submit()
    const phone = `070-555 ${String(person).padStart(4, '0')}`
    expect(
      (
        await post('/status/resend', {
          reference: referral.reference,
          contact: phone,
          locale: 'en',
        })
      ).status,
    ).toBe(202)
    const smsFor = async () => {
      const files = (await readdir(smsDir()).catch(() => [] as string[])).filter((f) =>
        f.endsWith('.json'),
      )
      const messages = await Promise.all(
        files.map(
          async (f) =>
            JSON.parse(await readFile(path.join(smsDir(), f), 'utf8')) as {
              to: string
              text: string
            },
        ),
      )
      return messages.filter((m) => m.text.includes(referral.reference))
    }
    await expect.poll(async () => (await smsFor()).length).toBe(1)
    const [sms] = await smsFor()
    expect(sms.to.replace(/\D/g, '')).toMatch(
      new RegExp(`70555${String(person).padStart(4, '0')}$`),
    )
    const link = /\/en\/min-anmalan\/([A-Za-z0-9_-]{43})/.exec(sms.text)
    expect(link, sms.text).not.toBeNull()
    expect(sms.text).not.toContain('Status Sidan')
    expect((await status(link![1])).status).toBe(200)
    expect((await status(referral.statusToken)).status).toBe(404)
  })
})
