import { eventTimeZone, htmlLang, type Locale } from '@stodportalen/support-services/domain'

import { te } from '../i18n/events'

const format = (locale: Locale, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat(htmlLang(locale), { ...options, timeZone: eventTimeZone })

/**
 * When an event is, in Swedish time and in the page's language: "torsdag 10 december 2026 klockan
 * 14:00–15:30", or both ends in full when it runs over several days.
 */
export const eventWhen = (event: { start: string; end: string }, locale: Locale): string => {
  const start = new Date(event.start)
  const end = new Date(event.end)
  const day = format(locale, { dateStyle: 'full' })
  const time = format(locale, { timeStyle: 'short' })
  if (day.format(start) === day.format(end))
    return te(locale, 'sameDay', {
      date: day.format(start),
      from: time.format(start),
      to: time.format(end),
    })
  const both = format(locale, { dateStyle: 'full', timeStyle: 'short' })
  return te(locale, 'severalDays', { start: both.format(start), end: both.format(end) })
}
