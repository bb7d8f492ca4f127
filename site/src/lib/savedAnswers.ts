import type { FormDefinition } from '@stodportalen/support-services/domain'

import {
  type FlowState,
  initialState,
  type RawAnswers,
  rawFromEntries,
  viewFromId,
  viewId,
} from './referralFlow'

/**
 * A half-filled form kept on the resident's own device (localStorage), never on the server: the
 * answers and the step, with the time they were saved. Pure, so the island and its tests share it.
 *
 * The fill's idempotency key and proof of work are deliberately not kept. The proof is bound to the
 * key the server issued with the page (challenge.ts), so a resumed fill sends with the fresh key of the
 * page it is resumed on: a new fill. A stale submission cannot go twice because the saved answers are
 * forgotten on the confirmation page, and a resumed fill is only ever sent by pressing Send again.
 */
export interface SavedAnswers {
  /** The form's step id or 'check' (viewId), so a reordered form still finds the step. */
  view: string
  raw: RawAnswers
  returnToCheck: boolean
  /** When saved, in ms since the epoch; the entry is gone after `savedAnswersDays`. */
  savedAt: number
}

export const savedAnswersDays = 7
const lifetimeMs = savedAnswersDays * 24 * 60 * 60 * 1000
const version = 1

const keyPrefix = 'stodportalen:anmalan:'

/** One entry per service and form, in every language: switching language finds the same answers. */
export const savedAnswersKey = (service: string, formId: number | string) =>
  `${keyPrefix}${service}:${formId}`

/** Keys of saved answers of any form that are past their expiry or unreadable, to be removed. */
export const staleKeys = (entries: [string, null | string][], now: Date): string[] =>
  entries
    .filter(([key]) => key.startsWith(keyPrefix))
    .filter(([, text]) => {
      try {
        const { savedAt } = JSON.parse(text ?? '') as { savedAt?: unknown }
        return typeof savedAt !== 'number' || isExpired(savedAt, now)
      } catch {
        return true
      }
    })
    .map(([key]) => key)

export const serialiseAnswers = (form: FormDefinition, state: FlowState, now: Date): string =>
  JSON.stringify({
    version,
    view: viewId(form, state.view),
    raw: state.raw,
    returnToCheck: state.returnToCheck,
    savedAt: now.getTime(),
  })

export const isExpired = (savedAt: number, now: Date) =>
  !Number.isFinite(savedAt) || savedAt > now.getTime() || now.getTime() - savedAt >= lifetimeMs

/** When the saved answers are forgotten, for the page to say so. */
export const expiresAt = (savedAt: number) => new Date(savedAt + lifetimeMs)

/**
 * Saved answers back into a form state, checked against the form as it is now: answers to questions
 * that no longer exist are dropped, an unknown step starts at the beginning. Null when there is nothing
 * to offer: missing, unreadable, another version, expired, or no answer left.
 */
export function restoreAnswers(
  form: FormDefinition,
  text: null | string,
  now: Date,
): null | { state: FlowState; savedAt: number } {
  if (!text) return null
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return null
  }
  if (typeof parsed !== 'object' || parsed === null) return null
  const saved = parsed as Partial<SavedAnswers> & { version?: unknown }
  if (saved.version !== version || typeof saved.savedAt !== 'number') return null
  if (isExpired(saved.savedAt, now)) return null
  if (typeof saved.raw !== 'object' || saved.raw === null) return null
  const entries = Object.entries(saved.raw).flatMap(([key, values]) =>
    Array.isArray(values)
      ? values
          .filter((v): v is string => typeof v === 'string')
          .map((v): [string, string] => [key, v])
      : [],
  )
  const raw = rawFromEntries(form, entries)
  if (Object.keys(raw).length === 0) return null
  const view = viewFromId(form, typeof saved.view === 'string' ? saved.view : '')
  return {
    state: { ...initialState(), view, raw, returnToCheck: saved.returnToCheck === true },
    savedAt: saved.savedAt,
  }
}

/** Answers carried to the other language's form by its link, in this tab only (sessionStorage). */
export const handoffKey = (key: string) => `${key}:sprakbyte`
