import {
  eventAudiences,
  eventTimesError,
  slugFromTitle,
} from '@stodportalen/support-services/domain'
import { describe, expect, it } from 'vitest'

import { events, swedishTime } from '../../seed/data/events'
import { pageAudiences } from '../../site/src/cms/schemas'

describe('eventTimesError', () => {
  it('accepts an event that ends after it starts', () => {
    expect(
      eventTimesError({ start: '2026-12-10T13:00:00.000Z', end: '2026-12-10T14:30:00.000Z' }),
    ).toBeNull()
  })

  it.each([
    ['ends before it starts', '2026-12-10T13:00:00.000Z', '2026-12-10T12:00:00.000Z'],
    ['ends as it starts', '2026-12-10T13:00:00.000Z', '2026-12-10T13:00:00.000Z'],
  ])('refuses an event that %s, in Swedish, naming both fields', (_, start, end) => {
    const message = eventTimesError({ start, end })
    expect(message).toMatch(/”Slutar” måste vara senare än ”Börjar”/)
  })

  it('leaves missing or unreadable times to the required-field check', () => {
    expect(eventTimesError({ start: '2026-12-10T13:00:00.000Z' })).toBeNull()
    expect(eventTimesError({ start: 'not a date', end: '2026-12-10T13:00:00.000Z' })).toBeNull()
  })
})

describe('slugFromTitle', () => {
  it.each([
    ['Öppet hus för arbetsgivare', 'oppet-hus-for-arbetsgivare'],
    ['Drop-in: frågor om studier!', 'drop-in-fragor-om-studier'],
    ['  IPS – informationsmöte 2026 ', 'ips-informationsmote-2026'],
  ])('%s → %s', (title, slug) => {
    expect(slugFromTitle(title)).toBe(slug)
  })
})

describe('event audiences', () => {
  it("are the pages' audiences, without the pages about the site itself", () => {
    expect([...eventAudiences, 'about'].sort()).toEqual([...pageAudiences].sort())
  })
})

describe('seed events', () => {
  it('are upcoming wherever the seed runs, at the Swedish times written (winter and summer)', () => {
    for (const today of [new Date('2026-01-15T23:30:00Z'), new Date('2026-07-01T05:00:00Z')]) {
      for (const event of events) {
        const start = swedishTime(today, event.inDays, event.from)
        const end = swedishTime(today, event.inDays, event.to)
        expect(start.getTime(), event.slug).toBeGreaterThan(today.getTime())
        expect(eventTimesError({ start, end }), event.slug).toBeNull()
        const local = new Intl.DateTimeFormat('sv-SE', {
          timeZone: 'Europe/Stockholm',
          timeStyle: 'short',
        }).format(start)
        expect(local, event.slug).toBe(event.from)
      }
    }
  })

  it('have four upcoming events and one cancelled, one of them online, with unique slugs', () => {
    expect(events.filter((e) => !e.cancelled)).toHaveLength(4)
    expect(events.filter((e) => e.cancelled)).toHaveLength(1)
    expect(events.some((e) => 'online' in e.place)).toBe(true)
    expect(new Set(events.map((e) => e.slug)).size).toBe(events.length)
    for (const e of events) expect(slugFromTitle(e.slug)).toBe(e.slug)
  })
})
