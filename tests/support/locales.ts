import {
  defaultLocale,
  htmlLang,
  isLocale,
  type Locale,
  locales,
  textDirection,
} from '@stodportalen/support-services/domain'

/** Each language's home on the site (`/`, `/lattlast/`, `/en/`…), from the one list of locales. */
export const homePaths = locales.map((locale) => (locale === defaultLocale ? '/' : `/${locale}/`))

/** The language a site path is in, by its first segment. */
export const localeOfPath = (path: string): Locale => {
  const first = path.split('/')[1]
  return isLocale(first) ? first : defaultLocale
}

/** The `lang` and `dir` a page at this path must have. */
export const expectedLangAndDir = (path: string) => {
  const locale = localeOfPath(path)
  return { lang: htmlLang(locale), dir: textDirection(locale) }
}
