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
  'text' | 'number' | 'tel' | 'email' | 'date' | 'textarea' | 'radios' | 'checkboxes'

export function controlOf(question: Question): Control {
  if (question.kind === 'shortText') return 'text'
  if (question.kind === 'yesNo') return 'radios'
  if (question.kind === 'choice') return question.multiple ? 'checkboxes' : 'radios'
  const { input } = standardFields[question.field]
  if (input === 'yesNo' || input === 'choice') return 'radios'
  return input === 'multiChoice' ? 'checkboxes' : input
}

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
  if (controlOf(question) !== 'radios' && controlOf(question) !== 'checkboxes')
    return given.join(' ')
  const options = optionsOf(question, locale, messages)
  return given.map((value) => options.find((o) => o.value === value)?.label ?? value).join(', ')
}

/** Ids tying a field to its label, hint and error: the error summary links to `fieldId`. */
export const fieldId = (key: string) => `f-${key}`
