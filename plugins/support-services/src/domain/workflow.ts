import { outcomeLabels, statusLabels } from './staffTexts'

/** The status workflow of a referral, as one table. Staff move referrals; the table says which moves exist. */

export const statuses = [
  'received',
  'screened',
  'waiting',
  'firstContact',
  'onHold',
  'enrolled',
  'active',
  'closed',
  'redirected',
  'declined',
  'withdrawn',
  'merged',
] as const
export type Status = (typeof statuses)[number]

export const openStatuses = [
  'received',
  'screened',
  'waiting',
  'firstContact',
  'onHold',
  'enrolled',
  'active',
] as const satisfies readonly Status[]
/** `merged`: a duplicate folded into the person's other referral; not a closing the reports count. */
export const closedStatuses = [
  'closed',
  'redirected',
  'declined',
  'withdrawn',
  'merged',
] as const satisfies readonly Status[]
/** Counted as waiting in the intake queue (on hold is paused, not queued). */
export const queueStatuses = [
  'received',
  'screened',
  'waiting',
  'firstContact',
] as const satisfies readonly Status[]

/** A case in progress: the ones that get re-assessed (omprövning). */
export const caseStatuses = ['enrolled', 'active'] as const satisfies readonly Status[]

/** Closing reasons as in the regional statistics (SUS), plus meaningful occupation, which SUS lacks. */
export const outcomes = [
  'workWithoutSubsidy',
  'workWithSubsidy',
  'ownBusiness',
  'studies',
  'workAndStudies',
  'jobSeeking',
  'meaningfulOccupation',
  'other',
] as const
export type Outcome = (typeof outcomes)[number]

export type TransitionAction =
  | 'screen'
  | 'queue'
  | 'firstContact'
  | 'hold'
  | 'resume'
  | 'enrol'
  | 'activate'
  | 'close'
  | 'redirect'
  | 'decline'
  | 'withdraw'
  | 'merge'
  | 'reopen'
export type Requirement = 'reason' | 'outcome' | 'target'

export interface Transition {
  from: Status
  to: Status
  action: TransitionAction
  requires: Requirement[]
}

const move = (
  from: readonly Status[],
  to: Status,
  action: TransitionAction,
  requires: Requirement[] = [],
): Transition[] => from.map((f) => ({ from: f, to, action, requires }))

export const transitions: readonly Transition[] = [
  ...move(['received'], 'screened', 'screen'),
  ...move(['screened'], 'waiting', 'queue'),
  ...move(['waiting'], 'firstContact', 'firstContact'),
  ...move(['waiting', 'firstContact'], 'onHold', 'hold', ['reason']),
  ...move(['onHold'], 'waiting', 'resume'),
  ...move(['firstContact'], 'enrolled', 'enrol'),
  ...move(['enrolled'], 'active', 'activate'),
  ...move(['enrolled', 'active'], 'closed', 'close', ['outcome']),
  ...move(openStatuses, 'redirected', 'redirect', ['target']),
  // Only staff decline, and always say why (guide, never block).
  ...move(['received', 'screened', 'waiting', 'firstContact', 'onHold'], 'declined', 'decline', [
    'reason',
  ]),
  ...move(openStatuses, 'withdrawn', 'withdraw'),
  // A duplicate is folded into the person's other referral (the target); staff decide, never the system.
  ...move(openStatuses, 'merged', 'merge', ['target']),
  // People come back (Hudiksvall enrolled two people twice): back to the queue, with the reason recorded.
  ...move(closedStatuses, 'waiting', 'reopen', ['reason']),
]

export function isOpenStatus(status: Status): boolean {
  return !(closedStatuses as readonly Status[]).includes(status)
}

export function allowedTransitions(from: Status): Transition[] {
  return transitions.filter((t) => t.from === from)
}

export interface TransitionRequest {
  from: Status
  to: Status
  reason?: string
  outcome?: string
  target?: string
}

export type TransitionCheck =
  | { ok: true; transition: Transition }
  | {
      ok: false
      error: 'notAllowed' | 'reasonRequired' | 'outcomeRequired' | 'targetRequired'
      message: string
    }

const filled = (value: string | undefined) => value !== undefined && value.trim() !== ''
const isOutcome = (value: string | undefined): value is Outcome =>
  (outcomes as readonly (string | undefined)[]).includes(value)

/** Whether a status change may happen, and when not, a message for staff saying what to do. */
export function checkTransition({
  from,
  to,
  reason,
  outcome,
  target,
}: TransitionRequest): TransitionCheck {
  const transition = transitions.find((t) => t.from === from && t.to === to)
  if (!transition) {
    const allowed =
      allowedTransitions(from)
        .map((t) => statusLabels[t.to])
        .join(', ') || 'ingen'
    return {
      ok: false,
      error: 'notAllowed',
      message: `En anmälan kan inte gå från ”${statusLabels[from] ?? from}” till ”${statusLabels[to] ?? to}”. Från ”${statusLabels[from] ?? from}” kan den gå till: ${allowed}.`,
    }
  }
  const { requires } = transition
  if (requires.includes('outcome') && !isOutcome(outcome)) {
    return {
      ok: false,
      error: 'outcomeRequired',
      message: `Välj ett utfall när ärendet avslutas: ${Object.values(outcomeLabels).join(', ')}.`,
    }
  }
  // "Other" says nothing by itself, so it needs a reason.
  const needsReason =
    requires.includes('reason') || (requires.includes('outcome') && outcome === 'other')
  if (needsReason && !filled(reason)) {
    return {
      ok: false,
      error: 'reasonRequired',
      message: `Skriv en anledning till att anmälan går från ”${statusLabels[from]}” till ”${statusLabels[to]}”.`,
    }
  }
  if (requires.includes('target') && !filled(target)) {
    return {
      ok: false,
      error: 'targetRequired',
      message:
        to === 'merged'
          ? 'Välj vilken anmälan dubbletten slås samman med.'
          : 'Välj vilken aktör personen lotsas till.',
    }
  }
  return { ok: true, transition }
}

/**
 * Redirect within the system: an open referral moves to another service's queue and waits there,
 * keeping its history and its original date (its place in the queue is earned, not reset).
 */
export const statusAfterMove: Status = 'waiting'

export function checkMove(status: Status): { ok: true } | { ok: false; message: string } {
  return isOpenStatus(status)
    ? { ok: true }
    : {
        ok: false,
        message: `En ${statusLabels[status].toLowerCase()} anmälan kan inte flyttas. Öppna den igen först.`,
      }
}
