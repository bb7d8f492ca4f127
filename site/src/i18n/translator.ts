import type { Locale } from '@stodportalen/support-services/domain'

/**
 * UI strings live in the site, one catalog per area, every key in every language (a missing text is
 * a type error). Easy-to-read Swedish may leave a key out and falls back to Swedish.
 */
export type Catalog<K extends string> = {
  sv: Record<K, string>
  en: Record<K, string>
  ar: Record<K, string>
  lattlast: Partial<Record<K, string>>
}

export const translator =
  <K extends string>(catalog: Catalog<K>) =>
  (locale: Locale, key: K, params?: Record<string, string | number>): string => {
    const template = catalog[locale][key] ?? catalog.sv[key]
    return params
      ? template.replace(/\{(\w+)\}/g, (match, name: string) => String(params[name] ?? match))
      : template
  }
