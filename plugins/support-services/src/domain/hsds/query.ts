/**
 * The query parameters of the HSDS endpoints, checked before anything is read: a parameter an
 * endpoint does not know, a page size out of range or a malformed date or id is refused with the
 * parameter named, never passed on to the database.
 */
import { isLocale, type Locale } from '../locales'
import { isUuid } from './ids'

/** Largest page: a directory harvesting everything pages through, it never takes all at once. */
export const hsdsMaxPerPage = 100
export const hsdsDefaultPerPage = 50
const maxPage = 1_000_000

export const hsdsListParams = {
  services: ['page', 'per_page', 'search', 'modified_after', 'taxonomy_term_id', 'organization_id'],
  organizations: ['page', 'per_page', 'search'],
  taxonomies: ['page', 'per_page', 'search'],
  taxonomy_terms: ['page', 'per_page', 'search', 'taxonomy_id'],
} as const

/** Every endpoint also takes `lang` (our languages) and `format=json` (the only format served). */
const commonParams = ['lang', 'format']

export interface HsdsQuery {
  page: number
  perPage: number
  search?: string
  modifiedAfter?: Date
  taxonomyTermId?: string
  taxonomyId?: string
  organizationId?: string
  lang?: Locale
}

export type HsdsQueryResult =
  { ok: true; query: HsdsQuery } | { ok: false; parameter: string; message: string }

const wholeNumber = (value: string, min: number, max: number) =>
  /^\d{1,7}$/.test(value) && Number(value) >= min && Number(value) <= max
    ? Number(value)
    : undefined

/** A date (`2026-12-01`) or a date and time with its offset (`2026-12-01T10:00:00Z`); 2026-02-30 is none. */
const isoInstant = (value: string) => {
  const match =
    /^(\d{4}-\d{2}-\d{2})(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2}))?$/.exec(
      value,
    )
  if (!match) return undefined
  const day = new Date(`${match[1]}T00:00:00Z`)
  if (Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== match[1]) return undefined
  return match[2] ? new Date(value) : day
}

const refused = (parameter: string, message: string): HsdsQueryResult => ({
  ok: false,
  parameter,
  message,
})

/** The query of one endpoint, checked: `allowed` names its own parameters. */
export const parseHsdsQuery = (
  params: URLSearchParams,
  allowed: readonly string[] = [],
): HsdsQueryResult => {
  const known = new Set([...allowed, ...commonParams])
  const seen = new Set<string>()
  for (const key of params.keys()) {
    if (!known.has(key)) return refused(key, `${key}: not a parameter of this endpoint.`)
    if (seen.has(key)) return refused(key, `${key}: given more than once.`)
    seen.add(key)
  }
  const get = (key: string) => params.get(key) ?? undefined
  const query: HsdsQuery = { page: 1, perPage: hsdsDefaultPerPage }

  const format = get('format')
  if (format !== undefined && format !== 'json')
    return refused('format', 'format: only json is served.')
  const lang = get('lang')
  if (lang !== undefined) {
    if (!isLocale(lang)) return refused('lang', 'lang: one of sv, lattlast, en, ar.')
    query.lang = lang
  }
  const page = get('page')
  if (page !== undefined) {
    const value = wholeNumber(page, 1, maxPage)
    if (value === undefined) return refused('page', `page: a whole number from 1 to ${maxPage}.`)
    query.page = value
  }
  const perPage = get('per_page')
  if (perPage !== undefined) {
    const value = wholeNumber(perPage, 1, hsdsMaxPerPage)
    if (value === undefined)
      return refused('per_page', `per_page: a whole number from 1 to ${hsdsMaxPerPage}.`)
    query.perPage = value
  }
  const search = get('search')
  if (search !== undefined) {
    const text = search.replaceAll('\u0000', '').trim()
    if (text.length > 200) return refused('search', 'search: at most 200 characters.')
    if (text) query.search = text
  }
  const modifiedAfter = get('modified_after')
  if (modifiedAfter !== undefined) {
    const date = isoInstant(modifiedAfter)
    if (!date)
      return refused(
        'modified_after',
        'modified_after: a date (2026-12-01) or a date and time with offset (2026-12-01T10:00:00Z).',
      )
    query.modifiedAfter = date
  }
  for (const [key, field] of [
    ['taxonomy_term_id', 'taxonomyTermId'],
    ['taxonomy_id', 'taxonomyId'],
    ['organization_id', 'organizationId'],
  ] as const) {
    const value = get(key)
    if (value === undefined) continue
    if (!isUuid(value)) return refused(key, `${key}: a UUID.`)
    query[field] = value.toLowerCase()
  }
  return { ok: true, query }
}
