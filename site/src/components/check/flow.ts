import {
  type ApplicantFacts,
  type CareContactKind,
  careContactKinds,
  type EligibilityResult,
  type EligibilityRules,
  evaluateEligibility,
  type Goal,
  type LocalizedText,
  municipalities,
  otherMunicipality,
  rankByFit,
} from '@stodportalen/support-services/domain'

/**
 * The "is this for me?" check: one question per page, posted back to the same URL.
 * Nothing is stored on the server and nothing goes into the URL (the answers are about health):
 * earlier answers travel as hidden inputs, and every post is checked again as if it came from a stranger.
 */

/** A step's id is also its form field name. Free yes/no questions of the rules get `q-<their id>`. */
export type StepId = 'age' | 'municipality' | 'goal' | 'careContacts' | 'consent' | `q-${string}`
/** A long list of choices (the 291 municipalities) is a select: one answer, like radios. */
export type StepKind = 'number' | 'radios' | 'select' | 'checkboxes'

export interface Step {
  id: StepId
  kind: StepKind
  options: readonly string[]
  /** The wording of a free question, written by staff. */
  question?: LocalizedText
}

/** The answers so far, as the form sends them: checked values, already valid. */
export type CheckAnswers = Partial<Record<StepId, string[]>>

/** A form post: every value of every field. */
export type Posted = Record<string, string[]>

export type CheckError =
  'required' | 'notANumber' | 'implausibleAge' | 'notAnOption' | 'noneAndOthers'

export const noneOfThese = 'none'
const yesNoUnknown = ['yes', 'no', 'unknown'] as const

/** The standard questions, in the order people answer best: least personal first, health last. */
const standardSteps: { step: Step; askedBy: (rules: EligibilityRules) => boolean }[] = [
  { step: { id: 'age', kind: 'number', options: [] }, askedBy: (r) => r.age !== undefined },
  {
    step: {
      id: 'municipality',
      kind: 'select',
      options: [...municipalities.map((m) => m.code), otherMunicipality],
    },
    askedBy: (r) => r.residence !== undefined,
  },
  {
    step: { id: 'goal', kind: 'radios', options: ['work', 'studies', 'both', 'unknown'] },
    askedBy: (r) => r.goal !== undefined,
  },
  {
    step: { id: 'careContacts', kind: 'checkboxes', options: [...careContactKinds, noneOfThese] },
    askedBy: (r) => r.careContact !== undefined,
  },
  {
    step: { id: 'consent', kind: 'radios', options: yesNoUnknown },
    askedBy: (r) => r.consentToCollaboration === true,
  },
]

/** The pages to show: only questions some service's rules ask about; a free question once, however many ask it. */
export function stepsFor(ruleSets: readonly EligibilityRules[]): Step[] {
  const standard = standardSteps
    .filter(({ askedBy }) => ruleSets.some(askedBy))
    .map(({ step }) => step)
  const free = new Map<StepId, Step>()
  for (const { id, question } of ruleSets.flatMap((rules) => rules.questions ?? [])) {
    const stepId: StepId = `q-${id}`
    if (!free.has(stepId))
      free.set(stepId, { id: stepId, kind: 'radios', options: yesNoUnknown, question })
  }
  return [...standard, ...free.values()]
}

// ---- Reading and checking one page's answer ----

export function postedFrom(entries: Iterable<[string, FormDataEntryValue]>): Posted {
  const posted: Posted = {}
  for (const [name, value] of entries)
    if (typeof value === 'string') (posted[name] ??= []).push(value)
  return posted
}

/** Phones with an Arabic or Persian keyboard type Eastern Arabic digits: read them as the same numbers. */
const westernDigits = (text: string) =>
  text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String((d.charCodeAt(0) - 0x0660) % 0x90))

const minAge = 1
const maxAge = 120

function checkAge(value: string): { ok: true; value: string[] } | { ok: false; error: CheckError } {
  const digits = westernDigits(value).replace(/\s+/g, '')
  if (!/^\d{1,3}$/.test(digits)) return { ok: false, error: 'notANumber' }
  const age = Number(digits)
  return age < minAge || age > maxAge
    ? { ok: false, error: 'implausibleAge' }
    : { ok: true, value: [String(age)] }
}

export type Checked = { ok: true; value: string[] } | { ok: false; error: CheckError }

/** One page's answer: blank is 'required' (the page offers "skip" for people who do not want to answer). */
export function checkAnswer(step: Step, raw: readonly string[]): Checked {
  const values = raw.map((v) => v.trim()).filter((v) => v !== '')
  if (values.length === 0) return { ok: false, error: 'required' }
  if (step.kind === 'number')
    return values.length === 1 ? checkAge(values[0]) : { ok: false, error: 'notANumber' }
  if (values.some((v) => !step.options.includes(v))) return { ok: false, error: 'notAnOption' }
  if (step.kind === 'radios' || step.kind === 'select')
    return values.length === 1 ? { ok: true, value: values } : { ok: false, error: 'notAnOption' }
  if (values.includes(noneOfThese) && values.length > 1)
    return { ok: false, error: 'noneAndOthers' }
  return { ok: true, value: step.options.filter((option) => values.includes(option)) }
}

/** The earlier answers carried in hidden inputs; anything not valid is dropped, as if never given. */
export function savedAnswers(
  steps: readonly Step[],
  posted: Posted,
  except?: StepId,
): CheckAnswers {
  const answers: CheckAnswers = {}
  for (const step of steps) {
    if (step.id === except || !posted[step.id]) continue
    const checked = checkAnswer(step, posted[step.id])
    if (checked.ok) answers[step.id] = checked.value
  }
  return answers
}

/** The hidden inputs that carry the answers to the next page, leaving out the one asked on this page. */
export function hiddenFields(
  answers: CheckAnswers,
  except?: StepId,
): [name: string, value: string][] {
  return Object.entries(answers).flatMap(([name, values]) =>
    name === except ? [] : values!.map((v): [string, string] => [name, v]),
  )
}

// ---- Moving between pages ----

export type View =
  | { page: 'start' }
  | { page: 'question'; index: number; step: Step; value: string[]; error?: CheckError }
  | { page: 'result' }

export interface Visit {
  view: View
  answers: CheckAnswers
}

export type Action = 'continue' | 'skip' | 'back'

function go(steps: readonly Step[], index: number, answers: CheckAnswers): Visit {
  if (index < 0) return { view: { page: 'start' }, answers }
  if (index >= steps.length) return { view: { page: 'result' }, answers }
  const step = steps[index]
  return { view: { page: 'question', index, step, value: answers[step.id] ?? [] }, answers }
}

/**
 * What a post leads to. `step` says which page was posted ('start', a step id or 'result').
 * Continue checks the answer; skip forgets it ("I don't want to say" is a valid answer);
 * back keeps everything as it was, the way a browser's back button would.
 */
export function visit(steps: readonly Step[], posted: Posted): Visit {
  const at = posted.step?.[0]
  const action = (posted.action?.[0] ?? 'continue') as Action
  if (at === 'start') return go(steps, 0, {})
  if (at === 'result')
    return go(
      steps,
      action === 'back' ? steps.length - 1 : steps.length,
      savedAnswers(steps, posted),
    )
  const index = steps.findIndex((step) => step.id === at)
  if (index === -1) return go(steps, -1, {})
  if (action === 'back') return go(steps, index - 1, savedAnswers(steps, posted))

  const step = steps[index]
  const answers = savedAnswers(steps, posted, step.id)
  if (action === 'skip') return go(steps, index + 1, answers)
  const raw = posted[step.id] ?? []
  const checked = checkAnswer(step, raw)
  if (!checked.ok)
    return {
      view: { page: 'question', index, step, value: raw.slice(0, 20), error: checked.error },
      answers,
    }
  return go(steps, index + 1, { ...answers, [step.id]: checked.value })
}

// ---- The result ----

const yesNo = (value: string | undefined) =>
  value === 'yes' ? true : value === 'no' ? false : undefined

/** The answers as the facts the eligibility rules ask about. "Don't know" and skipped leave a fact out: unknown, never a no. */
export function factsFrom(answers: CheckAnswers): ApplicantFacts {
  const facts: ApplicantFacts = {}
  const [age] = answers.age ?? []
  if (age !== undefined) facts.age = Number(age)
  const [municipality] = answers.municipality ?? []
  if (municipality !== undefined) facts.municipality = municipality
  const [goal] = answers.goal ?? []
  if (goal === 'both') facts.goals = ['work', 'studies']
  else if (goal === 'work' || goal === 'studies') facts.goals = [goal as Goal]
  if (answers.careContacts)
    facts.careContacts = answers.careContacts.filter((v): v is CareContactKind => v !== noneOfThese)
  const consent = yesNo(answers.consent?.[0])
  if (consent !== undefined) facts.consentToCollaboration = consent
  for (const [id, values] of Object.entries(answers)) {
    const answer = yesNo(values?.[0])
    if (id.startsWith('q-') && answer !== undefined)
      facts.answers = { ...facts.answers, [id.slice(2)]: answer }
  }
  return facts
}

export interface Fit<S> {
  service: S
  result: EligibilityResult
}

/** Every service evaluated with the shared evaluator, best fit first. */
export function fitsOf<S extends { rules: EligibilityRules }>(
  services: readonly S[],
  facts: ApplicantFacts,
  today: string,
): Fit<S>[] {
  const fits = services.map((service) => ({
    service,
    result: evaluateEligibility(service.rules, facts, today),
  }))
  return rankByFit(fits, (fit) => fit.result)
}
