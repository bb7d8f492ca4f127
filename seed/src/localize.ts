import { type Locale, locales } from '@stodportalen/support-services/domain'

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const isLocalizedText = (value: unknown): value is Record<Locale, string> =>
  isPlainObject(value) &&
  typeof value.sv === 'string' &&
  Object.keys(value).every((key) => (locales as readonly string[]).includes(key))

/** Seed data holds every text in all locales; Payload takes one locale per write. */
export const inLocale = (value: unknown, locale: Locale): unknown => {
  if (isLocalizedText(value)) return value[locale] ?? value.sv
  if (Array.isArray(value)) return value.map((item) => inLocale(item, locale))
  if (isPlainObject(value))
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, inLocale(v, locale)]))
  return value
}

/**
 * Rows of arrays whose sub-fields are localized must keep their ids when another locale is written,
 * or Payload would replace the rows. Copies the ids of the stored document into the data, except for
 * the top-level arrays named in `localizedArrays`, which have rows of their own in every locale.
 */
export const withRowIds = (
  data: unknown,
  stored: unknown,
  localizedArrays: readonly string[] = [],
): unknown => {
  if (localizedArrays.length > 0 && isPlainObject(data)) {
    const source = isPlainObject(stored) ? stored : {}
    return Object.fromEntries(
      Object.entries(data).map(([k, v]) => [
        k,
        localizedArrays.includes(k) ? v : withRowIds(v, source[k]),
      ]),
    )
  }
  if (Array.isArray(data)) {
    const rows = Array.isArray(stored) ? stored : []
    return data.map((row, i) =>
      isPlainObject(row)
        ? { ...(withRowIds(row, rows[i]) as object), id: (rows[i] as { id?: string })?.id }
        : row,
    )
  }
  if (isPlainObject(data)) {
    const source = isPlainObject(stored) ? stored : {}
    return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, withRowIds(v, source[k])]))
  }
  return data
}
