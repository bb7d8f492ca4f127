import type { Locale } from '@stodportalen/support-services/domain'

/**
 * UI strings live in the site, one catalog per area, every key in every language (a missing text is
 * a type error). Easy-to-read Swedish may leave a key out and falls back to Swedish.
 */
export type Catalog<K extends string> = Record<Exclude<Locale, 'lattlast'>, Record<K, string>> & {
  lattlast: Partial<Record<K, string>>
}

/** A catalog's lookup, with the catalog itself beside it for the completeness test. */
export type Translator<K extends string> = ((
  locale: Locale,
  key: K,
  params?: Record<string, string | number>,
) => string) & { catalog: Catalog<K> }

export const translator = <K extends string>(catalog: Catalog<K>): Translator<K> =>
  Object.assign(
    (locale: Locale, key: K, params?: Record<string, string | number>): string => {
      const template = catalog[locale][key] ?? catalog.sv[key]
      return params
        ? template.replace(/\{(\w+)\}/g, (match, name: string) => String(params[name] ?? match))
        : template
    },
    { catalog },
  )
