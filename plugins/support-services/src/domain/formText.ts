import type { Question } from './forms'

import { type Locale, localize } from './locales'
import { type Messages, translateWith } from './messages'
import { municipalities, otherMunicipality } from './municipalities'
import { standardFields } from './referral'

// The standard texts come in as `messages` (messagesFor(locale)) rather than being looked up here,
// so the form's browser island carries its page's language only.

/** A question's label: the form's own wording, else the standard field's default. */
export function questionLabel(question: Question, locale: Locale, messages: Messages): string {
  if (question.label) return localize(question.label, locale)
  return question.kind === 'standard' ? translateWith(messages, `fields.${question.field}`) : ''
}

export interface OptionText {
  value: string
  label: string
}

/** The options to render for a choice question, labelled in the locale; [] for other questions. */
export function questionOptions(
  question: Question,
  locale: Locale,
  messages: Messages,
): OptionText[] {
  if (question.kind === 'choice')
    return question.options.map((o) => ({ value: o.value, label: localize(o.label, locale) }))
  if (question.kind !== 'standard') return []
  if (question.field === 'municipality') {
    const other = {
      value: otherMunicipality,
      label: translateWith(messages, 'options.municipality.other'),
    }
    return [...municipalities.map((m) => ({ value: m.code, label: m.name })), other]
  }
  const { options = [] } = standardFields[question.field]
  return options.map((value) => ({
    value,
    label: translateWith(messages, `options.${question.field}.${value}`),
  }))
}
