import { isErrorCode, type Answers, type FieldError, type Locale } from '@stodportalen/support-services/domain'
import { z } from 'zod'

import { cmsUrl } from '../cms/client'

/** What the site sends to the CMS's submit endpoint, from the server only (it holds the submit key). */
export interface Submission {
  service: string
  form: number
  locale: Locale
  answers: Answers
  idempotencyKey: string
}

export type SubmitOutcome =
  | { kind: 'accepted'; reference: string }
  | { kind: 'rejected'; errors: FieldError[] }
  | { kind: 'limited'; retryAfterSeconds: number }
  | { kind: 'unavailable' }

/** Past this a person should rather hear "try again" than wait on. */
export const submitTimeoutMs = 10_000

const accepted = z.object({ reference: z.string().min(1) })
const rejected = z.object({ errors: z.array(z.object({ field: z.string(), code: z.string() })) })

const toFieldError = ({ field, code }: { field: string; code: string }): FieldError => ({
  field,
  code: isErrorCode(code) ? code : 'invalidBody',
})

/** `Retry-After` in seconds (1 minute when missing or unreadable; an HTTP date is not what the CMS sends). */
const retryAfterSeconds = (header: string | null) => (/^\d{1,6}$/.test(header ?? '') ? Math.max(1, Number(header)) : 60)

/**
 * Forwards a validated referral. Anything but an answer about the referral itself (network error,
 * timeout, 5xx, a wrong key) is "unavailable": the person keeps their answers and may try again with
 * the same idempotency key. Logs only the kind of failure, never an answer.
 */
export async function submitReferral(submission: Submission, clientKey?: string): Promise<SubmitOutcome> {
  const key = process.env.SUBMIT_API_KEY
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
    const body: unknown = await response.json().catch(() => null)
    const ok = accepted.safeParse(body)
    if ((response.status === 200 || response.status === 201) && ok.success) return { kind: 'accepted', reference: ok.data.reference }
    const problems = rejected.safeParse(body)
    if (response.status === 400 && problems.success) return { kind: 'rejected', errors: problems.data.errors.map(toFieldError) }
    if (response.status === 429) return { kind: 'limited', retryAfterSeconds: retryAfterSeconds(response.headers.get('retry-after')) }
    console.error(`Referral not sent: the CMS answered ${response.status}`)
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code
    console.error(`Referral not sent: ${(error as Error).name}${cause ? ` (${cause})` : ''}`)
  }
  return { kind: 'unavailable' }
}
