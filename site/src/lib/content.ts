import { localize, type Locale, type LocalizedText } from '@stodportalen/support-services/domain'
import { getCollection, getEntry } from 'astro:content'

import type { QueueStatus, Service } from '../cms/schemas'

export type PublicService = Service & { serviceId: number }

export const allServices = async () => (await getCollection('services')).map((entry) => entry.data as PublicService)

export const queueStatusOf = async (slug: string) => (await getEntry('queueStatus', slug))?.data as QueueStatus | undefined

/** A localized text in this locale, Swedish when it has not been written yet. */
export const text = (value: LocalizedText | null | undefined, locale: Locale) => (value ? localize(value, locale) : '')

/** A list localized as a whole, Swedish when this language has none. */
export const list = <T>(value: Record<string, T[] | null | undefined> | null | undefined, locale: Locale): T[] =>
  value?.[locale] ?? (locale === 'lattlast' ? value?.sv : undefined) ?? value?.sv ?? []
