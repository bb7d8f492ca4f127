import { type Locale, localize } from '@stodportalen/support-services/domain'
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator'

import type { PublicEvent } from '../cms/schemas'

import { te } from '../i18n/events'

export interface CalendarContext {
  locale: Locale
  /** The event page's absolute address: the calendar entry links back to it. */
  url: string
  /** The site's name, as the calendar's product and name. */
  siteName: string
}

/** Where the event is, on one line: the venue and its address, or the meeting link. */
const locationOf = (event: PublicEvent) => {
  if (event.attendance === 'online') return event.onlineUrl ?? ''
  const venue = event.venue
  const postal = [venue?.postalCode, venue?.city].filter(Boolean).join(' ')
  return [venue?.name, venue?.street, postal].filter(Boolean).join(', ')
}

/**
 * An iCalendar file (RFC 5545) with the one event, times in UTC. The UID is the event's id in the
 * CMS (not its slug, which editors may change), so a calendar that imports the file again (say, after a cancellation) updates its entry.
 */
export const eventCalendar = (event: PublicEvent, { locale, url, siteName }: CalendarContext) => {
  const calendar = ical({
    name: siteName,
    prodId: { company: siteName, product: 'evenemang', language: locale.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
  })
  calendar.createEvent({
    id: `event-${event.eventId}@${new URL(url).host}`,
    // The last change, not the build time: the same event gives the same file on every build.
    stamp: new Date(event.updatedAt),
    start: new Date(event.start),
    end: new Date(event.end),
    summary: `${event.cancelled ? `${te(locale, 'cancelled')}: ` : ''}${localize(event.title, locale)}`,
    description: `${te(locale, `kind.${event.kind}`)}\n${url}`,
    location: locationOf(event),
    url,
    status: event.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  })
  return calendar.toString()
}
