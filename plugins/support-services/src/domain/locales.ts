import { z } from 'zod/mini'

/** UI and content languages. `lattlast` is easy-to-read Swedish: same language, simpler words. */
export const locales = ['sv', 'lattlast', 'en', 'ar'] as const
export type Locale = (typeof locales)[number]
export const defaultLocale: Locale = 'sv'

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value)
}

/** The value for the HTML `lang` attribute: easy-to-read Swedish is still Swedish. */
export function htmlLang(locale: Locale): string {
  return locale === 'lattlast' ? 'sv' : locale
}

export function textDirection(locale: Locale): 'ltr' | 'rtl' {
  return locale === 'ar' ? 'rtl' : 'ltr'
}

/** Swedish is always there; other languages are added when someone has written them. */
export type LocalizedText = { sv: string } & Partial<Record<Locale, string>>

/** Every missing or empty translation falls back to Swedish (lättläst too: plain Swedish beats nothing). */
export function localize(text: LocalizedText, locale: Locale): string {
  return text[locale] || text.sv
}

const trimmed = () => z.string().check(z.trim())

export const localizedTextSchema: z.ZodMiniType<LocalizedText> = z.strictObject({
  sv: trimmed().check(z.minLength(1, 'Write the Swedish text')),
  lattlast: z.optional(trimmed()),
  en: z.optional(trimmed()),
  ar: z.optional(trimmed()),
})
