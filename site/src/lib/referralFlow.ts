import {
  allQuestions,
  type Answers,
  answersFromFormData,
  type FieldError,
  type FormDefinition,
  type Question,
  questionKey,
  validateAnswers,
  visibleQuestions,
} from '@stodportalen/support-services/domain'

/**
 * The way through a self-referral form, one step per page then "check your answers". Pure, so the
 * server (JavaScript off) and the island (JavaScript on) take exactly the same steps.
 */

/** Answers as a form posts them: strings, several for a checkbox group. Coerced only to validate. */
export type RawAnswers = Record<string, string[]>

export type View = { kind: 'step'; index: number } | { kind: 'check' }

export interface FlowState {
  view: View
  raw: RawAnswers
  errors: FieldError[]
  /** Reached through "Change": Continue leads back to the check page. */
  returnToCheck: boolean
}

export type Action = 'continue' | 'back' | 'submit' | `change:${string}`

/** The form's own field names. They hold '_', which question keys cannot, so they never collide. */
export const control = {
  action: '_action',
  view: '_view',
  returnToCheck: '_return',
  idempotencyKey: '_key',
  startedAt: '_started',
  /** The solved proof of work (JavaScript), and the signed wait of the slower path (without). */
  proof: '_proof',
  wait: '_wait',
  /** The campaign code the person came with (lib/campaign.ts). */
  campaign: '_k',
  honeypot: 'homepage_url',
} as const

export const initialState = (): FlowState => ({
  view: { kind: 'step', index: 0 },
  raw: {},
  errors: [],
  returnToCheck: false,
})

/** The answers to the form's own questions among posted fields; anything else is dropped. */
export function rawFromEntries(
  form: FormDefinition,
  entries: Iterable<[string, unknown]>,
): RawAnswers {
  const keys = new Set(allQuestions(form).map(questionKey))
  const raw: RawAnswers = {}
  for (const [name, value] of entries)
    if (keys.has(name) && typeof value === 'string') (raw[name] ??= []).push(value)
  return raw
}

/**
 * Answers to the questions that apply. A value typed into a question that a later answer hid stays
 * in the form (the person may change their mind) but is never validated or sent.
 */
export function applicableAnswers(form: FormDefinition, raw: RawAnswers): Answers {
  const answers = answersFromFormData(form, raw) as Answers
  const visible = new Set(visibleQuestions(form, answers).map(questionKey))
  return Object.fromEntries(Object.entries(answers).filter(([key]) => visible.has(key)))
}

/** Errors of all answers, or only of the given keys (a step, a field just left). */
export function errorsFor(
  form: FormDefinition,
  raw: RawAnswers,
  keys?: ReadonlySet<string>,
): FieldError[] {
  const result = validateAnswers(form, applicableAnswers(form, raw))
  if (result.ok) return []
  return keys ? result.errors.filter((error) => keys.has(error.field)) : result.errors
}

/**
 * The questions of a step to render. `live` (JavaScript on) applies every condition as you answer.
 * Without JavaScript a question steered by an answer on the same page cannot appear when that answer
 * is given, so it is shown from the start and the server ignores it when it does not apply.
 */
export function stepQuestions(
  form: FormDefinition,
  index: number,
  raw: RawAnswers,
  live: boolean,
): Question[] {
  const visible = new Set(
    visibleQuestions(form, answersFromFormData(form, raw) as Answers).map(questionKey),
  )
  const shown = new Set<string>()
  return form.steps[index].questions.filter((question) => {
    const onThisPage =
      !live && question.showWhen !== undefined && shown.has(question.showWhen.question)
    const show = visible.has(questionKey(question)) || onThisPage
    if (show) shown.add(questionKey(question))
    return show
  })
}

/** Steps with at least one question that applies; a step whose questions are all hidden is skipped. */
export function visibleSteps(form: FormDefinition, raw: RawAnswers): number[] {
  return form.steps.flatMap((_, index) =>
    stepQuestions(form, index, raw, true).length > 0 ? [index] : [],
  )
}

const stepKeys = (form: FormDefinition, index: number, raw: RawAnswers) =>
  new Set(stepQuestions(form, index, raw, true).map(questionKey))

const step = (index: number): View => ({ kind: 'step', index })

/** The first step with a problem, else the check page: where a change leads when it opened new questions. */
function firstIncomplete(form: FormDefinition, raw: RawAnswers): View {
  const fields = new Set(errorsFor(form, raw).map((error) => error.field))
  const index = visibleSteps(form, raw).find((i) =>
    [...stepKeys(form, i, raw)].some((key) => fields.has(key)),
  )
  return index === undefined ? { kind: 'check' } : step(index)
}

function next(form: FormDefinition, raw: RawAnswers, index: number): View {
  const later = visibleSteps(form, raw).find((i) => i > index)
  return later === undefined ? { kind: 'check' } : step(later)
}

function previous(form: FormDefinition, raw: RawAnswers, index: number): View {
  const earlier = visibleSteps(form, raw).filter((i) => i < index)
  return step(earlier.at(-1) ?? index)
}

/** One move through the form. Sending is not a move: the caller validates everything and sends. */
export function move(form: FormDefinition, state: FlowState, action: Action): FlowState {
  const { view, raw } = state
  const go = (to: View, returnToCheck = false): FlowState => ({
    view: to,
    raw,
    errors: [],
    returnToCheck,
  })
  if (action.startsWith('change:')) {
    const index = form.steps.findIndex((s) => action === `change:${s.id}`)
    return index < 0 ? state : go(step(index), true)
  }
  if (view.kind === 'check')
    return action === 'back' ? go(previous(form, raw, form.steps.length)) : state
  if (action === 'back')
    return state.returnToCheck ? go({ kind: 'check' }) : go(previous(form, raw, view.index))
  if (action !== 'continue') return state

  const errors = errorsFor(form, raw, stepKeys(form, view.index, raw))
  if (errors.length > 0) return { ...state, errors }
  const to = state.returnToCheck ? firstIncomplete(form, raw) : next(form, raw, view.index)
  return go(to, state.returnToCheck && to.kind === 'step')
}

export const viewId = (form: FormDefinition, view: View) =>
  view.kind === 'check' ? 'check' : form.steps[view.index].id

/** A posted view id back to a view; anything unknown starts at the beginning. */
export function viewFromId(form: FormDefinition, id: string): View {
  if (id === 'check') return { kind: 'check' }
  return step(
    Math.max(
      0,
      form.steps.findIndex((s) => s.id === id),
    ),
  )
}

/** Not a move: the no-JavaScript language buttons post the answers to the other language's form. */
export const languageAction = 'language'

export const isAction = (value: string): value is Action =>
  /^(continue|back|submit|change:.+)$/.test(value)
