import type { Challenge } from 'altcha-lib'

import {
  type FormDefinition,
  type Locale,
  validateAnswers,
} from '@stodportalen/support-services/domain'
import { randomUUID } from 'node:crypto'

import { challengeFor, isSolvedFor } from './challenge'
import { clientKey } from './clientKey'
import {
  filledInLongEnough,
  resendWaitSeconds,
  startToken,
  waitState,
  waitToken,
} from './fillGuard'
import {
  applicableAnswers,
  control,
  type FlowState,
  initialState,
  isAction,
  languageAction,
  move,
  rawFromEntries,
  viewFromId,
} from './referralFlow'
import { submitReferral } from './submitReferral'

/** Why the check page is shown again after Send: what happened, and what the person can do. */
export type Notice =
  /** The CMS did not answer: try again. */
  | { kind: 'unavailable' }
  /** Too many submissions for now (the CMS's rate limits): try again after this long. */
  | { kind: 'limited'; retryAfterSeconds: number }
  /** No proof of work came with it (no JavaScript): press Send again after this long. */
  | { kind: 'pressAgain'; secondsLeft: number }

/** The form as a page shows it: the state, and what travels with it (see ReferralForm's hidden fields). */
export interface FormPage {
  page: 'form'
  state: FlowState
  idempotencyKey: string
  startedAt: string
  /** Proof of work for the island to solve while the person answers (challenge.ts). */
  challenge: Challenge
  /** The signed wait of the slower path, once given (fillGuard.ts); '' before. */
  waitToken: string
  notice: Notice | null
}

/** What the referral page shows: a step or the check page, the confirmation, or a neutral thank-you. */
export type ReferralPage =
  | FormPage
  /** Sent; `statusToken` opens the status page (missing while the referral waits in the outbox). */
  | { page: 'sent'; reference: string; statusToken?: string }
  | { page: 'thanks' }

/** What the page knows of the request besides the form. */
export interface PostContext {
  now: Date
  /** The client's address (`Astro.clientAddress`): only its keyed hash leaves the site. */
  clientAddress: string
}

export interface ReferralTarget {
  service: string
  formId: number
  form: FormDefinition
  locale: Locale
  /** The campaign code the person came with (lib/campaign.ts), if any. */
  campaign?: null | string
}

/** The first page of a form fill: its own idempotency key, the signed start time and a challenge. */
export async function firstPage(now: Date): Promise<ReferralPage> {
  const idempotencyKey = randomUUID()
  return {
    page: 'form',
    state: initialState(),
    idempotencyKey,
    startedAt: startToken(now),
    challenge: await challengeFor(idempotencyKey, now),
    waitToken: '',
    notice: null,
  }
}

type PersonCheck = { kind: 'ready' } | { kind: 'wait'; token: string; secondsLeft: number }

/**
 * Whether a person sends this: the island's solved challenge (JavaScript), or the slower way, a second
 * press of Send after a short signed wait. Both name this form fill, so neither can send another one.
 */
async function personCheck(
  proof: string,
  posted: string,
  fill: string,
  now: Date,
): Promise<PersonCheck> {
  if (await isSolvedFor(proof, fill)) return { kind: 'ready' }
  const wait = waitState(posted, fill, now)
  if (wait.kind === 'ready') return wait
  if (wait.kind === 'early') return { kind: 'wait', token: posted, secondsLeft: wait.secondsLeft }
  return { kind: 'wait', token: waitToken(fill, now), secondsLeft: resendWaitSeconds }
}

const idempotencyKeyPattern = /^[A-Za-z0-9_-]{8,100}$/

/**
 * A posted page, with or without JavaScript: a move between steps (validating only the step left),
 * or sending, which validates every answer, checks that a person sends it and forwards to the CMS.
 * Bots get a neutral thank-you and nothing is sent; a person is never stopped by the guards: at worst
 * they are asked to wait and press Send again, and keep every answer.
 */
export async function answerPost(
  target: ReferralTarget,
  data: FormData,
  { now, clientAddress }: PostContext,
): Promise<ReferralPage> {
  const field = (name: string) => {
    const value = data.get(name)
    return typeof value === 'string' ? value : ''
  }
  const { form } = target
  const idempotencyKey = idempotencyKeyPattern.test(field(control.idempotencyKey))
    ? field(control.idempotencyKey)
    : randomUUID()
  const startedAt = field(control.startedAt)
  const show = async (
    state: FlowState,
    notice: Notice | null = null,
    wait = field(control.wait),
  ): Promise<ReferralPage> => ({
    page: 'form',
    state,
    idempotencyKey,
    startedAt,
    challenge: await challengeFor(idempotencyKey, now),
    waitToken: wait,
    notice,
  })
  const posted: FlowState = {
    view: viewFromId(form, field(control.view)),
    raw: rawFromEntries(form, data.entries()),
    errors: [],
    returnToCheck: field(control.returnToCheck) === '1',
  }

  const action = field(control.action)
  if (field(control.honeypot) !== '') return { page: 'thanks' }
  if (action === languageAction) return show(posted)
  if (action !== 'submit') return show(move(form, posted, isAction(action) ? action : 'continue'))
  if (!filledInLongEnough(startedAt, now)) return { page: 'thanks' }

  const check: FlowState = { ...posted, view: { kind: 'check' }, returnToCheck: false }
  const validation = validateAnswers(form, applicableAnswers(form, posted.raw))
  if (!validation.ok) return show({ ...check, errors: validation.errors })
  const person = await personCheck(field(control.proof), field(control.wait), idempotencyKey, now)
  if (person.kind === 'wait')
    return show(check, { kind: 'pressAgain', secondsLeft: person.secondsLeft }, person.token)

  const { service, formId, locale, campaign } = target
  const submission = {
    service,
    form: formId,
    locale,
    answers: validation.answers,
    idempotencyKey,
    ...(campaign && { campaign }),
  }
  const outcome = await submitReferral(submission, clientKey(clientAddress))
  if (outcome.kind === 'accepted')
    return { page: 'sent', reference: outcome.reference, statusToken: outcome.statusToken }
  if (outcome.kind === 'rejected') return show({ ...check, errors: outcome.errors })
  if (outcome.kind === 'limited')
    return show(check, { kind: 'limited', retryAfterSeconds: outcome.retryAfterSeconds })
  return show(check, { kind: 'unavailable' })
}
