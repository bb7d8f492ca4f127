import { allQuestions, type FormDefinition, type Question, questionKey } from './forms'
import { standardFields } from './referral'

/** The value a "none of these" checkbox sends for a list where an empty answer means none (careContacts). */
export const noneOfTheseValue = 'none'

type Shape = 'text' | 'boolean' | 'number' | 'list'

function shapeOf(question: Question | undefined): Shape {
  if (!question || question.kind === 'shortText') return 'text'
  if (question.kind === 'yesNo') return 'boolean'
  if (question.kind === 'choice') return question.multiple ? 'list' : 'text'
  const { input } = standardFields[question.field]
  return input === 'yesNo'
    ? 'boolean'
    : input === 'number'
      ? 'number'
      : input === 'multiChoice'
        ? 'list'
        : 'text'
}

const booleans: Record<string, boolean> = {
  true: true,
  yes: true,
  ja: true,
  on: true,
  false: false,
  no: false,
  nej: false,
}

function toList(question: Question | undefined, values: string[]): string[] | undefined {
  const chosen = values.filter((v) => v !== noneOfTheseValue)
  const emptyMeansNone =
    question?.kind === 'standard' && standardFields[question.field].emptyMeansNone
  if (chosen.length === 0) return emptyMeansNone && values.length > 0 ? [] : undefined
  return chosen
}

/** Strings that cannot be coerced stay strings, so validation names the problem (invalidType). */
function coerce(question: Question | undefined, raw: string | string[]): unknown {
  const values = (Array.isArray(raw) ? raw : [raw]).filter((v) => v.trim() !== '')
  const shape = shapeOf(question)
  if (shape === 'list') return toList(question, values)
  if (values.length !== 1) return values.length === 0 ? undefined : values
  const [value] = values
  if (shape === 'boolean') return booleans[value.trim().toLowerCase()] ?? value
  if (shape === 'number') return /^\s*\d{1,3}\s*$/.test(value) ? Number(value) : value
  return value
}

/**
 * A plain HTML form post (JavaScript off) → answers for validateAnswers: 'true'/'yes'/'on' and
 * 'false'/'no' become booleans, '' is left out, checkbox groups become arrays, ages numbers.
 * Keys the form does not know are kept, so strict validation reports them.
 */
export function answersFromFormData(
  form: FormDefinition,
  data: Record<string, string | string[]>,
): unknown {
  const questions = new Map(allQuestions(form).map((q) => [questionKey(q), q]))
  const answers: Record<string, unknown> = {}
  for (const [key, raw] of Object.entries(data)) {
    const value = coerce(questions.get(key), raw)
    if (value !== undefined) answers[key] = value
  }
  return answers
}
