import type { Endpoint } from 'payload'

import { campaignLinkLimits } from '../defaults'
import { findCampaign } from '../operations/campaigns'
import { checkSubmitLimits, clientKeyHeader, isClientKey } from '../operations/rateLimit'
import { refuse, reply } from './respond'

/**
 * GET /api/campaign-links/:code: where a campaign link leads (target and language) and nothing else,
 * for the site's `/k/<code>`; 404 for a code that leads nowhere (unknown, malformed, or an event no
 * longer on the site). Asked at every visit, so a new activity's link works at once.
 */
export const campaignLinkEndpoint: Endpoint = {
  path: '/campaign-links/:code',
  method: 'get',
  handler: async (req) => {
    const clientKey = req.headers.get(clientKeyHeader)
    const limit = await checkSubmitLimits(
      req.payload,
      clientKey !== null && isClientKey(clientKey) ? clientKey : null,
      campaignLinkLimits,
      'campaign:',
    )
    if (!limit.ok)
      return Response.json(
        {
          errors: [
            { field: 'code', code: 'tooManyRequests', message: 'Too many campaign look-ups.' },
          ],
        },
        {
          status: 429,
          headers: { 'Cache-Control': 'no-store', 'Retry-After': String(limit.retryAfterSeconds) },
        },
      )
    const campaign = await findCampaign(req.payload, String(req.routeParams?.code ?? ''))
    if (!campaign?.landing) return refuse(404, 'code', 'unknownCampaign', 'No such campaign link.')
    return reply(200, campaign.landing)
  },
}
