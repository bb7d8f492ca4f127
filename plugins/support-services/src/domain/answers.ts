import { z } from 'zod/mini'

import { calendarDate } from './dates'
import { type ErrorCode, type FieldError, fieldErrorsFromZod } from './errors'
import {
  allQuestions,
  type Answers,
  type FormDefinition,
  type Question,
  questionKey,
  visibleQuestions,
} from './forms'
import { referralFieldSchemas, standardFields } from './referral'
import { channelsLackingContact, updateContactErrors } from './residentUpdates'

export interface AnswersOptions {
  /** 'YYYY-MM-DD' for checking a date of birth; defaults to today's date in Sweden. */
  today?: string
}

export type AnswersValidation = { ok: true; answers: Answers } | { ok: false; errors: FieldError[] }

type FieldSchemas = ReturnType<typeof referralFieldSchemas>

/** The standard fields' schemas depend only on the day; building them is most of a validation's cost. */
let lastFields: { today: string; schemas: FieldSchemas } | undefined
function fieldSchemasOn(today: string): FieldSchemas {
  if (lastFields?.today !== today) lastFields = { today, schemas: referralFieldSchemas(today) }
  return lastFields.schemas
}

function schemaFor(question: Question, fields: FieldSchemas): z.ZodMiniType {
  switch (question.kind) {
    case 'standard':
      return fields[question.field]
    case 'yesNo':
      return z.boolean({ error: 'invalidType' })
    case 'shortText':
      return z
        .string({ error: 'invalidType' })
        .check(z.trim(), z.maxLength(question.maxLength, { error: 'tooLong' }))
    case 'choice': {
      const option = z.string({ error: 'invalidType' }).check(
        z.refine((value) => question.options.some((o) => o.value === value), {
          error: 'notAnOption',
        }),
      )
      return question.multiple
        ? z.pipe(
            z.array(option, { error: 'invalidType' }),
            z.transform((list) => [...new Set(list)]),
          )
        : option
    }
  }
}

/** Blank text and, except where an empty list means "none", empty lists count as not answered. */
function isAnswered(question: Question, value: unknown): boolean {
  if (value === undefined) return false
  if (typeof value === 'string') return value.trim() !== ''
  if (Array.isArray(value) && value.length === 0) {
    return question.kind === 'standard' && standardFields[question.field].emptyMeansNone === true
  }
  return true
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * The schema for one form's answers, used by the site and the server alike. Strict: unknown keys are
 * rejected, a hidden question (its condition false) must not be answered, a visible required one must be.
 */
export function buildAnswersSchema(
  form: FormDefinition,
  options: AnswersOptions = {},
): z.ZodMiniType<Answers> {
  const fields = fieldSchemasOn(options.today ?? calendarDate(new Date()))
  const questions = allQuestions(form)
  const known = new Set(questions.map(questionKey))

  const toAnswers = z.transform((input: unknown, ctx) => {
    const report = (field: string, code: ErrorCode, params?: FieldError['params']) =>
      ctx.issues.push({
        code: 'custom',
        message: code,
        path: field ? [field] : [],
        input,
        ...(params && { params }),
      })
    if (!isRecord(input)) {
      report('', 'invalidBody')
      return z.NEVER
    }
    for (const key of Object.keys(input)) if (!known.has(key)) report(key, 'unknownField')

    const visible = new Set(visibleQuestions(form, input).map(questionKey))
    const answers: Answers = {}
    for (const question of questions) {
      const key = questionKey(question)
      const value = input[key]
      if (!isAnswered(question, value)) {
        if (question.required && visible.has(key)) report(key, 'required')
      } else if (!visible.has(key)) {
        report(key, 'notAllowedHere')
      } else {
        const parsed = schemaFor(question, fields).safeParse(value)
        if (parsed.success) answers[key] = parsed.data
        else
          for (const error of fieldErrorsFromZod(parsed.error))
            report(key, error.code, error.params)
      }
    }

    // Either way of reaching the person will do, but one of them is needed.
    const contact = questions.filter(
      (q) => visible.has(questionKey(q)) && ['phone', 'email'].includes(questionKey(q)),
    )
    if (contact.length === 2 && !contact.some((q) => isAnswered(q, input[questionKey(q)]))) {
      report(questionKey(contact[0]), 'contactRequired')
    }
    for (const channel of channelsLackingContact(answers))
      report('statusUpdates', updateContactErrors[channel])
    return ctx.issues.length > 0 ? z.NEVER : answers
  })
  return z.pipe(z.unknown(), toAnswers)
}

/** Validates answers against a form; errors carry codes, never raw zod texts. */
export function validateAnswers(
  form: FormDefinition,
  input: unknown,
  options: AnswersOptions = {},
): AnswersValidation {
  const parsed = buildAnswersSchema(form, options).safeParse(input)
  return parsed.success
    ? { ok: true, answers: parsed.data }
    : { ok: false, errors: fieldErrorsFromZod(parsed.error) }
}
