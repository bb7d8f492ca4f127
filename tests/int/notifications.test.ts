import type { AddressInfo } from 'node:net'
import type { Payload } from 'payload'

import { submitReferral } from '@stodportalen/support-services'
import { simpleParser } from 'mailparser'
/**
 * E-mail about new referrals, received by a real SMTP server in this process. The Local API here loads
 * the CMS's own config, whose e-mail adapter sends to SMTP_HOST; submissions go through the same
 * operation the submit endpoint calls. The last test goes through the running CMS and its development
 * inbox instead, to see the wiring the server itself uses.
 */
import { randomBytes, randomUUID } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { SMTPServer, type SMTPServerSession } from 'smtp-server'
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest'

import { validIpsAnswers } from '../support/answers'
import { cmsUrl, mailDir, submitKey, testPayload } from '../support/cms'

interface Mail {
  to: string[]
  subject: string
  text: string
  html: string
  replyTo: string
  /** Every header line as sent, e.g. to see that no address of the resident hides in one. */
  headers: string
}

const publicUrl = 'https://cms.kommun.example'
const ipsName = 'Individuell placering med stöd (IPS)'
const ipsIntake = 'intag.ips@stodportalen.example'

/** A resident who answered everything, asked for a confirmation and wrote about their health. Synthetic. */
const resident = {
  ...validIpsAnswers,
  email: 'testa.testsson@example.org',
  emailConfirmation: true,
  bestTimeToContact: 'Tisdagar efter lunch',
  preferredLanguage: 'Persiska',
  interpreterNeeded: true,
  message: 'Jag har haft svår ångest sedan i våras och vill prata om det.',
}

/** Everything in `resident` that says who they are or anything about them. */
const personalData = [
  'Testa Testsson',
  'Testsson',
  '070-174 06 42',
  '0701740642',
  '701740642',
  resident.email,
  '1990-05-17',
  '19900517',
  resident.bestTimeToContact,
  resident.preferredLanguage,
  resident.message,
  'ångest',
  validIpsAnswers.currentActivity,
]
/** Words of the health and situation questions (their answers' labels included). */
const healthWords = [
  'psykiatri',
  'vårdcentral',
  'hälsa',
  'diagnos',
  'samtycke',
  'kvinna',
  'tolk',
  'الطب النفسي',
]

const expectNoneOf = (mail: Mail, words: string[]) => {
  const haystack = `${mail.subject}\n${mail.text}\n${mail.html}`.toLowerCase()
  for (const word of words)
    expect(haystack, `the e-mail to ${mail.to.join(', ')} contains "${word}"`).not.toContain(
      word.toLowerCase(),
    )
}

/* A real SMTP server, on a free port of this process ------------------------------------------- */

const received: Mail[] = []
/** What the server does next: accept (default), refuse every recipient, or hold a message until released. */
const server = {
  refuseRecipients: false,
  hold: undefined as undefined | ((mail: Mail) => Promise<void>),
}

const parse = async (raw: Buffer, session: SMTPServerSession): Promise<Mail> => {
  const parsed = await simpleParser(raw)
  return {
    to: session.envelope.rcptTo.map((r) => r.address),
    subject: parsed.subject ?? '',
    text: parsed.text ?? '',
    html: parsed.html || '',
    replyTo: parsed.replyTo?.text ?? '',
    headers: parsed.headerLines.map((h) => h.line).join('\n'),
  }
}

const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  closeTimeout: 100,
  onRcptTo(address, _session, callback) {
    if (!server.refuseRecipients) return callback()
    // Worded like real servers, which quote the address: a log of the error's message would leak it.
    callback(
      Object.assign(new Error(`<${address.address}>: Recipient address rejected`), {
        responseCode: 550,
      }),
    )
  },
  onData(stream, session, callback) {
    const chunks: Buffer[] = []
    stream.on('data', (chunk: Buffer) => chunks.push(chunk))
    stream.on('end', async () => {
      const mail = await parse(Buffer.concat(chunks), session)
      await server.hold?.(mail)
      received.push(mail)
      callback()
    })
  },
})

const mailsAbout = (reference: string) =>
  received.filter((m) => m.subject.includes(reference) || m.text.includes(reference))

/* The system under test ------------------------------------------------------------------------- */

let payload: Payload
const savedEnv = { SMTP_HOST: process.env.SMTP_HOST, SMTP_PORT: process.env.SMTP_PORT }

beforeAll(async () => {
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve))
  process.env.SMTP_HOST = '127.0.0.1'
  process.env.SMTP_PORT = String((smtp.server.address() as AddressInfo).port)
  payload = await testPayload() // reads SMTP_HOST now: its e-mail adapter sends to the server above
})

afterAll(async () => {
  Object.assign(process.env, savedEnv)
  await new Promise<void>((resolve) => smtp.close(() => resolve()))
})

const submit = async (answers: Record<string, unknown>, locale = 'sv') => {
  const result = await submitReferral(
    payload,
    { service: 'ips', locale, answers, idempotencyKey: randomUUID() },
    { randomBytes: (size) => randomBytes(size), notifications: { publicUrl } },
  )
  if (!result.ok) throw new Error(`The submission was refused: ${JSON.stringify(result.errors)}`)
  expect(result.created).toBe(true)
  return { reference: result.reference, notified: result.notified! }
}

const referralId = async (reference: string) => {
  const { docs } = await payload.find({
    collection: 'referrals',
    where: { reference: { equals: reference } },
    depth: 0,
  })
  return docs[0]?.id
}

/** Changes the IPS service's e-mail settings for the duration of `run`. */
const withIpsSettings = async (settings: Record<string, unknown>, run: () => Promise<void>) => {
  const { docs } = await payload.find({
    collection: 'services',
    where: { slug: { equals: 'ips' } },
    depth: 0,
  })
  const ips = docs[0] as unknown as { id: number; notifications: Record<string, unknown> }
  await payload.update({
    collection: 'services',
    id: ips.id,
    data: { notifications: { ...ips.notifications, ...settings } } as never,
  })
  try {
    await run()
  } finally {
    await payload.update({
      collection: 'services',
      id: ips.id,
      data: { notifications: ips.notifications } as never,
    })
  }
}

describe('a referral to a service that notifies intake and confirms to residents', () => {
  let reference: string
  let staff: Mail
  let confirmation: Mail

  beforeAll(async () => {
    const submitted = await submit(resident)
    reference = submitted.reference
    expect(await submitted.notified).toEqual({
      sent: expect.arrayContaining(['intake', 'applicant']),
      failed: [],
    })
    const mails = mailsAbout(reference)
    expect(
      mails.map((m) => m.to),
      'two e-mails, one to each address',
    ).toHaveLength(2)
    staff = mails.find((m) => m.to.includes(ipsIntake))!
    confirmation = mails.find((m) => m.to.includes(resident.email))!
  })

  test('the intake address gets "Ny anmälan <reference> till <service>" and the link, nothing else', async () => {
    expect(staff.to).toEqual([ipsIntake])
    expect(staff.subject).toBe(`Ny anmälan ${reference} till ${ipsName}`)
    const link = `${publicUrl}/admin/collections/referrals/${await referralId(reference)}`
    expect(staff.text).toContain(link)
    expect(staff.html).toContain(`href="${link}"`)
  })

  test('the intake e-mail says nothing about the person: no name, contact, date of birth, free text or answer', () => {
    expectNoneOf(staff, [...personalData, ...healthWords])
    expect(staff.headers).not.toContain(resident.email)
    expect(staff.replyTo).toBe('')
  })

  test('the resident gets the reference, what happens next and how to reach the service, at their address only', () => {
    expect(confirmation.to).toEqual([resident.email])
    expect(confirmation.subject).toContain(reference)
    for (const text of [
      reference,
      'Vad händer nu?',
      ipsName,
      '031-390 06 10',
      'ips@uppsala.example',
    ]) {
      expect(confirmation.text).toContain(text)
      expect(confirmation.html).toContain(text)
    }
    expect(confirmation.replyTo, 'a reply reaches the service').toBe('ips@uppsala.example')
  })

  test('the confirmation holds none of their answers and nothing about health', () => {
    expectNoneOf(confirmation, [...personalData, ...healthWords])
  })
})

test('a resident who wrote in Arabic gets the confirmation in Arabic, right to left; intake still gets Swedish', async () => {
  const { reference, notified } = await submit(resident, 'ar')
  await notified
  const mails = mailsAbout(reference)
  const confirmation = mails.find((m) => m.to.includes(resident.email))!
  expect(confirmation.subject).toMatch(/[\u0600-\u06FF]/)
  expect(confirmation.html).toContain('<html lang="ar" dir="rtl">')
  expect(confirmation.text).toContain('ماذا يحدث بعد ذلك؟')
  expect(confirmation.text).toContain('التوظيف الفردي مع الدعم (IPS)')
  expectNoneOf(confirmation, [...personalData, ...healthWords])
  expect(mails.find((m) => m.to.includes(ipsIntake))!.subject).toBe(
    `Ny anmälan ${reference} till ${ipsName}`,
  )
})

test('a resident who did not ask, or gave no e-mail address, gets no confirmation; intake still hears', async () => {
  const notAsked = await submit({ ...resident, emailConfirmation: false })
  const noAddress = await submit({ ...resident, email: undefined })
  for (const { reference, notified } of [notAsked, noAddress]) {
    expect(await notified).toEqual({ sent: ['intake'], failed: [] })
    expect(mailsAbout(reference).map((m) => m.to)).toEqual([[ipsIntake]])
  }
})

test('a service that has not opted in sends nothing at all', async () => {
  await withIpsSettings({ notifyIntake: false, confirmToApplicant: false }, async () => {
    const { reference, notified } = await submit(resident)
    expect(await notified).toEqual({ sent: [], failed: [] })
    expect(mailsAbout(reference)).toEqual([])
  })
  await withIpsSettings({ notifyIntake: true, confirmToApplicant: false }, async () => {
    const { reference, notified } = await submit(resident)
    expect(await notified).toEqual({ sent: ['intake'], failed: [] })
    expect(mailsAbout(reference).map((m) => m.to)).toEqual([[ipsIntake]])
  })
})

test('a failing mail server neither fails nor loses the submission, and the log names the reference only', async () => {
  const errors = vi.spyOn(payload.logger, 'error')
  server.refuseRecipients = true
  try {
    const { reference, notified } = await submit(resident)
    expect(await referralId(reference), 'the referral is stored').toBeDefined()
    expect(await notified).toEqual({
      sent: [],
      failed: expect.arrayContaining(['intake', 'applicant']),
    })
    expect(mailsAbout(reference)).toEqual([])

    const logged = errors.mock.calls.map((call) => JSON.stringify(call))
    expect(logged.filter((line) => line.includes(reference))).toHaveLength(2)
    for (const line of logged) {
      for (const word of [...personalData, ipsIntake])
        expect(line, `the log contains "${word}"`).not.toContain(word)
    }
  } finally {
    server.refuseRecipients = false
    errors.mockRestore()
  }
})

test('the submission answers without waiting for the mail server, and e-mail goes out only once the referral is stored', async () => {
  let release!: () => void
  const released = new Promise<void>((resolve) => (release = resolve))
  let storedWhenSent: unknown
  let arrived!: () => void
  const arrival = new Promise<void>((resolve) => (arrived = resolve))
  server.hold = async (mail) => {
    const reference = /[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{3}/.exec(mail.subject)![0]
    // Outside any transaction: this sees the referral only once it has been committed.
    storedWhenSent ??= (
      await payload.count({ collection: 'referrals', where: { reference: { equals: reference } } })
    ).totalDocs
    arrived()
    await released
  }
  try {
    const submission = submit(resident)
    await arrival
    // The server holds the e-mail until released: a submission that waited for it would not answer.
    let timer: NodeJS.Timeout | undefined
    const { reference, notified } = await Promise.race([
      submission,
      new Promise<never>(
        (_, reject) =>
          (timer = setTimeout(
            () => reject(new Error('The submission waited for the mail server.')),
            10_000,
          )),
      ),
    ])
    clearTimeout(timer)
    expect(mailsAbout(reference)).toEqual([])
    expect(storedWhenSent, 'the referral was committed before the e-mail was sent').toBe(1)
    release()
    expect(await notified).toEqual({
      sent: expect.arrayContaining(['intake', 'applicant']),
      failed: [],
    })
    expect(mailsAbout(reference)).toHaveLength(2)
  } finally {
    server.hold = undefined
    release()
  }
})

test('through the running CMS: the submit endpoint answers, and its development inbox gets the e-mails as files', async () => {
  const response = await fetch(`${cmsUrl()}/api/referrals/submit`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-submit-key': submitKey() },
    body: JSON.stringify({
      service: 'ips',
      locale: 'en',
      answers: resident,
      idempotencyKey: randomUUID(),
    }),
  })
  expect(response.status).toBe(201)
  const { reference } = (await response.json()) as { reference: string }

  // The test system's CMS has no SMTP_HOST, so it writes to its development inbox; the e-mails follow the
  // answer, so wait a little.
  const dir = mailDir()
  const inboxMails = async () => {
    const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith('.eml'))
    const mails = await Promise.all(
      files.map(async (f) => simpleParser(await readFile(path.join(dir, f)))),
    )
    return mails.filter((m) => (m.subject ?? '').includes(reference))
  }
  let mails = await inboxMails()
  for (let tries = 0; mails.length < 2 && tries < 50; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 200))
    mails = await inboxMails()
  }
  expect(mails.map((m) => m.to && !Array.isArray(m.to) && m.to.text).sort()).toEqual(
    [ipsIntake, resident.email].sort(),
  )
  const staff = mails.find((m) => m.subject?.startsWith('Ny anmälan'))!
  expect(staff.text).toContain(
    `${cmsUrl()}/admin/collections/referrals/${await referralId(reference)}`,
  )
  expect(mails.find((m) => m !== staff)!.subject).toBe(
    `We have received your referral ${reference}`,
  )
})
