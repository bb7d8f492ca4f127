import {
  type Answers,
  type FieldError,
  generateReference,
  isErrorCode,
  type Locale,
} from '@stodportalen/support-services/domain'
import { createHmac } from 'node:crypto'
import { z } from 'zod'

import { cmsUrl } from '../cms/client'
import { outboxFromEnv, putInOutbox } from './outbox'

/** What the site sends to the CMS's submit endpoint, from the server only (it holds the submit key). */
export interface Submission {
  service: string
  form: number
  locale: Locale
  answers: Answers
  idempotencyKey: string
  /** The campaign code; the CMS keeps it only when it names an activity or event. */
  campaign?: string
}

export type SubmitOutcome =
  /**
   * Received: by the CMS, or kept in the outbox. `statusToken` opens the resident's status page; it is
   * missing while the referral waits in the outbox (the page cannot work before the CMS has it).
   */
  | { kind: 'accepted'; reference: string; statusToken?: string }
  | { kind: 'rejected'; errors: FieldError[] }
  | { kind: 'limited'; retryAfterSeconds: number }
  | { kind: 'unavailable' }

/** Past this a person should rather hear "received" from the outbox than wait on. */
export const submitTimeoutMs = 10_000

const accepted = z.object({ reference: z.string().min(1), statusToken: z.string().optional() })
const rejected = z.object({ errors: z.array(z.object({ field: z.string(), code: z.string() })) })

const toFieldError = ({ field, code }: { field: string; code: string }): FieldError => ({
  field,
  code: isErrorCode(code) ? code : 'invalidBody',
})

/** `Retry-After` in seconds (1 minute when missing or unreadable; an HTTP date is not what the CMS sends). */
const retryAfterSeconds = (header: string | null) =>
  /^\d{1,6}$/.test(header ?? '') ? Math.max(1, Number(header)) : 60

/**
 * The reference this form fill gets: the domain's generator fed by an HMAC of the idempotency key
 * under the site's submit key instead of random bytes. Unpredictable without the key, and the same for
 * every try of one form fill in any site process, so a person who sends again (or reloads the
 * confirmation) while the CMS is down is shown the same number.
 */
export const referenceFor = (idempotencyKey: string, secret: string) => {
  let block = 0
  return generateReference((size) =>
    createHmac('sha256', secret)
      .update(`referral-reference:${idempotencyKey}:${block++}`)
      .digest()
      .subarray(0, size),
  )
}

/**
 * The status link's token of this form fill, made like its reference: an HMAC of the idempotency key
 * under the submit key, so a retry (or a delivery from the outbox) proposes the same one and the person
 * keeps one link. 256 bits, unpredictable without the key; the CMS stores only its hash.
 */
export const statusTokenFor = (idempotencyKey: string, secret: string) =>
  createHmac('sha256', secret).update(`status-link:${idempotencyKey}`).digest('base64url')

type Sent = SubmitOutcome | { kind: 'unreachable' }

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}

/**
 * One try to hand the referral to the CMS. "unreachable" is the CMS or its database not answering
 * (network error, timeout, 5xx, an answer cut off): the outbox takes over. Any other answer (a wrong
 * key, a rate limit) is "unavailable". Logs only the kind of failure, never an answer.
 */
async function sendToCms(
  submission: Submission & { reference?: string },
  key: string | undefined,
  clientKey: string | undefined,
): Promise<Sent> {
  try {
    const response = await fetch(`${cmsUrl()}/api/referrals/submit`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        ...(key && { 'x-submit-key': key }),
        // The CMS's rate limit per client (clientKey.ts): a keyed hash, never the address.
        ...(clientKey && { 'x-client-key': clientKey }),
      },
      body: JSON.stringify(submission),
      signal: AbortSignal.timeout(submitTimeoutMs),
    })
    // A body cut off mid-answer throws here and counts as no answer.
    const body = parseJson(await response.text())
    const ok = accepted.safeParse(body)
    if ((response.status === 200 || response.status === 201) && ok.success)
      return {
        kind: 'accepted',
        reference: ok.data.reference,
        ...(ok.data.statusToken && { statusToken: ok.data.statusToken }),
      }
    const problems = rejected.safeParse(body)
    if (response.status === 400 && problems.success)
      return { kind: 'rejected', errors: problems.data.errors.map(toFieldError) }
    if (response.status === 429)
      return {
        kind: 'limited',
        retryAfterSeconds: retryAfterSeconds(response.headers.get('retry-after')),
      }
    console.error(`Referral not sent: the CMS answered ${response.status}`)
    // A 2xx without its reference may or may not be stored: the outbox's idempotent delivery settles it.
    return response.status >= 500 || response.ok ? { kind: 'unreachable' } : { kind: 'unavailable' }
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code
    console.error(`Referral not sent: ${(error as Error).name}${cause ? ` (${cause})` : ''}`)
    return { kind: 'unreachable' }
  }
}

/**
 * Forwards a validated referral with the reference the site proposes. When the CMS or its database
 * does not answer, the referral goes sealed into the outbox and the person is told it is received:
 * from then on it is durable and delivered when the CMS is back. Only when neither works (or the CMS
 * gives an answer that is about neither the referral nor an outage) is it "unavailable": the person
 * keeps their answers and may try again with the same idempotency key.
 */
export async function submitReferral(
  input: Submission,
  clientKey?: string,
): Promise<SubmitOutcome> {
  const key = process.env.SUBMIT_API_KEY
  // Only the site, known by its key, may propose a reference; without a key the CMS draws one.
  const reference = key ? referenceFor(input.idempotencyKey, key) : undefined
  const statusToken = key ? statusTokenFor(input.idempotencyKey, key) : undefined
  const submission = { ...input, ...(reference ? { reference, statusToken } : {}) }
  const sent = await sendToCms(submission, key, clientKey)
  if (sent.kind !== 'unreachable') return sent

  const outbox = outboxFromEnv()
  if (!outbox || !reference) return { kind: 'unavailable' }
  try {
    await putInOutbox(outbox, {
      queuedAt: new Date().toISOString(),
      submission: { ...submission, reference },
    })
    console.warn(`Referral ${reference} kept in the outbox until the CMS answers.`)
    return { kind: 'accepted', reference }
  } catch (error) {
    console.error(
      `Referral not kept in the outbox: ${(error as NodeJS.ErrnoException).code ?? (error as Error).name}`,
    )
    return { kind: 'unavailable' }
  }
}
