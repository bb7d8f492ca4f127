/** Calendar dates as 'YYYY-MM-DD' strings: no time zones, no clocks. */

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/
const msPerDay = 86_400_000

export interface CalendarDate {
  year: number
  month: number // 1–12
  day: number
}

/** Parses 'YYYY-MM-DD' and rejects dates that do not exist, such as 2025-02-29. */
export function parseIsoDate(value: string): CalendarDate | null {
  const match = isoDatePattern.exec(value)
  if (!match) return null
  const [year, month, day] = match.slice(1).map(Number)
  const date = new Date(Date.UTC(year, month - 1, day))
  const exists =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  return exists ? { year, month, day } : null
}

export function isIsoDate(value: string): boolean {
  return parseIsoDate(value) !== null
}

function parseOrThrow(value: string): CalendarDate {
  const date = parseIsoDate(value)
  if (!date) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${value}`)
  return date
}

/**
 * Age in whole years. Someone born on 29 February turns a year older on 1 March in other years,
 * which is how Swedish law counts it.
 */
export function ageOn(dateOfBirth: string, today: string): number {
  const born = parseOrThrow(dateOfBirth)
  const now = parseOrThrow(today)
  const hadBirthday = now.month > born.month || (now.month === born.month && now.day >= born.day)
  return now.year - born.year - (hadBirthday ? 0 : 1)
}

/** Days since 1970-01-01 for a 'YYYY-MM-DD' string, an ISO timestamp or a Date (its UTC date). */
export function epochDay(value: string | Date): number {
  const calendar = typeof value === 'string' ? parseIsoDate(value) : null
  if (calendar) return Date.UTC(calendar.year, calendar.month - 1, calendar.day) / msPerDay
  const date = typeof value === 'string' ? new Date(value) : value
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a date: ${String(value)}`)
  return Math.floor(date.getTime() / msPerDay)
}

/** Formatters are costly to make (a good part of a millisecond each), so each is made once. */
const formatters = new Map<string, Intl.DateTimeFormat>()
function formatter(kind: 'date' | 'dateTime', timeZone: string): Intl.DateTimeFormat {
  const key = `${kind} ${timeZone}`
  let made = formatters.get(key)
  if (!made) {
    made =
      kind === 'date'
        ? new Intl.DateTimeFormat('en-CA', {
            timeZone,
            year: 'numeric',
            month: '2-digit',
            day: '2-digit',
          })
        : new Intl.DateTimeFormat('en-GB', {
            timeZone,
            hourCycle: 'h23',
            year: 'numeric',
            month: 'numeric',
            day: 'numeric',
            hour: 'numeric',
            minute: 'numeric',
            second: 'numeric',
          })
    formatters.set(key, made)
  }
  return made
}

/**
 * The calendar date at `now` in a time zone (Sweden by default), as 'YYYY-MM-DD'.
 * Callers pass `now`, so the domain never reads the clock itself.
 */
export function calendarDate(now: Date, timeZone = 'Europe/Stockholm'): string {
  const parts = formatter('date', timeZone).formatToParts(now)
  const part = (type: string) => parts.find((p) => p.type === type)?.value
  return `${part('year')}-${part('month')}-${part('day')}`
}

/** How far a time zone's clocks are ahead of UTC at `at`, in milliseconds. */
function zoneOffset(at: number, timeZone: string): number {
  const parts = formatter('dateTime', timeZone).formatToParts(new Date(at))
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value)
  return (
    Date.UTC(
      part('year'),
      part('month') - 1,
      part('day'),
      part('hour'),
      part('minute'),
      part('second'),
    ) -
    Math.floor(at / 1000) * 1000
  )
}

/**
 * The instant a calendar day (plus `plusDays`) begins in a time zone (Sweden by default). Swedish clocks
 * change at 02:00 and 03:00, so midnight always exists once.
 */
export function startOfDay(date: string, plusDays = 0, timeZone = 'Europe/Stockholm'): Date {
  const midnightUtc = (epochDay(date) + plusDays) * msPerDay
  const guess = midnightUtc - zoneOffset(midnightUtc, timeZone)
  return new Date(midnightUtc - zoneOffset(guess, timeZone))
}
