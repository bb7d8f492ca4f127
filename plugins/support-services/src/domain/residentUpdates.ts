/**
 * Updates to the resident: when they asked for them in the form, a move of their referral is told to
 * them by e-mail and/or SMS, in their language, with the status in the status page's plain words and
 * the link to that page (see notifications.ts for the messages themselves).
 */
import type { Answers } from './forms'
import type { UpdateChannel } from './vocabulary'

import { residentPhase } from './statusPage'
import { type Status, statuses } from './workflow'

/** The moves a resident is told about: the ones that change what they can expect. */
export const residentUpdateStatuses = [
  'firstContact',
  'enrolled',
  'redirected',
  'closed',
  'withdrawn',
] as const satisfies readonly Status[]

const isStatus = (value: unknown): value is Status =>
  typeof value === 'string' && (statuses as readonly string[]).includes(value)

/** Whether a move from `from` to `to` is one the resident is told about. */
export function isResidentUpdate(from: unknown, to: unknown): to is Status {
  return isStatus(to) && from !== to && (residentUpdateStatuses as readonly Status[]).includes(to)
}

/** The contact detail each channel needs. */
export const contactForChannel: Record<UpdateChannel, 'email' | 'phone'> = {
  email: 'email',
  sms: 'phone',
}

/**
 * The chosen channels whose contact detail the answers lack. The error stands on the choice itself
 * (`updatesNeedEmail`, `updatesNeedPhone`): that is the step the resident is on, and its text says
 * where to add the detail or that they can untick the choice.
 */
export function channelsLackingContact(answers: Answers): UpdateChannel[] {
  const chosen = answers.statusUpdates
  if (!Array.isArray(chosen)) return []
  return (chosen as UpdateChannel[]).filter(
    (channel) => channel in contactForChannel && !answers[contactForChannel[channel]],
  )
}

export const updateContactErrors = {
  email: 'updatesNeedEmail',
  sms: 'updatesNeedPhone',
} as const satisfies Record<UpdateChannel, string>

export const residentUpdateTextKeys = [
  'update.subject',
  'update.intro',
  'update.link',
  'update.why',
  'update.sms',
] as const
export type ResidentUpdateMessageKey = (typeof residentUpdateTextKeys)[number]

/** The status page's words for a status (`status.phase.*`), so the message and the page agree. */
export const residentUpdatePhaseKey = (status: Status) =>
  `status.phase.${residentPhase(status)}` as const
