import type { LocalizedText } from './locales'

import { type StandardFieldKey, standardFields } from './referral'

/** Self-referral forms are data: staff compose steps of questions; site and server read the same definition. */
export type Condition = { question: string; equals: string | boolean } // key of an earlier question
export type QuestionBase = {
  required: boolean
  label?: LocalizedText
  hint?: LocalizedText
  showWhen?: Condition
}
export type StandardQuestion = QuestionBase & { kind: 'standard'; field: StandardFieldKey }
export type YesNoQuestion = QuestionBase & { kind: 'yesNo'; key: string; label: LocalizedText }
export type ChoiceQuestion = QuestionBase & {
  kind: 'choice'
  key: string
  label: LocalizedText
  options: { value: string; label: LocalizedText }[]
  multiple?: boolean
}
export type ShortTextQuestion = QuestionBase & {
  kind: 'shortText'
  key: string
  label: LocalizedText
  maxLength: number
}
export type Question = StandardQuestion | YesNoQuestion | ChoiceQuestion | ShortTextQuestion

export interface FormStep {
  id: string
  title: LocalizedText
  intro?: LocalizedText
  questions: Question[]
}
export interface FormDefinition {
  steps: FormStep[]
}
export type Answers = Record<string, unknown>

/** The answer's key: the field name for standard questions, the custom key otherwise. */
export function questionKey(question: Question): string {
  return question.kind === 'standard' ? question.field : question.key
}

export function allQuestions(form: FormDefinition): Question[] {
  return form.steps.flatMap((step) => step.questions)
}

/**
 * The values a question can be conditioned on, or null when it cannot steer others
 * (only yes/no and choice questions can; standard yes/no and choice fields count as such).
 */
export function conditionValues(question: Question): readonly (string | boolean)[] | null {
  if (question.kind === 'yesNo') return [true, false]
  if (question.kind === 'choice') return question.options.map((o) => o.value)
  if (question.kind === 'shortText') return null
  const spec = standardFields[question.field]
  if (spec.input === 'yesNo') return [true, false]
  return spec.options ?? null
}

function conditionHolds(condition: Condition, answers: Answers): boolean {
  const answer = answers[condition.question]
  return Array.isArray(answer) ? answer.includes(condition.equals) : answer === condition.equals
}

/** The questions to show, in order. A question whose condition question is hidden is hidden too. */
export function visibleQuestions(form: FormDefinition, answers: Answers): Question[] {
  const shown = new Set<string>()
  return allQuestions(form).filter((question) => {
    const condition = question.showWhen
    const visible =
      !condition || (shown.has(condition.question) && conditionHolds(condition, answers))
    if (visible) shown.add(questionKey(question))
    return visible
  })
}
