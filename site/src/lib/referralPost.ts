import { randomUUID } from 'node:crypto'
import { validateAnswers, type FormDefinition, type Locale } from '@stodportalen/support-services/domain'

import { filledInLongEnough, startToken } from './fillGuard'
import { applicableAnswers, control, initialState, isAction, move, rawFromEntries, viewFromId, type FlowState } from './referralFlow'
import { submitReferral } from './submitReferral'

/** What the referral page shows: a step or the check page, the confirmation, or a neutral thank-you. */
export type ReferralPage =
  | { page: 'form'; state: FlowState; idempotencyKey: string; startedAt: string; unavailable: boolean }
  | { page: 'sent'; reference: string }
  | { page: 'thanks' }

export interface ReferralTarget {
  service: string
  formId: number
  form: FormDefinition
  locale: Locale
}

/** The first page of a form fill: its own idempotency key and the signed start time. */
export const firstPage = (now: Date): ReferralPage => ({
  page: 'form',
  state: initialState(),
  idempotencyKey: randomUUID(),
  startedAt: startToken(now),
  unavailable: false,
})

const idempotencyKeyPattern = /^[A-Za-z0-9_-]{8,100}$/

/**
 * A posted page, with or without JavaScript: a move between steps (validating only the step left),
 * or sending, which validates every answer and forwards to the CMS. Bots get a neutral thank-you and
 * nothing is sent; a person is never stopped by the guards.
 */
export async function answerPost(target: ReferralTarget, data: FormData, now: Date): Promise<ReferralPage> {
  const field = (name: string) => {
    const value = data.get(name)
    return typeof value === 'string' ? value : ''
  }
  const { form } = target
  const idempotencyKey = idempotencyKeyPattern.test(field(control.idempotencyKey)) ? field(control.idempotencyKey) : randomUUID()
  const startedAt = field(control.startedAt)
  const show = (state: FlowState, unavailable = false): ReferralPage => ({ page: 'form', state, idempotencyKey, startedAt, unavailable })
  const posted: FlowState = {
    view: viewFromId(form, field(control.view)),
    raw: rawFromEntries(form, data.entries()),
    errors: [],
    returnToCheck: field(control.returnToCheck) === '1',
  }

  const action = field(control.action)
  if (field(control.honeypot) !== '') return { page: 'thanks' }
  if (action !== 'submit') return show(move(form, posted, isAction(action) ? action : 'continue'))
  if (!filledInLongEnough(startedAt, now)) return { page: 'thanks' }

  const check: FlowState = { ...posted, view: { kind: 'check' }, returnToCheck: false }
  const validation = validateAnswers(form, applicableAnswers(form, posted.raw))
  if (!validation.ok) return show({ ...check, errors: validation.errors })
  const { service, formId, locale } = target
  const outcome = await submitReferral({ service, form: formId, locale, answers: validation.answers, idempotencyKey })
  if (outcome.kind === 'accepted') return { page: 'sent', reference: outcome.reference }
  if (outcome.kind === 'rejected') return show({ ...check, errors: outcome.errors })
  return show(check, true)
}
