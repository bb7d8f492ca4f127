import {
  type FieldError,
  htmlLang,
  isErrorCode,
  type Locale,
  placeBands,
  residentPhases,
} from '@stodportalen/support-services/domain'
import { z } from 'zod'

import { cmsUrl } from '../cms/client'
import { clientKey } from './clientKey'

/*
 * The resident's status page (`/min-anmalan/<token>`) asks the CMS on every visit, with the site's key
 * and the client's keyed address; the token travels in the body, never in a URL the CMS logs.
 */

const contact = z.object({
  phone: z.string().nullish(),
  email: z.string().nullish(),
  url: z.string().nullish(),
  openingHours: z.string().nullish(),
})

const viewSchema = z.object({
  reference: z.string(),
  service: z.object({ slug: z.string(), name: z.string(), contact }),
  receivedOn: z.string(),
  phase: z.enum(residentPhases),
  open: z.boolean(),
  queue: z
    .object({
      place: z.enum(placeBands),
      wait: z
        .object({ unit: z.enum(['weeks', 'months']), low: z.number(), high: z.number() })
        .nullable(),
    })
    .nullable(),
  redirect: z.object({ name: z.string(), contact }).nullable(),
  contactRequested: z.boolean(),
})
export type StatusView = z.infer<typeof viewSchema>

export type StatusAnswer =
  | { kind: 'view'; view: StatusView }
  | { kind: 'done'; done: string }
  | { kind: 'closed' }
  | { kind: 'invalid'; errors: FieldError[] }
  | { kind: 'notFound' }
  | { kind: 'limited'; retryAfterSeconds: number }
  | { kind: 'unavailable' }

const errorsSchema = z.object({
  errors: z.array(z.object({ field: z.string(), code: z.string() })),
})

async function post(path: string, body: Record<string, unknown>, clientAddress: string) {
  const key = process.env.SUBMIT_API_KEY
  return fetch(`${cmsUrl()}/api/referrals${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json',
      ...(key && { 'x-submit-key': key }),
      'x-client-key': clientKey(clientAddress),
    },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  })
}

/** Asks the CMS for the page's view (no `action`) or makes a change; never throws. */
export async function askStatus(
  body: { token: string; locale: Locale; action?: string } & Record<string, unknown>,
  clientAddress: string,
): Promise<StatusAnswer> {
  try {
    const response = await post('/status', body, clientAddress)
    const json: unknown = await response.json().catch(() => null)
    if (response.status === 404) return { kind: 'notFound' }
    if (response.status === 409) return { kind: 'closed' }
    if (response.status === 429)
      return {
        kind: 'limited',
        retryAfterSeconds: Number(response.headers.get('retry-after')) || 60,
      }
    if (response.status === 400) {
      const parsed = errorsSchema.safeParse(json)
      if (parsed.success)
        return {
          kind: 'invalid',
          errors: parsed.data.errors.map(({ field, code }) => ({
            field,
            code: isErrorCode(code) ? code : 'invalidBody',
          })),
        }
    }
    if (response.ok && body.action) {
      const done = z.object({ done: z.string() }).safeParse(json)
      if (done.success) return { kind: 'done', done: done.data.done }
    }
    if (response.ok && !body.action) {
      const view = viewSchema.safeParse(json)
      if (view.success) return { kind: 'view', view: view.data }
    }
    console.error(`Status page: the CMS answered ${response.status}`)
    return { kind: 'unavailable' }
  } catch (error) {
    console.error(`Status page: the CMS did not answer (${(error as Error).name})`)
    return { kind: 'unavailable' }
  }
}

/** "I lost my link": the CMS answers the same whether or not anything matched. */
export async function askResend(
  body: { reference: string; contact: string; locale: Locale },
  clientAddress: string,
): Promise<'accepted' | 'limited' | 'unavailable'> {
  try {
    const response = await post('/status/resend', body, clientAddress)
    await response.body?.cancel()
    if (response.status === 429) return 'limited'
    return response.ok ? 'accepted' : 'unavailable'
  } catch {
    return 'unavailable'
  }
}

/** What the status page and the lost-link form send with every answer (README "After sending"). */
export const privatePageHeaders = {
  'Cache-Control': 'no-store',
  'Referrer-Policy': 'no-referrer',
  'X-Robots-Tag': 'noindex, nofollow',
} as const

/** "5 december 2026" in the page's language, from a calendar day (no time zone to shift it). */
export const calendarDayText = (day: string, locale: Locale) =>
  new Intl.DateTimeFormat(htmlLang(locale), { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  )
