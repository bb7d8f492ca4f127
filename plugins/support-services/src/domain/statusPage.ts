/**
 * The resident's private status page (`/min-anmalan/<token>`): what the link is, how long it works,
 * and how a referral's status is said to the person it is about. Staff statuses are many; the resident
 * sees a few plain phases, and a place in the queue only as a band (never an exact small number).
 */
import type { Status } from './workflow'

import { defaultLocale, type Locale } from './locales'

/** 32 random bytes, base64url: 256 bits, far past guessing. */
export const statusTokenBytes = 32
const statusTokenPattern = /^[A-Za-z0-9_-]{43}$/

/** Whether a text has the shape of a status link's token (checked before any lookup). */
export const isStatusTokenShape = (value: unknown): value is string =>
  typeof value === 'string' && statusTokenPattern.test(value)

/** base64url of the bytes, without padding (what `Buffer#toString('base64url')` gives, in pure TS). */
export function base64url(bytes: Uint8Array): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
  let out = ''
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0)
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6))
    for (let c = 0; c < chars; c++) out += alphabet[(n >> (18 - 6 * c)) & 63]
  }
  return out
}

/** A new token from injected randomness (node:crypto on the server). */
export const newStatusToken = (randomBytes: (size: number) => Uint8Array) =>
  base64url(randomBytes(statusTokenBytes))

/** The page's path on the site: `/min-anmalan/<token>`, under the language's prefix. */
export const statusPagePath = (locale: Locale, token = '') =>
  `${locale === defaultLocale ? '' : `/${locale}`}/min-anmalan/${token}`

/** The link keeps working this long after the referral is closed, then it answers like any unknown path. */
export const statusLinkDaysAfterClosing = 90

/** Whether the link still works: always while the referral is open, then 90 days after it closed. */
export function statusLinkWorks(closedAt: string | Date | null | undefined, now: Date): boolean {
  if (!closedAt) return true
  const closed = new Date(closedAt).getTime()
  if (Number.isNaN(closed)) return true
  return now.getTime() < closed + statusLinkDaysAfterClosing * 86_400_000
}

/** Where the referral stands, in the resident's terms. */
export const residentPhases = [
  'received',
  'lookedAt',
  'queued',
  'paused',
  'firstContact',
  'started',
  'closed',
  'redirected',
  'withdrawn',
  'merged',
] as const
export type ResidentPhase = (typeof residentPhases)[number]

const phaseOfStatus: Record<Status, ResidentPhase> = {
  received: 'received',
  screened: 'lookedAt',
  waiting: 'queued',
  onHold: 'paused',
  firstContact: 'firstContact',
  enrolled: 'started',
  active: 'started',
  closed: 'closed',
  // A decline is a closing too; its reason is staff's words and is said in a conversation, not here.
  declined: 'closed',
  redirected: 'redirected',
  withdrawn: 'withdrawn',
  merged: 'merged',
}

export const residentPhase = (status: Status): ResidentPhase => phaseOfStatus[status]

/** Bands for the number of people ahead: wide enough that nobody in the queue can be singled out. */
export const placeBands = [
  'fewerThan5',
  'fiveToTen',
  'moreThan10',
  'moreThan25',
  'moreThan50',
] as const
export type PlaceBand = (typeof placeBands)[number]

export function placeBand(ahead: number): PlaceBand {
  if (ahead < 5) return 'fewerThan5'
  if (ahead <= 10) return 'fiveToTen'
  if (ahead <= 25) return 'moreThan10'
  if (ahead <= 50) return 'moreThan25'
  return 'moreThan50'
}

/** The contact details a resident may change on the status page. */
export const residentContactFields = [
  'phone',
  'email',
  'bestTimeToContact',
  'preferredLanguage',
  'interpreterNeeded',
] as const
export type ResidentContactField = (typeof residentContactFields)[number]

export const statusPageTextKeys = [
  'status.title',
  'status.reference',
  'status.service',
  'status.receivedAt',
  'status.nowTitle',
  ...residentPhases.map((phase) => `status.phase.${phase}` as const),
  ...residentPhases.map((phase) => `status.next.${phase}` as const),
  ...placeBands.map((band) => `status.place.${band}` as const),
  'status.wait.weeks',
  'status.wait.months',
  'status.wait.unknown',
  'status.nextTitle',
  'status.redirectedTo',
  'status.website',
  'status.questions',
  'status.contactTitle',
  'status.contactIntro',
  'status.contactSave',
  'status.contactSaved',
  'status.contactErrors',
  'status.interpreterYes',
  'status.interpreterNo',
  'status.callTitle',
  'status.callIntro',
  'status.callButton',
  'status.callRequested',
  'status.withdrawTitle',
  'status.withdrawIntro',
  'status.withdrawReason',
  'status.withdrawButton',
  'status.withdrawn',
  'status.alreadyClosed',
  'status.keepLink',
  'lostLink.title',
  'lostLink.intro',
  'lostLink.reference',
  'lostLink.contact',
  'lostLink.contactHint',
  'lostLink.send',
  'lostLink.answer',
  'lostLink.emailSubject',
  'lostLink.emailText',
  'lostLink.sms',
  'confirmation.statusLink',
  'confirmation.statusLinkLater',
  'paused.title',
  'paused.text',
  'paused.alternatives',
] as const
export type StatusPageMessageKey = (typeof statusPageTextKeys)[number]
