import { describe, expect, it } from 'vitest'

import type { PublicEvent } from '../../site/src/cms/schemas'

import { eventJsonLd, swedishIso } from '../../site/src/lib/seo/event'
import { jsonLdScript } from '../../site/src/lib/seo/jsonLd'

const event: PublicEvent = {
  eventId: 7,
  slug: 'jobbmassa',
  kind: 'jobFair',
  title: { sv: 'Jobbmässa', en: 'Job fair', ar: 'معرض وظائف' },
  text: {},
  start: '2027-06-10T08:00:00.000Z',
  end: '2027-06-10T13:00:00.000Z',
  attendance: 'venue',
  venue: {
    name: 'Exempelhallen',
    street: 'Påhittade vägen 4',
    postalCode: '753 30',
    city: 'Uppsala',
  },
  cancelled: false,
  audiences: ['employers'],
  services: [1],
  languages: ['svenska', 'Arabiska'],
  updatedAt: '2027-06-01T08:00:00.000Z',
}

const context = {
  locale: 'en' as const,
  url: 'https://stod.example/en/evenemang/jobbmassa',
  organizer: { name: 'Stödportalen', url: 'https://stod.example/en/' },
}

describe('swedishIso', () => {
  it('gives Swedish wall-clock time with the offset of the day (summer and winter)', () => {
    expect(swedishIso('2027-06-10T08:00:00.000Z')).toBe('2027-06-10T10:00:00+02:00')
    expect(swedishIso('2026-12-10T13:00:00.000Z')).toBe('2026-12-10T14:00:00+01:00')
  })
})

describe('eventJsonLd', () => {
  it('describes an event at a venue, scheduled, in the page language', () => {
    expect(eventJsonLd(event, context)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: 'Job fair',
      url: context.url,
      startDate: '2027-06-10T10:00:00+02:00',
      endDate: '2027-06-10T15:00:00+02:00',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: {
        '@type': 'Place',
        name: 'Exempelhallen',
        address: {
          '@type': 'PostalAddress',
          streetAddress: 'Påhittade vägen 4',
          postalCode: '753 30',
          addressLocality: 'Uppsala',
          addressCountry: 'SE',
        },
      },
      organizer: { '@type': 'Organization', name: 'Stödportalen', url: 'https://stod.example/en/' },
      inLanguage: ['sv', 'ar'],
    })
  })

  it('describes a cancelled online event with a virtual location', () => {
    const ld = eventJsonLd(
      {
        ...event,
        attendance: 'online',
        onlineUrl: 'https://mote.example/x',
        venue: null,
        cancelled: true,
        languages: [],
      },
      context,
    )
    expect(ld.eventStatus).toBe('https://schema.org/EventCancelled')
    expect(ld.eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode')
    expect(ld.location).toEqual({ '@type': 'VirtualLocation', url: 'https://mote.example/x' })
    expect(ld.inLanguage).toBe('en')
  })
})

describe('jsonLdScript', () => {
  it('cannot close its script element, and reads back as the same data', () => {
    const data = { name: '</script><script>alert(1)</script> & <!--' }
    const serialised = jsonLdScript(data)
    expect(serialised).not.toMatch(/[<>&]/)
    expect(JSON.parse(serialised)).toEqual(data)
  })
})
