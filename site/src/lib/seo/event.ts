import {
  eventTimeZone,
  htmlLang,
  type Locale,
  localize,
} from '@stodportalen/support-services/domain'

import type { PublicEvent } from '../../cms/schemas'

/** "2026-12-10T14:00:00+01:00": the instant as Swedish wall-clock time with its offset. */
export const swedishIso = (instant: string): string => {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: eventTimeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'longOffset',
    })
      .formatToParts(new Date(instant))
      .map((part) => [part.type, part.value]),
  )
  const offset = parts.timeZoneName.replace('GMT', '') || '+00:00'
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${offset}`
}

/** Language names editors write (Swedish or English) as BCP 47 codes; codes and other names pass. */
const languageCodes: Record<string, string> = {
  svenska: 'sv',
  swedish: 'sv',
  engelska: 'en',
  english: 'en',
  arabiska: 'ar',
  arabic: 'ar',
  finska: 'fi',
  finnish: 'fi',
  somaliska: 'so',
  somali: 'so',
  persiska: 'fa',
  persian: 'fa',
  dari: 'prs',
  tigrinja: 'ti',
  tigrinya: 'ti',
  teckenspråk: 'swl',
}

const languageCode = (name: string) => languageCodes[name.trim().toLowerCase()] ?? name.trim()

export interface EventPageContext {
  locale: Locale
  /** The event page's absolute address. */
  url: string
  organizer: { name: string; url: string }
}

/** schema.org `Event` for an event page, as search engines read it. */
export const eventJsonLd = (event: PublicEvent, { locale, url, organizer }: EventPageContext) => {
  const online = event.attendance === 'online'
  const venue = event.venue
  const spoken = (event.languages ?? []).map(languageCode)
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: localize(event.title, locale),
    url,
    startDate: swedishIso(event.start),
    endDate: swedishIso(event.end),
    eventStatus: `https://schema.org/${event.cancelled ? 'EventCancelled' : 'EventScheduled'}`,
    eventAttendanceMode: `https://schema.org/${online ? 'Online' : 'Offline'}EventAttendanceMode`,
    location: online
      ? { '@type': 'VirtualLocation', url: event.onlineUrl ?? url }
      : {
          '@type': 'Place',
          name: venue?.name ?? '',
          address: {
            '@type': 'PostalAddress',
            ...(venue?.street && { streetAddress: venue.street }),
            ...(venue?.postalCode && { postalCode: venue.postalCode }),
            ...(venue?.city && { addressLocality: venue.city }),
            addressCountry: 'SE',
          },
        },
    organizer: { '@type': 'Organization', name: organizer.name, url: organizer.url },
    inLanguage: spoken.length === 1 ? spoken[0] : spoken.length > 1 ? spoken : htmlLang(locale),
  }
}
