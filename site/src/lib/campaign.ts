import {
  type CampaignLanding,
  isLocale,
  type Locale,
  normalizeCampaignCode,
} from '@stodportalen/support-services/domain'
import { z } from 'zod'

import { cmsUrl } from '../cms/client'
import { localePath } from '../i18n/routes'
import { clientKey } from './clientKey'
import { allEvents, allServices, hasForm } from './content'

/**
 * Campaign codes on the site: `/k/<code>` asks the CMS where the code leads, and the code then rides
 * along in the URL (`?k=`) and in hidden fields through the check and the form, never in a cookie or
 * browser storage. A code is not personal data; it names an activity of the outreach log.
 */
export const campaignParam = 'k'

/** The code a request carries: a posted hidden field's first, then the URL's; null when there is none. */
export const campaignOf = (url: URL, posted?: FormDataEntryValue | null): null | string =>
  normalizeCampaignCode(posted) ?? normalizeCampaignCode(url.searchParams.get(campaignParam))

/** A site path with the code added, when there is one. */
export const withCampaign = (path: string, code: null | string | undefined) =>
  code ? `${path}${path.includes('?') ? '&' : '?'}${campaignParam}=${code}` : path

/**
 * A service page's address. With a code it is the page's on-demand variant (pages/…/stod/[slug]/kampanj),
 * whose links to the check and the form carry the code: the prerendered page is the same file for every
 * visitor and cannot, and a script could not help a browser without JavaScript.
 */
export const servicePageHref = (locale: Locale, slug: string, code: null | string | undefined) =>
  code
    ? withCampaign(localePath(locale, `stod/${slug}/kampanj`), code)
    : localePath(locale, `stod/${slug}`)

const landingSchema = z.union([
  z.object({ target: z.literal('check'), locale: z.string() }),
  z.object({ target: z.enum(['service', 'form']), service: z.string(), locale: z.string() }),
  z.object({ target: z.literal('event'), event: z.string(), locale: z.string() }),
])

/** Where the CMS says a code leads; null for an unknown code or when the CMS does not answer. */
async function landingOf(code: string, clientAddress: string): Promise<CampaignLanding | null> {
  try {
    const response = await fetch(`${cmsUrl()}/api/campaign-links/${code}`, {
      headers: { accept: 'application/json', 'x-client-key': clientKey(clientAddress) },
      signal: AbortSignal.timeout(5000),
    })
    if (!response.ok) return null
    const parsed = landingSchema.safeParse(await response.json())
    return parsed.success ? (parsed.data as CampaignLanding) : null
  } catch {
    return null
  }
}

/**
 * The page a campaign link leads to, with its code; the home page for a code that leads nowhere (not a
 * code, unknown, an event no longer on the site, a service the site does not show).
 */
export async function campaignTarget(input: string, clientAddress: string): Promise<string> {
  const code = normalizeCampaignCode(input)
  const landing = code && (await landingOf(code, clientAddress))
  if (!code || !landing) return '/'
  const locale = isLocale(landing.locale) ? landing.locale : 'sv'
  const path = await landingPath(landing)
  return path === null ? '/' : withCampaign(localePath(locale, path), code)
}

async function landingPath(landing: CampaignLanding): Promise<null | string> {
  if (landing.target === 'check') return 'passar-det-mig'
  if (landing.target === 'event')
    return (await allEvents()).some((e) => e.slug === landing.event)
      ? `evenemang/${landing.event}/kampanj`
      : null
  const service = (await allServices()).find((s) => s.slug === landing.service)
  if (!service) return null
  // A service that takes no referrals now, or has no form in use, still has its page: the page's
  // campaign variant, so its links carry the code (servicePageHref).
  return landing.target === 'form' && service.status === 'open' && (await hasForm(service))
    ? `stod/${service.slug}/anmalan`
    : `stod/${service.slug}/kampanj`
}
