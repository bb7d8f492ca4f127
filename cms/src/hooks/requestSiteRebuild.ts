import type { PayloadRequest } from 'payload'

/**
 * Tells the public site that published content changed, so it rebuilds its static pages. The URL is
 * the deploy pipeline's build hook in production, and the local rebuilder under `npm start`; several
 * site processes that each build their own pages are several URLs, comma-separated. Fire and forget:
 * publishing never waits for, or fails because of, the site.
 */
export const requestSiteRebuild = ({
  req,
  context,
}: {
  req: PayloadRequest
  context?: Record<string, unknown>
}) => {
  const urls = (process.env.SITE_REBUILD_HOOK_URL ?? '').split(',').filter(Boolean)
  if (context?.seeding) return
  for (const url of urls)
    fetch(url.trim(), {
      method: 'POST',
      headers: { authorization: `Bearer ${process.env.SITE_REBUILD_HOOK_TOKEN ?? ''}` },
      signal: AbortSignal.timeout(5000),
    }).catch((error: Error) =>
      req.payload.logger.warn(`Could not request a site rebuild: ${error.message}`),
    )
}
