import type { Payload } from 'payload'

import { slugs } from '../defaults'
import { type CampaignLanding, isLocale, normalizeCampaignCode } from '../domain'

/** What a campaign code names: an activity of the outreach log or an event. */
export type Campaign =
  | { kind: 'activity'; id: number; code: string; landing: CampaignLanding }
  | { kind: 'event'; id: number; code: string; landing: CampaignLanding | null }

interface ActivityDoc {
  id: number
  campaignCode: string
  landing?: {
    target?: 'check' | 'form' | 'service' | null
    service?: { slug?: string } | null
    locale?: null | string
  } | null
}

interface EventDoc {
  id: number
  campaignCode: string
  slug: string
  _status?: string
  end?: string
  campaignLocale?: null | string
}

const activityLanding = (landing: ActivityDoc['landing']): CampaignLanding => {
  const locale = isLocale(landing?.locale) ? landing.locale : 'sv'
  const service = landing?.service?.slug
  const target = landing?.target ?? 'check'
  return target !== 'check' && service ? { target, service, locale } : { target: 'check', locale }
}

/**
 * An event's link leads to its page in the link's language while the site shows it: published and not
 * yet over.
 */
const eventLanding = (event: EventDoc, now: Date): CampaignLanding | null =>
  event._status === 'published' && event.end && new Date(event.end) > now
    ? {
        target: 'event',
        event: event.slug,
        locale: isLocale(event.campaignLocale) ? event.campaignLocale : 'sv',
      }
    : null

/**
 * The activity or event a code names, or null: any input, typed or linked, malformed included (a code
 * that is not one finds nothing). Reads as the system: the outreach log is never public.
 */
export const findCampaign = async (
  payload: Payload,
  input: unknown,
  now = new Date(),
): Promise<Campaign | null> => {
  const code = normalizeCampaignCode(input)
  if (!code) return null
  const where = { campaignCode: { equals: code } }
  const activities = await payload.find({
    collection: slugs.outreachActivities,
    where,
    limit: 1,
    depth: 1,
    pagination: false,
    overrideAccess: true,
    select: { campaignCode: true, landing: true },
    populate: { [slugs.services]: { slug: true } },
  })
  const activity = activities.docs[0] as unknown as ActivityDoc | undefined
  if (activity)
    return { kind: 'activity', id: activity.id, code, landing: activityLanding(activity.landing) }
  const events = await payload.find({
    collection: slugs.events,
    where,
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    draft: false,
    select: { campaignCode: true, slug: true, _status: true, end: true, campaignLocale: true },
  })
  const event = events.docs[0] as unknown as EventDoc | undefined
  return event ? { kind: 'event', id: event.id, code, landing: eventLanding(event, now) } : null
}

/** The campaign a referral stores: the code, and what it names (resolved here, never taken from the caller). */
export const referralCampaign = async (payload: Payload, input: unknown) => {
  const campaign = await findCampaign(payload, input)
  if (!campaign) return undefined
  return {
    code: campaign.code,
    activity: campaign.kind === 'activity' ? campaign.id : null,
    event: campaign.kind === 'event' ? campaign.id : null,
  }
}
