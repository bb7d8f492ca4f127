import { z } from 'zod'
import { localizedTextSchema, type LocalizedText } from './locales'
import { isStandardFieldKey, standardFieldKeys, standardFields, type StandardFieldKey } from './referral'

/** Self-referral forms are data: staff compose steps of questions; site and server read the same definition. */
export type Condition = { question: string; equals: string | boolean } // key of an earlier question
export type QuestionBase = { required: boolean; label?: LocalizedText; hint?: LocalizedText; showWhen?: Condition }
export type StandardQuestion = QuestionBase & { kind: 'standard'; field: StandardFieldKey }
export type YesNoQuestion = QuestionBase & { kind: 'yesNo'; key: string; label: LocalizedText }
export type ChoiceQuestion = QuestionBase & {
  kind: 'choice'
  key: string
  label: LocalizedText
  options: { value: string; label: LocalizedText }[]
  multiple?: boolean
}
export type ShortTextQuestion = QuestionBase & { kind: 'shortText'; key: string; label: LocalizedText; maxLength: number }
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
    const visible = !condition || (shown.has(condition.question) && conditionHolds(condition, answers))
    if (visible) shown.add(questionKey(question))
    return visible
  })
}

// ---- Validation of definitions edited by staff (messages are for staff, in English) ----

const keyPattern = /^[a-z][a-zA-Z0-9]{0,49}$/
const customKey = z
  .string()
  .regex(keyPattern, 'Use letters and digits, starting with a lower-case letter')
  .refine((key) => !isStandardFieldKey(key), 'This key is a standard field: use a standard question instead')

const base = {
  required: z.boolean(),
  label: localizedTextSchema.optional(),
  hint: localizedTextSchema.optional(),
  showWhen: z.strictObject({ question: z.string().min(1), equals: z.union([z.string(), z.boolean()]) }).optional(),
}

const optionsSchema = z
  .array(z.strictObject({ value: z.string().regex(/^[a-zA-Z0-9_-]{1,50}$/), label: localizedTextSchema }))
  .min(2)
  .refine((options) => new Set(options.map((o) => o.value)).size === options.length, 'Each option needs its own value')

const questionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ ...base, kind: z.literal('standard'), field: z.enum(standardFieldKeys) }),
  z.strictObject({ ...base, kind: z.literal('yesNo'), key: customKey, label: localizedTextSchema }),
  z.strictObject({
    ...base,
    kind: z.literal('choice'),
    key: customKey,
    label: localizedTextSchema,
    options: optionsSchema,
    multiple: z.boolean().optional(),
  }),
  z.strictObject({
    ...base,
    kind: z.literal('shortText'),
    key: customKey,
    label: localizedTextSchema,
    maxLength: z.number().int().min(1).max(500),
  }),
])

const stepSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-zA-Z0-9-]{0,49}$/, 'Use letters, digits and dashes'),
  title: localizedTextSchema,
  intro: localizedTextSchema.optional(),
  questions: z.array(questionSchema).min(1),
})

export const formDefinitionSchema: z.ZodType<FormDefinition> = z
  .strictObject({ steps: z.array(stepSchema).min(1) })
  .superRefine((form, ctx) => {
    for (const problem of formProblems(form)) ctx.addIssue({ code: 'custom', ...problem })
  })

interface Problem {
  message: string
  path: (string | number)[]
}

/** Rules a definition must follow beyond its shape, so every form can be answered and reaches someone. */
function formProblems(form: FormDefinition): Problem[] {
  return [...duplicateProblems(form), ...conditionProblems(form), ...contactProblems(form)]
}

function duplicateProblems(form: FormDefinition): Problem[] {
  const problems: Problem[] = []
  const stepIds = new Set<string>()
  const keys = new Set<string>()
  form.steps.forEach((step, s) => {
    if (stepIds.has(step.id)) problems.push({ message: `Step id "${step.id}" is used twice`, path: ['steps', s, 'id'] })
    stepIds.add(step.id)
    step.questions.forEach((question, q) => {
      const key = questionKey(question)
      if (keys.has(key)) problems.push({ message: `Question "${key}" is asked twice`, path: ['steps', s, 'questions', q] })
      keys.add(key)
    })
  })
  return problems
}

/** Conditions point back to an earlier yes/no or choice question, with a value it can have. */
function conditionProblems(form: FormDefinition): Problem[] {
  const problems: Problem[] = []
  const earlier = new Map<string, Question>()
  form.steps.forEach((step, s) =>
    step.questions.forEach((question, q) => {
      const condition = question.showWhen
      const path = ['steps', s, 'questions', q, 'showWhen']
      if (condition) {
        const target = earlier.get(condition.question)
        const values = target && conditionValues(target)
        if (!values) problems.push({ message: `"${condition.question}" is not an earlier yes/no or choice question`, path })
        else if (!values.includes(condition.equals)) {
          problems.push({ message: `"${condition.question}" cannot have the value ${JSON.stringify(condition.equals)}`, path })
        }
      }
      earlier.set(questionKey(question), question)
    }),
  )
  return problems
}

/** Intake must be able to reach the person: a name and a phone number or an e-mail address, always asked. */
function contactProblems(form: FormDefinition): Problem[] {
  const problems: Problem[] = []
  const questions = allQuestions(form)
  const find = (field: StandardFieldKey) => questions.find((q) => q.kind === 'standard' && q.field === field)
  const [name, phone, email] = [find('name'), find('phone'), find('email')]
  if (!name?.required || name.showWhen) problems.push({ message: 'The form must ask for the name, required and always shown', path: ['steps'] })
  if (!phone && !email) problems.push({ message: 'The form must ask for a phone number or an e-mail address', path: ['steps'] })
  if (phone?.showWhen || email?.showWhen) problems.push({ message: 'Phone and e-mail must always be shown', path: ['steps'] })
  const only = phone && email ? undefined : (phone ?? email)
  if (only && !only.required) problems.push({ message: 'The only contact question must be required', path: ['steps'] })
  return problems
}
