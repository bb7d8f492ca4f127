import type { Endpoint } from 'payload'

import { randomBytes } from 'node:crypto'

import type { SanitizedOptions } from '../sanitizeOptions'

import { maxSubmitBytes } from '../defaults'
import { checkSubmitLimits, clientKeyHeader, isClientKey } from '../operations/rateLimit'
import { submitReferral } from '../operations/submitReferral'
import { rejectLimited, rejectWith, reply, requestLocale } from './respond'
import { fromSite, wrongSubmitKey } from './siteKey'

export const readJson = async (
  req: Request,
): Promise<{ ok: true; body: unknown } | { ok: false; status: number }> => {
  if (!/^application\/json\b/i.test(req.headers.get('content-type') ?? ''))
    return { ok: false, status: 415 }
  if (Number(req.headers.get('content-length') ?? 0) > maxSubmitBytes)
    return { ok: false, status: 413 }
  const text = await req.text()
  if (Buffer.byteLength(text) > maxSubmitBytes) return { ok: false, status: 413 }
  try {
    return { ok: true, body: JSON.parse(text) }
  } catch {
    return { ok: false, status: 400 }
  }
}

/**
 * POST /api/referrals/submit: answers with the reference number and nothing else of what was stored,
 * plus the status link's token when the CMS drew it (the site proposes its own; see submitReferral).
 * The answer does not wait for the notification e-mails: the referral is stored by then, and a slow or
 * failing mail server must not keep the resident waiting or make them send it again. Over a rate
 * limit it answers 429 with the time to wait (see operations/rateLimit).
 */
export const submitEndpoint = ({
  submitKey,
  notifications,
  submitLimits: limits,
  siteUrl,
}: Pick<
  SanitizedOptions,
  'submitKey' | 'notifications' | 'submitLimits' | 'siteUrl'
>): Endpoint => ({
  path: '/submit',
  method: 'post',
  handler: async (req) => {
    const request = req as unknown as Request
    if (submitKey && !fromSite(req.headers, submitKey)) return wrongSubmitKey()
    const read = await readJson(request)
    if (!read.ok)
      return rejectWith(
        read.status,
        [{ field: 'body', code: 'invalidBody' }],
        requestLocale(req.headers),
      )

    const locale = requestLocale(req.headers, (read.body as { locale?: unknown } | null)?.locale)
    const clientKey = req.headers.get(clientKeyHeader)
    if (clientKey !== null && !isClientKey(clientKey))
      return rejectWith(400, [{ field: clientKeyHeader, code: 'invalidBody' }], locale)
    const limit = await checkSubmitLimits(req.payload, clientKey, limits)
    if (!limit.ok) return rejectLimited(limit.retryAfterSeconds, locale)
    // Only the site, known by its key, may propose the reference it already gave the person.
    const deps = {
      randomBytes: (size: number) => randomBytes(size),
      notifications,
      siteUrl,
      mayProposeReference: Boolean(submitKey),
    }
    const result = await submitReferral(req.payload, read.body, deps)
    if (!result.ok) return rejectWith(400, result.errors, locale)
    return reply(result.created ? 201 : 200, {
      reference: result.reference,
      ...(result.statusToken && { statusToken: result.statusToken }),
    })
  },
})
