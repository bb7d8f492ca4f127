/**
 * Retention (gallring): when a closed referral is deleted, and when a closed case is anonymised.
 * Pure rules; the plugin's retention operation applies them to the database with a clock it is given.
 */
import type { Status } from './workflow'

/**
 * The closings a referral can reach without ever being a case: every closing status except `closed`,
 * which only an enrolled or active case reaches. Whether a redirected, withdrawn or merged referral was
 * ever enrolled is read from its history, not from `enrolledAt`: a move to another service clears it.
 */
export const closingsWithoutCase = [
  'redirected',
  'declined',
  'withdrawn',
  'merged',
] as const satisfies readonly Status[]

/** A referral never taken into a case is deleted this many days after it closed, unless its service says otherwise. */
export const defaultDeleteAfterDays = 30

/** A closed case is anonymised this many years after it closed, unless its service says otherwise. */
export const defaultAnonymiseAfterYears = 2

const msPerDay = 86_400_000

/**
 * Referrals closed at or before this instant are due for deletion: `days` whole days of 24 hours
 * before `now`, whatever the time zone or summer time.
 */
export function deletionCutoff(now: Date, days: number): Date {
  if (!Number.isInteger(days) || days < 1)
    throw new RangeError(`days must be a whole number ≥ 1: ${days}`)
  return new Date(now.getTime() - days * msPerDay)
}

/**
 * Cases closed at or before this instant are due for anonymisation: the same moment `years` calendar
 * years before `now` (UTC); from 29 February, the 28th.
 */
export function anonymisationCutoff(now: Date, years: number): Date {
  if (!Number.isInteger(years) || years < 1)
    throw new RangeError(`years must be a whole number ≥ 1: ${years}`)
  const cutoff = new Date(now.getTime())
  cutoff.setUTCFullYear(now.getUTCFullYear() - years)
  // setUTCFullYear rolls 29 February into 1 March in a common year; stay in February.
  if (cutoff.getUTCMonth() !== now.getUTCMonth()) cutoff.setUTCDate(0)
  return cutoff
}
