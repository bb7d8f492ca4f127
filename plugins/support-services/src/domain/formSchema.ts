import { z } from 'zod/mini'

import {
  allQuestions,
  conditionValues,
  type FormDefinition,
  type Question,
  questionKey,
} from './forms'
import { localizedTextSchema } from './locales'
import { isStandardFieldKey, type StandardFieldKey, standardFieldKeys } from './referral'

/**
 * Validation of form definitions edited by staff (messages are for staff, in English). A module of its
 * own so the browser's form island, which reads definitions but never validates one, does not carry it.
 * zod/mini loads no locale (its bundle is for the browser): a check without a message here says only
 * "Invalid input", so those that the admin's fields let through say what to fix.
 */

const keyPattern = /^[a-z][a-zA-Z0-9]{0,49}$/
const customKey = z.string().check(
  z.regex(keyPattern, 'Use letters and digits, starting with a lower-case letter'),
  z.refine(
    (key) => !isStandardFieldKey(key),
    'This key is a standard field: use a standard question instead',
  ),
)

const base = {
  required: z.boolean(),
  label: z.optional(localizedTextSchema),
  hint: z.optional(localizedTextSchema),
  showWhen: z.optional(
    z.strictObject({
      question: z.string().check(z.minLength(1, 'Name the question the condition depends on')),
      equals: z.union([z.string(), z.boolean()]),
    }),
  ),
}

const optionsSchema = z
  .array(
    z.strictObject({
      value: z
        .string()
        .check(z.regex(/^[a-zA-Z0-9_-]{1,50}$/, 'Use 1–50 letters, digits, dashes or underscores')),
      label: localizedTextSchema,
    }),
  )
  .check(
    z.minLength(2, 'Give at least two options'),
    z.refine(
      (options) => new Set(options.map((o) => o.value)).size === options.length,
      'Each option needs its own value',
    ),
  )

const maxLengthRange = 'Allow a whole number of characters from 1 to 500'

const questionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ ...base, kind: z.literal('standard'), field: z.enum(standardFieldKeys) }),
  z.strictObject({ ...base, kind: z.literal('yesNo'), key: customKey, label: localizedTextSchema }),
  z.strictObject({
    ...base,
    kind: z.literal('choice'),
    key: customKey,
    label: localizedTextSchema,
    options: optionsSchema,
    multiple: z.optional(z.boolean()),
  }),
  z.strictObject({
    ...base,
    kind: z.literal('shortText'),
    key: customKey,
    label: localizedTextSchema,
    maxLength: z
      .number()
      .check(z.int(maxLengthRange), z.gte(1, maxLengthRange), z.lte(500, maxLengthRange)),
  }),
])

const stepSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z][a-zA-Z0-9-]{0,49}$/, 'Use letters, digits and dashes')),
  title: localizedTextSchema,
  intro: z.optional(localizedTextSchema),
  questions: z.array(questionSchema).check(z.minLength(1, 'A step needs at least one question')),
})

export const formDefinitionSchema: z.ZodMiniType<FormDefinition> = z
  .strictObject({
    steps: z.array(stepSchema).check(z.minLength(1, 'The form needs at least one step')),
  })
  .check(
    z.superRefine((form, ctx) => {
      for (const problem of formProblems(form)) ctx.addIssue({ code: 'custom', ...problem })
    }),
  )

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
    if (stepIds.has(step.id))
      problems.push({ message: `Step id "${step.id}" is used twice`, path: ['steps', s, 'id'] })
    stepIds.add(step.id)
    step.questions.forEach((question, q) => {
      const key = questionKey(question)
      if (keys.has(key))
        problems.push({
          message: `Question "${key}" is asked twice`,
          path: ['steps', s, 'questions', q],
        })
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
        if (!values)
          problems.push({
            message: `"${condition.question}" is not an earlier yes/no or choice question`,
            path,
          })
        else if (!values.includes(condition.equals)) {
          problems.push({
            message: `"${condition.question}" cannot have the value ${JSON.stringify(condition.equals)}`,
            path,
          })
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
  const find = (field: StandardFieldKey) =>
    questions.find((q) => q.kind === 'standard' && q.field === field)
  const [name, phone, email] = [find('name'), find('phone'), find('email')]
  if (!name?.required || name.showWhen)
    problems.push({
      message: 'The form must ask for the name, required and always shown',
      path: ['steps'],
    })
  if (!phone && !email)
    problems.push({
      message: 'The form must ask for a phone number or an e-mail address',
      path: ['steps'],
    })
  if (phone?.showWhen || email?.showWhen)
    problems.push({ message: 'Phone and e-mail must always be shown', path: ['steps'] })
  const only = phone && email ? undefined : (phone ?? email)
  if (only && !only.required)
    problems.push({ message: 'The only contact question must be required', path: ['steps'] })
  return problems
}
