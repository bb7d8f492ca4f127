import { z } from 'zod/mini'

/**
 * UI and content languages: the one list the CMS, the site, the catalogs and the tests read. Adding a
 * language is a line here and one in `localeInfo`, then its catalogs and its seed texts (README,
 * "Adding a language"). `lattlast` is easy-to-read Swedish: same language, simpler words.
 */
export const locales = ['sv', 'lattlast', 'en', 'ar', 'fi'] as const
export type Locale = (typeof locales)[number]
export const defaultLocale: Locale = 'sv'

export interface LocaleInfo {
  /** The language's name in itself, for the language switcher and the CMS's locale menu. */
  name: string
  /** The name in Swedish, for the staff's choices in the admin. */
  swedishName: string
  /** BCP 47 tag for `lang`, `Content-Language` and dates. */
  lang: string
  dir: 'ltr' | 'rtl'
  /** hreflang and Open Graph locale; null leaves the language out of the alternates. */
  hreflang: string | null
  ogLocale: string
  /** A variant that may leave catalog keys out and read its base language's text instead. */
  variantOf?: Locale
  /** Set while the texts wait for a review by a native speaker; shown beside the name in the CMS. */
  awaitingReview?: true
}

export const localeInfo: Record<Locale, LocaleInfo> = {
  sv: {
    name: 'Svenska',
    swedishName: 'Svenska',
    lang: 'sv',
    dir: 'ltr',
    hreflang: 'sv',
    ogLocale: 'sv_SE',
  },
  lattlast: {
    name: 'Lättläst',
    swedishName: 'Lättläst svenska',
    lang: 'sv',
    dir: 'ltr',
    // hreflang takes no private-use tag, and a second `sv` would compete with Swedish.
    hreflang: null,
    ogLocale: 'sv_SE',
    variantOf: 'sv',
  },
  en: {
    name: 'English',
    swedishName: 'Engelska',
    lang: 'en',
    dir: 'ltr',
    hreflang: 'en',
    ogLocale: 'en_GB',
  },
  ar: {
    name: 'العربية',
    swedishName: 'Arabiska',
    lang: 'ar',
    dir: 'rtl',
    hreflang: 'ar',
    ogLocale: 'ar_AR',
  },
  fi: {
    name: 'Suomi',
    swedishName: 'Finska',
    lang: 'fi',
    dir: 'ltr',
    hreflang: 'fi',
    ogLocale: 'fi_FI',
    awaitingReview: true,
  },
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value)
}

/** The value for the HTML `lang` attribute: easy-to-read Swedish is still Swedish. */
export function htmlLang(locale: Locale): string {
  return localeInfo[locale].lang
}

export function textDirection(locale: Locale): 'ltr' | 'rtl' {
  return localeInfo[locale].dir
}

/** The languages as staff pick them in the admin: value and Swedish name. */
export const localeOptions = (): { value: Locale; label: string }[] =>
  locales.map((value) => ({ value, label: localeInfo[value].swedishName }))

/** Swedish is always there; other languages are added when someone has written them. */
export type LocalizedText = { sv: string } & Partial<Record<Locale, string>>

/** Every missing or empty translation falls back to Swedish (lättläst too: plain Swedish beats nothing). */
export function localize(text: LocalizedText, locale: Locale): string {
  return text[locale] || text.sv
}

const trimmed = () => z.string().check(z.trim())

export const localizedTextSchema = z.strictObject({
  ...Object.fromEntries(locales.map((locale) => [locale, z.optional(trimmed())])),
  sv: trimmed().check(z.minLength(1, 'Write the Swedish text')),
}) as unknown as z.ZodMiniType<LocalizedText>
