import type { Endpoint, PayloadRequest } from 'payload'

import { randomBytes } from 'node:crypto'

import type { SanitizedOptions } from '../sanitizeOptions'

import { type Locale } from '../domain'
import { checkSubmitLimits, clientKeyHeader, isClientKey } from '../operations/rateLimit'
import {
  type ActionResult,
  readStatusReferral,
  recordApplicantRead,
  referralIdForToken,
  requestContact,
  resendStatusLink,
  statusView,
  updateContact,
  withdraw,
} from '../operations/statusPage'
import { refuse, rejectLimited, rejectWith, reply, requestLocale } from './respond'
import { fromSite, wrongSubmitKey } from './siteKey'
import { readJson } from './submit'

type Options = Pick<SanitizedOptions, 'submitKey' | 'statusLimits' | 'privacy' | 'siteUrl' | 'sms'>
type Body = Record<string, unknown>

/** Not found: an unknown, expired or malformed token all answer this, with nothing more. */
const notFound = () => refuse(404, 'token', 'notFound', 'No such status page.')

/**
 * What every status request goes through: the site's key, a JSON body, the client key and the rate
 * limit (counted apart from submissions, under `status:`). Gives the body and locale, or the answer.
 */
const admit = async (
  req: PayloadRequest,
  { submitKey, statusLimits }: Options,
): Promise<{ body: Body; locale: Locale } | { response: Response }> => {
  if (submitKey && !fromSite(req.headers, submitKey)) return { response: wrongSubmitKey() }
  const read = await readJson(req as unknown as Request)
  const body = read.ok && read.body && typeof read.body === 'object' ? (read.body as Body) : null
  const locale = requestLocale(req.headers, body?.locale)
  if (!body) return { response: rejectWith(400, [{ field: 'body', code: 'invalidBody' }], locale) }
  const clientKey = req.headers.get(clientKeyHeader)
  if (clientKey !== null && !isClientKey(clientKey))
    return { response: rejectWith(400, [{ field: clientKeyHeader, code: 'invalidBody' }], locale) }
  const limit = await checkSubmitLimits(req.payload, clientKey, statusLimits, 'status:')
  if (!limit.ok) return { response: rejectLimited(limit.retryAfterSeconds, locale) }
  return { body, locale }
}

const actions = {
  contact: (req: PayloadRequest, id: number, body: Body) => updateContact(req.payload, id, body),
  call: (req: PayloadRequest, id: number) => requestContact(req.payload, id),
  withdraw: (req: PayloadRequest, id: number, body: Body) => withdraw(req.payload, id, body.reason),
} satisfies Record<string, (req: PayloadRequest, id: number, body: Body) => Promise<ActionResult>>

const isAction = (value: unknown): value is keyof typeof actions =>
  typeof value === 'string' && Object.hasOwn(actions, value)

/**
 * POST /api/referrals/status `{ token, locale, action?, … }`: the resident's status page, for the site's
 * server. The token travels in the body, never in a URL the logs keep. Without `action` it answers the
 * page's view (and logs the read as the applicant's own); with one it makes that change and answers
 * `{ done }`, 400 with the field errors, or 409 `{ closed: true }` for a referral already closed.
 */
export const statusEndpoint = (options: Options): Endpoint => ({
  path: '/status',
  method: 'post',
  handler: async (req) => {
    const admitted = await admit(req, options)
    if ('response' in admitted) return admitted.response
    const { body, locale } = admitted
    const id = await referralIdForToken(req.payload, body.token)
    if (id === null) return notFound()
    if (body.action !== undefined) {
      if (!isAction(body.action))
        return rejectWith(400, [{ field: 'action', code: 'notAnOption' }], locale)
      const result = await actions[body.action](req, id, body)
      if (result.ok) return reply(200, { done: result.done })
      if ('closed' in result) return reply(409, { closed: true })
      return rejectWith(400, result.errors, locale)
    }
    const referral = await readStatusReferral(req.payload, id)
    const view = await statusView(req.payload, referral, locale)
    await recordApplicantRead(req.payload, referral)
    return reply(200, view)
  },
})

/**
 * POST /api/referrals/status/resend `{ reference, contact, locale }`: "I lost my link". Always 202,
 * before any lookup is done, so neither the answer nor its timing says whether anything matched.
 */
export const statusResendEndpoint = (options: Options): Endpoint => ({
  path: '/status/resend',
  method: 'post',
  handler: async (req) => {
    const admitted = await admit(req, options)
    if ('response' in admitted) return admitted.response
    const { body, locale } = admitted
    const deps = {
      lookupHash: options.privacy.lookupHash,
      cipher: options.privacy.cipher,
      siteUrl: options.siteUrl,
      randomBytes: (size: number) => randomBytes(size),
      sms: options.sms,
    }
    resendStatusLink(
      req.payload,
      { reference: body.reference, contact: body.contact, locale },
      deps,
    )
      // The log says that it failed, never for whom.
      .catch((error: unknown) =>
        req.payload.logger.error(
          `A status link could not be resent (${error instanceof Error ? error.name : 'error'}).`,
        ),
      )
    return reply(202, { accepted: true })
  },
})
