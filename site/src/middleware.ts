import { defineMiddleware } from 'astro:middleware'

import { frameAncestors } from '../securityHeaders.mjs'
import { compressResponse } from './lib/compressResponse'
import { isForbiddenCrossSitePost } from './lib/originCheck'

/**
 * On-demand pages get Astro's content policy as a header, which replaces the one server.mjs sets:
 * it must say who may frame the page too. They are compressed as they are sent; prerendered pages
 * are compressed once at build time (precompress.mjs), so they are left as they are here. Cross-site
 * form posts are refused here rather than by Astro's `checkOrigin` (see lib/originCheck.ts).
 */
export const onRequest = defineMiddleware(async (context, next) => {
  if (!context.isPrerendered && isForbiddenCrossSitePost(context.request, context.url))
    return new Response(`Cross-site ${context.request.method} form submissions are forbidden`, {
      status: 403,
    })
  const response = await next()
  const policy = response.headers.get('content-security-policy')
  if (policy && !policy.includes('frame-ancestors')) {
    response.headers.set(
      'content-security-policy',
      `${policy.trim().replace(/;$/, '')}; ${frameAncestors}`,
    )
  }
  return context.isPrerendered ? response : compressResponse(context.request, response)
})
