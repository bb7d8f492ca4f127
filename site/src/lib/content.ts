import { type Locale, localize, type LocalizedText } from '@stodportalen/support-services/domain'
import { getCollection, getEntry } from 'astro:content'

import type { PublicPage, PublicService } from '../cms/public'
import type { PublicEvent, PublicStory, QueueStatus, ReferralForm, Unit } from '../cms/schemas'

/** Pages as the site keeps them: a page's text as HTML by language (see cms/public.ts). */
export type { PublicPage, PublicService } from '../cms/public'
export type { PublicEvent, PublicStory, Unit } from '../cms/schemas'

export const allServices = async () =>
  (await getCollection('services')).map((entry) => entry.data as PublicService)

/** Whether a service has a form in use: without one its form page answers 404, so nothing links there. */
export const hasForm = async (service: PublicService) =>
  (await getCollection('referralForms')).some(
    (entry) => (entry.data as ReferralForm).service === service.serviceId,
  )

/** The units, by name, each under its id in the CMS (the collection keys entries by that id as text). */
export const allUnits = async () =>
  (await getCollection('units')).map((entry) => ({ ...(entry.data as Unit), id: Number(entry.id) }))

export const queueStatusOf = async (slug: string) =>
  (await getEntry('queueStatus', slug))?.data as QueueStatus | undefined

/** A localized text in this locale, Swedish when it has not been written yet. */
export const text = (value: LocalizedText | null | undefined, locale: Locale) =>
  value ? localize(value, locale) : ''

/** A list localized as a whole, Swedish when this language has none. */
export const list = <T>(
  value: Record<string, T[] | null | undefined> | null | undefined,
  locale: Locale,
): T[] => value?.[locale] ?? value?.sv ?? []

/** Editor-written pages (/om/<slug>), in the editors' order. */
export const allPages = async () =>
  (await getCollection('pages'))
    .map((entry) => entry.data as PublicPage)
    .sort((a, b) => (a.order ?? 0) - (b.order ?? 0))

/** The pages for the people around the target group, without those about the site itself. */
export const audiencePages = async () =>
  (await allPages()).filter((page) => page.audience !== 'about')

/**
 * A page's text in this locale as HTML (made as the content was loaded: lib/richText.ts). Swedish
 * when this language has not been written yet: `fallback` tells the page to mark it as Swedish.
 */
export const richText = (html: PublicPage['body'], locale: Locale) => ({
  html: html[locale] ?? html.sv,
  fallback: !html[locale],
})

/** Published events that had not ended when the site was built, soonest first. */
export const allEvents = async () =>
  (await getCollection('events'))
    .map((entry) => entry.data as PublicEvent)
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start))

/** The next few events, all of them or those for one audience or one service (by its id). */
export const upcomingEvents = async (
  filter: { audience?: string; serviceId?: number } = {},
  limit = 3,
) =>
  (await allEvents())
    .filter(
      (event) =>
        (!filter.audience || (event.audiences ?? []).includes(filter.audience as never)) &&
        (filter.serviceId === undefined || (event.services ?? []).includes(filter.serviceId)),
    )
    .slice(0, limit)

/** Published stories, newest first; those of one service when its id is given. */
export const allStories = async (filter: { serviceId?: number } = {}) =>
  (await getCollection('stories'))
    .map((entry) => entry.data as PublicStory)
    .filter((story) => filter.serviceId === undefined || story.service === filter.serviceId)
    .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt))
