import {
  defaultLocale,
  isLocale,
  type Locale,
  locales,
} from '@stodportalen/support-services/domain'

/** Swedish lives at `/`, the other languages under `/lattlast/`, `/en/` and `/ar/`. */
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

export const languageNames: Record<Locale, string> = {
  sv: 'Svenska',
  lattlast: 'Lättläst',
  en: 'English',
  ar: 'العربية',
}
