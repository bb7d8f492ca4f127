import type { LocalizedText } from '../domain'

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
