import type { Condition, FormDefinition, Question, StandardFieldKey } from '../domain'

import { localizedFromStored, type StoredText } from './localized'

type Text = StoredText

interface StoredQuestion {
  kind: Question['kind']
  field?: null | string
  key?: null | string
  required?: boolean | null
  label?: Text
  hint?: Text
  maxLength?: null | number
  multiple?: boolean | null
  options?: null | { value: string; label: Text }[]
  showWhen?: null | { question?: null | string; equals?: null | string }
}

export interface StoredForm {
  steps?:
    null | { stepId: string; title: Text; intro?: Text; questions?: null | StoredQuestion[] }[]
}

const text = localizedFromStored

const optional = <K extends string, V>(key: K, value: V | undefined) =>
  (value === undefined ? {} : { [key]: value }) as Partial<Record<K, V>>

const toCondition = (
  stored: StoredQuestion['showWhen'],
  kinds: Map<string, Question['kind']>,
): Condition | undefined => {
  if (!stored?.question) return undefined
  const equals = stored.equals ?? ''
  // Yes/no answers are booleans; the admin stores every condition value as text.
  return {
    question: stored.question,
    equals: kinds.get(stored.question) === 'yesNo' ? equals === 'true' : equals,
  }
}

const toQuestion = (stored: StoredQuestion, kinds: Map<string, Question['kind']>): Question => {
  const base = {
    required: Boolean(stored.required),
    ...optional('label', text(stored.label)),
    ...optional('hint', text(stored.hint)),
    ...optional('showWhen', toCondition(stored.showWhen, kinds)),
  }
  const key = stored.key ?? ''
  const label = text(stored.label) ?? { sv: key }
  switch (stored.kind) {
    case 'standard':
      return { ...base, kind: 'standard', field: stored.field as StandardFieldKey }
    case 'yesNo':
      return { ...base, kind: 'yesNo', key, label }
    case 'choice':
      return {
        ...base,
        kind: 'choice',
        key,
        label,
        multiple: Boolean(stored.multiple),
        options: (stored.options ?? []).map((o) => ({
          value: o.value,
          label: text(o.label) ?? { sv: o.value },
        })),
      }
    case 'shortText':
      return { ...base, kind: 'shortText', key, label, maxLength: stored.maxLength ?? 200 }
  }
}

/** The stored form (fields edited in the admin) → the domain's form definition. */
export const formFromStored = (stored: StoredForm): FormDefinition => {
  const kinds = new Map<string, Question['kind']>()
  for (const step of stored.steps ?? []) {
    for (const q of step.questions ?? [])
      kinds.set(q.kind === 'standard' ? (q.field ?? '') : (q.key ?? ''), q.kind)
  }
  return {
    steps: (stored.steps ?? []).map((step) => ({
      id: step.stepId,
      title: text(step.title) ?? { sv: step.stepId },
      ...optional('intro', text(step.intro)),
      questions: (step.questions ?? []).map((q) => toQuestion(q, kinds)),
    })),
  }
}

/** The domain's form definition → stored fields (used by the seed). */
export const storedFromForm = (form: FormDefinition): StoredForm => ({
  steps: form.steps.map((step) => ({
    stepId: step.id,
    title: step.title,
    intro: step.intro,
    questions: step.questions.map((q) => ({
      kind: q.kind,
      required: q.required,
      label: q.label,
      hint: q.hint,
      showWhen: q.showWhen
        ? { question: q.showWhen.question, equals: String(q.showWhen.equals) }
        : {},
      ...(q.kind === 'standard' ? { field: q.field } : { key: q.key }),
      ...(q.kind === 'shortText' && { maxLength: q.maxLength }),
      ...(q.kind === 'choice' && { multiple: Boolean(q.multiple), options: q.options }),
    })),
  })),
})
