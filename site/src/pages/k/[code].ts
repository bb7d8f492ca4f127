import type { APIRoute } from 'astro'

import { campaignTarget } from '../../lib/campaign'

// Asked at every visit: a code made a minute ago works at once, and one that no longer leads anywhere
// lands on the home page, never an error.
export const prerender = false

/** GET /k/<code>: a campaign link from a printed sheet, a poster or a post. */
export const GET: APIRoute = async ({ params, clientAddress }) =>
  new Response(null, {
    status: 303,
    headers: {
      Location: await campaignTarget(params.code ?? '', clientAddress),
      'Cache-Control': 'no-store',
    },
  })
