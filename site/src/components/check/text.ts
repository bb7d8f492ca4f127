import {
  type CriterionKey,
  type EligibilityRules,
  type Locale,
  localize,
  municipalityName,
  translate,
} from '@stodportalen/support-services/domain'

import type { CheckError, Step, StepId } from './flow'

import { type CheckKey, t } from '../../i18n/check'
import { t as units } from '../../i18n/units'

/** The words of the check's pages: the site's catalog for its own texts, the domain's for shared labels. */

export const questionText = (step: Step, locale: Locale): string =>
  step.question ? localize(step.question, locale) : t(locale, `question.${step.id}` as CheckKey)

const hints: Partial<Record<StepId, CheckKey>> = {
  age: 'hint.age',
  municipality: 'hint.municipality',
  careContacts: 'hint.careContacts',
  consent: 'hint.consent',
}

export const hintText = (step: Step, locale: Locale): string | undefined => {
  const key = hints[step.id]
  return key && t(locale, key)
}

/** The label of a single control (the age box, the list of municipalities), or the list's empty first choice. */
export const labelText = (step: Step, locale: Locale, which: 'label' | 'choose' = 'label') =>
  step.id === 'age'
    ? t(locale, 'label.age')
    : units(locale, which === 'label' ? 'municipalityLabel' : 'chooseMunicipality')

export function optionText(step: Step, value: string, locale: Locale): string {
  switch (step.id) {
    case 'municipality':
      return municipalityName(value) ?? translate('options.municipality.other', locale)
    case 'goal':
      return t(locale, `option.goal.${value}` as CheckKey)
    case 'careContacts':
      return translate(`options.careContacts.${value}`, locale)
    default:
      return t(locale, `option.${value}` as CheckKey)
  }
}

const requiredKeys: Partial<Record<StepId, CheckKey>> = {
  age: 'error.required.age',
  municipality: 'error.required.municipality',
  goal: 'error.required.goal',
  careContacts: 'error.required.careContacts',
}

/** "Required" says what to choose on this page and how to skip it; other errors say what to fix. */
export const errorText = (step: Step, error: CheckError, locale: Locale): string =>
  t(
    locale,
    error === 'required' ? (requiredKeys[step.id] ?? 'error.required.choice') : `error.${error}`,
  )

/** The label of a criterion in the result; a free question is labelled by its own wording. */
export function criterionText(
  criterion: CriterionKey,
  rules: EligibilityRules,
  locale: Locale,
): string {
  if (!criterion.startsWith('question:')) return t(locale, `criterion.${criterion}` as CheckKey)
  const id = criterion.slice('question:'.length)
  const question = rules.questions?.find((q) => q.id === id)?.question
  return question ? localize(question, locale) : id
}

/** A template split around `{name}`, so a link can stand where the placeholder was, in any word order. */
export function around(template: string, name: string): [before: string, after: string] {
  const [before, after = ''] = template.split(`{${name}}`)
  return [before, after]
}

/** A phone number as written ("031-390 06 10") → a link target that dials it. */
export const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`
