import type { Endpoint } from 'payload'

import { type KeyObject, randomBytes } from 'node:crypto'

import type { SanitizedOptions } from '../sanitizeOptions'

import { maxSubmitBytes } from '../defaults'
import { outboxLetterSchema } from '../domain'
import { submitReferral } from '../operations/submitReferral'
import { open } from '../privacy/sealedBox'
import { refuse, rejectWith, reply, requestLocale } from './respond'
import { fromSite, wrongSubmitKey } from './siteKey'

/** A sealed submission: the submission's limit, its envelope and the box's own 61 bytes. */
const maxSealedBytes = maxSubmitBytes + 1024

const invalidBody = (status: number, headers: Headers) =>
  rejectWith(status, [{ field: 'body', code: 'invalidBody' }], requestLocale(headers))

/** The letter inside a sealed box, or null when it cannot be opened or read. */
const openLetter = (key: KeyObject, box: Uint8Array) => {
  try {
    const parsed = outboxLetterSchema.safeParse(JSON.parse(open(key, box).toString('utf8')))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

/** Entered the queue when the person was told it was received; never later than now. */
const queuedDate = (queuedAt: string, now: Date) =>
  new Date(Math.min(Date.parse(queuedAt), now.getTime()))

/**
 * POST /api/referrals/deliver: a referral the site kept in its outbox while the CMS or its database
 * was down, sealed to the CMS's public key (`application/octet-stream`). Opened here and stored by the
 * same operation as a direct submission, with the reference the person was shown and the time they
 * were told it was received. Idempotent: the site may deliver the same letter more than once.
 *
 * 400 means it can never be stored (the site moves it aside); anything else the site retries.
 */
export const deliverEndpoint = ({
  submitKey,
  outboxKey: openingKey,
  notifications,
  siteUrl,
}: Pick<SanitizedOptions, 'submitKey' | 'outboxKey' | 'notifications' | 'siteUrl'>): Endpoint => ({
  path: '/deliver',
  method: 'post',
  handler: async (req) => {
    // Never public: a delivery sets the reference and the received time.
    if (!submitKey || !fromSite(req.headers, submitKey)) return wrongSubmitKey()
    if (!openingKey) return refuse(503, 'body', 'notConfigured', 'OUTBOX_PRIVATE_KEY is not set.')
    if (
      req.headers.get('content-type')?.split(';')[0].trim().toLowerCase() !==
      'application/octet-stream'
    )
      return invalidBody(415, req.headers)
    if (Number(req.headers.get('content-length') ?? 0) > maxSealedBytes)
      return invalidBody(413, req.headers)
    const box = new Uint8Array(await (req as unknown as Request).arrayBuffer())
    if (box.length > maxSealedBytes) return invalidBody(413, req.headers)

    const letter = openLetter(openingKey, box)
    if (!letter) return invalidBody(400, req.headers)
    const deps = {
      now: queuedDate(letter.queuedAt, new Date()),
      randomBytes: (size: number) => randomBytes(size),
      notifications,
      siteUrl,
      mayProposeReference: true,
    }
    const result = await submitReferral(req.payload, letter.submission, deps)
    const locale = requestLocale(req.headers, letter.submission.locale)
    if (!result.ok) return rejectWith(400, result.errors, locale)
    return reply(result.created ? 201 : 200, { reference: result.reference })
  },
})
