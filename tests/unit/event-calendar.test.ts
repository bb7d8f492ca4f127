import { describe, expect, it } from 'vitest'

import type { PublicEvent } from '../../site/src/cms/schemas'

import { eventCalendar } from '../../site/src/lib/calendar'

const venueEvent: PublicEvent = {
  eventId: 7,
  slug: 'informationsmote-om-ips',
  kind: 'informationMeeting',
  title: { sv: 'Informationsmöte om IPS', en: 'Information meeting about IPS' },
  text: {},
  // 14:00–15:30 Swedish winter time.
  start: '2026-12-10T13:00:00.000Z',
  end: '2026-12-10T14:30:00.000Z',
  attendance: 'venue',
  venue: {
    name: 'Träffpunkt Kvarnen',
    street: 'Exempelgatan 12',
    postalCode: '753 20',
    city: 'Uppsala',
  },
  cancelled: false,
  audiences: ['clinics'],
  services: [1],
  languages: ['svenska'],
  updatedAt: '2026-12-01T08:00:00.000Z',
}

const context = {
  locale: 'sv' as const,
  url: 'https://stod.example/evenemang/informationsmote-om-ips',
  siteName: 'Stödportalen',
}

/** The VEVENT's properties by name, lines unfolded (RFC 5545 3.1) and parameters dropped. */
const vevent = (ics: string) => {
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n')
  const inner = lines.slice(lines.indexOf('BEGIN:VEVENT') + 1, lines.indexOf('END:VEVENT'))
  return Object.fromEntries(
    inner.map((line) => {
      const colon = line.indexOf(':')
      return [line.slice(0, colon).split(';')[0], line.slice(colon + 1)]
    }),
  )
}

describe('eventCalendar', () => {
  const ics = eventCalendar(venueEvent, context)

  it('is one calendar with one event, in CRLF lines', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n'), ics).toBe(true)
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1)
    expect(ics.trimEnd().endsWith('END:VCALENDAR'), ics).toBe(true)
  })

  it('has a UID that is the same on every build, and the times in UTC', () => {
    const fields = vevent(ics)
    expect(fields.UID).toBe('event-7@stod.example')
    expect(vevent(eventCalendar(venueEvent, context)).UID).toBe(fields.UID)
    expect(fields.DTSTART).toBe('20261210T130000Z')
    expect(fields.DTEND).toBe('20261210T143000Z')
    expect(fields.DTSTAMP).toBe('20261201T080000Z')
  })

  it('names the event, the venue with its address, the page, and is confirmed', () => {
    const fields = vevent(ics)
    expect(fields.SUMMARY).toBe('Informationsmöte om IPS')
    expect(fields.LOCATION).toBe('Träffpunkt Kvarnen\\, Exempelgatan 12\\, 753 20 Uppsala')
    expect(fields.URL).toBe(context.url)
    expect(fields.STATUS).toBe('CONFIRMED')
  })

  it("is written in the page's language", () => {
    const fields = vevent(
      eventCalendar(venueEvent, { ...context, locale: 'en', url: 'https://stod.example/en/x' }),
    )
    expect(fields.SUMMARY).toBe('Information meeting about IPS')
    expect(fields.DESCRIPTION).toBe('Information meeting\\nhttps://stod.example/en/x')
  })

  it('says CANCELLED, in its status and its title, when the event is cancelled', () => {
    const fields = vevent(eventCalendar({ ...venueEvent, cancelled: true }, context))
    expect(fields.STATUS).toBe('CANCELLED')
    expect(fields.SUMMARY).toBe('Inställt: Informationsmöte om IPS')
  })

  it('gives the meeting link as the place of an online event', () => {
    const online = { ...venueEvent, attendance: 'online' as const, venue: null }
    const fields = vevent(
      eventCalendar({ ...online, onlineUrl: 'https://mote.example/ips' }, context),
    )
    expect(fields.LOCATION).toBe('https://mote.example/ips')
  })
})
