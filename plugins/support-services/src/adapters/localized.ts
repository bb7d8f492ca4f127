import { defaultLocale, type LocalizedText } from '../domain'

export type StoredText =
  LocalizedText | null | string | undefined | Record<string, null | string | undefined>

/**
 * A localized field read in one locale is a string; read with `locale: 'all'` it is an object in
 * which languages nobody wrote yet are null. Either way → the domain's LocalizedText, or undefined.
 */
export const localizedFromStored = (value: StoredText): LocalizedText | undefined => {
  if (value == null || value === '') return undefined
  if (typeof value === 'string') return { sv: value }
  const written = Object.entries(value).filter(
    ([, text]) => typeof text === 'string' && text !== '',
  )
  return written.some(([locale]) => locale === 'sv')
    ? (Object.fromEntries(written) as LocalizedText)
    : undefined
}

/** A field of a collection as Payload flattens it, as far as its localized text goes. */
export interface StoredField {
  name: string
  type: string
  localized?: boolean
  required?: boolean
  flattenedFields?: StoredField[]
}

const isWritten = (value: unknown) => value != null && value !== ''

/**
 * The fields of a document read in every language whose localized text lacks its Swedish, each with
 * its path: required and not written in Swedish, or written in another language only. What is
 * localized as a whole (a list or a group whose languages may differ in shape) is not looked into.
 */
export const swedishGaps = <F extends StoredField>(
  fields: F[],
  doc: Record<string, unknown> | null | undefined,
  prefix = '',
): { path: string; field: F }[] =>
  fields.flatMap((field) => {
    const value = doc?.[field.name]
    const path = `${prefix}${field.name}`
    const inner = (field.localized ? undefined : field.flattenedFields) as F[] | undefined
    if (inner && (field.type === 'group' || field.type === 'tab'))
      return swedishGaps(inner, value as Record<string, unknown>, `${path}.`)
    if (inner && field.type === 'array' && Array.isArray(value))
      return value.flatMap((row, i) => swedishGaps(inner, row, `${path}.${i}.`))
    if (!field.localized || !['richText', 'text', 'textarea'].includes(field.type)) return []
    const byLocale = (value ?? {}) as Record<string, unknown>
    if (isWritten(byLocale[defaultLocale])) return []
    return field.required || Object.values(byLocale).some(isWritten) ? [{ path, field }] : []
  })
