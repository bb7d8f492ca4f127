import {
  defaultLocale,
  isLocale,
  type Locale,
  localeInfo,
  locales,
} from '@stodportalen/support-services/domain'

/** Swedish lives at `/`, each other language under `/<its code>/` (`/lattlast/`, `/en/`, `/fi/`…). */
export const localeParams = () =>
  locales.map((locale) => ({ locale: locale === defaultLocale ? undefined : locale }))

/** The locale of a `[...locale]` route parameter, or null when it is not one of ours. */
export const localeFromParam = (param: string | undefined): Locale | null => {
  if (param === undefined || param === '') return defaultLocale
  return isLocale(param) && param !== defaultLocale ? param : null
}

export const localePath = (locale: Locale, path = '') => {
  const clean = path.replace(/^\/+/, '')
  return locale === defaultLocale ? `/${clean}` : `/${locale}/${clean}`
}

/** Each language's name in itself, for the language switcher. */
export const languageNames = Object.fromEntries(
  locales.map((locale) => [locale, localeInfo[locale].name]),
) as Record<Locale, string>
