import type { Endpoint } from 'payload'

import { checkEligibility } from '../operations/checkEligibility'
import { findServiceBySlug } from '../operations/findService'
import { queueStatus } from '../operations/queueStatus'
import { rejectWith, reply, requestLocale } from './respond'

const slugOf = (req: { routeParams?: Record<string, unknown> }) =>
  String(req.routeParams?.slug ?? '')

/** GET /api/services/:slug/queue-status: aggregates only, briefly cacheable. */
export const queueStatusEndpoint: Endpoint = {
  path: '/:slug/queue-status',
  method: 'get',
  handler: async (req) => {
    const service = await findServiceBySlug(req.payload, slugOf(req))
    if (!service)
      return rejectWith(
        404,
        [{ field: 'service', code: 'unknownService' }],
        requestLocale(req.headers),
      )
    const status = await queueStatus(req.payload, { id: service.id, slug: service.slug })
    return reply(200, status, { 'Cache-Control': 'public, max-age=60' })
  },
}

/** POST /api/services/:slug/eligibility with the applicant's facts: per-criterion results, never a refusal. */
export const eligibilityEndpoint: Endpoint = {
  path: '/:slug/eligibility',
  method: 'post',
  handler: async (req) => {
    const locale = requestLocale(req.headers)
    const service = await findServiceBySlug(req.payload, slugOf(req))
    if (!service) return rejectWith(404, [{ field: 'service', code: 'unknownService' }], locale)
    const body = await (req as unknown as Request).json().catch(() => undefined)
    const checked = checkEligibility(service, body)
    if (!checked.ok) return rejectWith(400, checked.errors, locale)
    return reply(200, checked.result)
  },
}
