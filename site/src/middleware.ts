import { defineMiddleware } from 'astro:middleware'

import { frameAncestors } from '../securityHeaders.mjs'

/**
 * On-demand pages get Astro's content policy as a header, which replaces the one server.mjs sets:
 * it must say who may frame the page too.
 */
export const onRequest = defineMiddleware(async (_, next) => {
  const response = await next()
  const policy = response.headers.get('content-security-policy')
  if (policy && !policy.includes('frame-ancestors')) {
    response.headers.set('content-security-policy', `${policy.trim().replace(/;$/, '')}; ${frameAncestors}`)
  }
  return response
})
