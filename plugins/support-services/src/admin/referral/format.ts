import { calendarDate } from '../../domain/dates'

/** Staff read times in Swedish time, written the Swedish way ("2026-05-02 14:03"). */
const dateTime = new Intl.DateTimeFormat('sv-SE', {
  dateStyle: 'short',
  timeStyle: 'short',
  timeZone: 'Europe/Stockholm',
})

export const formatDateTime = (iso: string) => dateTime.format(new Date(iso))

/**
 * A stored date field (a timestamp at midnight, UTC or local) as the calendar day it stands for.
 * Already a 'YYYY-MM-DD' day: returned as is.
 */
export const formatDate = (value: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : calendarDate(new Date(value))

/** A list in Swedish: "A, B och C". */
export const listText = (items: readonly string[]) =>
  items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} och ${items[items.length - 1]}`
