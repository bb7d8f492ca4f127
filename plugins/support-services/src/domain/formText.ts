import type { Question } from './forms'
import { localize, type Locale } from './locales'
import { translate } from './messages'
import { standardFields } from './referral'
import { municipalities, otherMunicipality } from './vocabulary'

/** A question's label: the form's own wording, else the standard field's default. */
export function questionLabel(question: Question, locale: Locale): string {
  if (question.label) return localize(question.label, locale)
  return question.kind === 'standard' ? translate(`fields.${question.field}`, locale) : ''
}

export interface OptionText {
  value: string
  label: string
}

/** The options to render for a choice question, labelled in the locale; [] for other questions. */
export function questionOptions(question: Question, locale: Locale): OptionText[] {
  if (question.kind === 'choice') return question.options.map((o) => ({ value: o.value, label: localize(o.label, locale) }))
  if (question.kind !== 'standard') return []
  if (question.field === 'municipality') {
    const other = { value: otherMunicipality, label: translate('options.municipality.other', locale) }
    return [...municipalities.map((m) => ({ value: m.code, label: m.name })), other]
  }
  const { options = [] } = standardFields[question.field]
  return options.map((value) => ({ value, label: translate(`options.${question.field}.${value}`, locale) }))
}
