import type { EligibilityMessageKey } from './eligibility'
import type { ErrorCode } from './errors'
import type { Locale } from './locales'
import type { ConfirmationMessageKey } from './notifications'
import type { StandardFieldKey } from './referral'
import type { ResidentUpdateMessageKey } from './residentUpdates'
import type { StatusPageMessageKey } from './statusPage'
import type {
  CareContactKind,
  ContactChannel,
  Gender,
  Goal,
  HeardFrom,
  ReferrerKind,
  UpdateChannel,
} from './vocabulary'

import { catalogs } from './i18n'

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
  | `options.statusUpdates.${UpdateChannel | 'none'}`

/** Keys every locale must have. */
export type MessageKey =
  | `errors.${ErrorCode}`
  | EligibilityMessageKey
  | `fields.${StandardFieldKey}`
  | OptionKey
  | ConfirmationMessageKey
  | StatusPageMessageKey
  | ResidentUpdateMessageKey

/**
 * One locale's texts. Errors can have a field-specific text (`errors.required.name`: "Skriv ditt namn.")
 * that says exactly what to do; the generic one is the fallback.
 */
export type Catalog = Record<MessageKey, string> &
  Partial<Record<`errors.${ErrorCode}.${StandardFieldKey}`, string>>

/** All UI texts the domain owns, per locale. Typed loosely so any key can be looked up. */
export const messages: Record<Locale, Record<string, string>> = catalogs

/** Texts to look keys up in: one locale's catalog with Swedish filling its gaps (see messagesFor). */
export type Messages = Readonly<Record<string, string>>

type Params = Record<string, string | number>

/**
 * One locale's texts, Swedish wherever it has none: all a page in that locale needs. A browser island
 * gets these as a prop and looks up with `translateWith`, so its bundle carries no catalog at all.
 */
export const messagesFor = (locale: Locale): Messages => ({ ...messages.sv, ...messages[locale] })

/** `{name}` placeholders filled from params; unknown ones stay visible. */
const fill = (template: string, params?: Params) =>
  params
    ? template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
        name in params ? String(params[name]) : placeholder,
      )
    : template

/** The key of a FieldError's text: field-specific when one exists (`has`), otherwise the code's. */
const errorKey = (error: { field: string; code: ErrorCode }, has: (key: string) => boolean) => {
  const specific = `errors.${error.code}.${error.field}`
  return has(specific) ? specific : `errors.${error.code}`
}

/** The text for a key: the locale's, else Swedish, else the key itself (visible, never blank). */
export function translate(key: string, locale: Locale, params?: Params): string {
  return fill(messages[locale][key] ?? messages.sv[key] ?? key, params)
}

/** The same from texts in hand (`messagesFor(locale)`): the text for the key, else the key itself. */
export function translateWith(texts: Messages, key: string, params?: Params): string {
  return fill(texts[key] ?? key, params)
}

type ErrorLike = { field: string; code: ErrorCode; params?: Params }

/** The text for a FieldError: field-specific when one exists, otherwise the code's. */
export function fieldErrorText(error: ErrorLike, locale: Locale): string {
  return translate(
    errorKey(error, (key) => key in messages[locale] || key in messages.sv),
    locale,
    error.params,
  )
}

/** The same from texts in hand (`messagesFor(locale)`). */
export function fieldErrorTextWith(texts: Messages, error: ErrorLike): string {
  return translateWith(
    texts,
    errorKey(error, (key) => key in texts),
    error.params,
  )
}
