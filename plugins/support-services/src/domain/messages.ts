import type { EligibilityMessageKey } from './eligibility'
import type { ErrorCode } from './errors'
import { ar } from './i18n/ar'
import { en } from './i18n/en'
import { lattlast } from './i18n/lattlast'
import { sv } from './i18n/sv'
import type { Locale } from './locales'
import type { StandardFieldKey } from './referral'
import type { CareContactKind, ContactChannel, Gender, Goal, HeardFrom, ReferrerKind } from './vocabulary'

/** Labels for the options of standard fields: `options.<field>.<value>`. Municipalities use their names. */
type OptionKey =
  | `options.referrerKind.${ReferrerKind}`
  | `options.contactChannels.${ContactChannel}`
  | `options.gender.${Gender}`
  | 'options.municipality.other'
  | `options.goals.${Goal}`
  | `options.careContacts.${CareContactKind | 'none'}`
  | `options.heardFrom.${HeardFrom}`
  | `options.yesNo.${'yes' | 'no'}`

/** Keys every locale must have. */
export type MessageKey = `errors.${ErrorCode}` | EligibilityMessageKey | `fields.${StandardFieldKey}` | OptionKey

/**
 * One locale's texts. Errors can have a field-specific text (`errors.required.name`: "Skriv ditt namn.")
 * that says exactly what to do; the generic one is the fallback.
 */
export type Catalog = Record<MessageKey, string> & Partial<Record<`errors.${ErrorCode}.${StandardFieldKey}`, string>>

const catalogs: Record<Locale, Catalog> = { sv, lattlast, en, ar }

/** All UI texts the domain owns, per locale. Typed loosely so any key can be looked up. */
export const messages: Record<Locale, Record<string, string>> = catalogs

/** The text for a key: the locale's, else Swedish, else the key itself (visible, never blank). */
export function translate(key: string, locale: Locale, params?: Record<string, string | number>): string {
  const template = messages[locale][key] ?? messages.sv[key] ?? key
  if (!params) return template
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in params ? String(params[name]) : placeholder,
  )
}

/** The text for a FieldError: field-specific when one exists, otherwise the code's. */
export function fieldErrorText(error: { field: string; code: ErrorCode; params?: Record<string, string | number> }, locale: Locale): string {
  const specific = `errors.${error.code}.${error.field}`
  const key = specific in messages[locale] || specific in messages.sv ? specific : `errors.${error.code}`
  return translate(key, locale, error.params)
}
