import {
  type Locale,
  type Messages,
  noneOfTheseValue,
  type OptionText,
  type Question,
  questionKey,
  questionOptions,
  type StandardFieldKey,
  standardFields,
  translateWith,
} from '@stodportalen/support-services/domain'

/** How a question is asked on the page. */
export type Control =
  'text' | 'number' | 'tel' | 'email' | 'date' | 'textarea' | 'radios' | 'select' | 'checkboxes'

/** One answer among this many options or more (the 291 municipalities) is picked from a list, not radios. */
const selectFrom = 20

const oneOf = (count: number): Control => (count >= selectFrom ? 'select' : 'radios')

export function controlOf(question: Question): Control {
  if (question.kind === 'shortText') return 'text'
  if (question.kind === 'yesNo') return 'radios'
  if (question.kind === 'choice')
    return question.multiple ? 'checkboxes' : oneOf(question.options.length)
  const { input, options = [] } = standardFields[question.field]
  if (input === 'yesNo') return 'radios'
  if (input === 'choice') return oneOf(options.length)
  return input === 'multiChoice' ? 'checkboxes' : input
}

/** Controls whose answers are options (shown by their labels), not typed text. */
export const isChoice = (control: Control) =>
  control === 'radios' || control === 'select' || control === 'checkboxes'

const isYesNo = (question: Question) =>
  question.kind === 'yesNo' ||
  (question.kind === 'standard' && standardFields[question.field].input === 'yesNo')

const emptyMeansNone = (question: Question) =>
  question.kind === 'standard' && standardFields[question.field].emptyMeansNone === true

/** The options to tick; a list where "none" is an answer ends with a "none of these" option. */
export function optionsOf(question: Question, locale: Locale, messages: Messages): OptionText[] {
  if (isYesNo(question))
    return (['yes', 'no'] as const).map((value) => ({
      value,
      label: translateWith(messages, `options.yesNo.${value}`),
    }))
  const options = questionOptions(question, locale, messages)
  if (!emptyMeansNone(question)) return options
  const none = translateWith(messages, `options.${questionKey(question)}.${noneOfTheseValue}`)
  return [...options, { value: noneOfTheseValue, label: none }]
}

/** Lets browsers and password managers fill in what they know; work details for professionals. */
const autocompleteTokens: Partial<Record<StandardFieldKey, string>> = {
  name: 'name',
  phone: 'tel',
  email: 'email',
  dateOfBirth: 'bday',
  preferredLanguage: 'language',
  referrerName: 'name',
  referrerOrganisation: 'organization',
  referrerPhone: 'work tel',
  referrerEmail: 'work email',
}

export const autocompleteOf = (question: Question) =>
  question.kind === 'standard' ? autocompleteTokens[question.field] : undefined

/** The character limit to show under a text area. */
export const maxLengthOf = (question: Question) =>
  question.kind === 'shortText'
    ? question.maxLength
    : question.kind === 'standard'
      ? standardFields[question.field].maxLength
      : undefined

/** An answer as the check page shows it: option labels instead of codes. */
export function answerText(
  question: Question,
  values: string[],
  locale: Locale,
  messages: Messages,
): string {
  const given = values.filter((value) => value.trim() !== '')
  if (!isChoice(controlOf(question))) return given.join(' ')
  const options = optionsOf(question, locale, messages)
  return given.map((value) => options.find((o) => o.value === value)?.label ?? value).join(', ')
}

/** Ids tying a field to its label, hint and error: the error summary links to `fieldId`. */
export const fieldId = (key: string) => `f-${key}`
