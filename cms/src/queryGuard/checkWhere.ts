import type { FlattenedField } from 'payload'

import type { ParameterProblem } from './QueryParameterError'

/** What a `where` path is checked against: a collection's fields and whether its ids are serial numbers. */
export interface QueriedCollection {
  fields: FlattenedField[]
  numericIds: boolean
}
export type CollectionLookup = (slug: string) => QueriedCollection | undefined

/**
 * What PostgreSQL can compare a field with. `unchecked` (JSON, rich text, points, relationships to
 * several collections) gets only the checks every value gets; Payload refuses unknown paths itself.
 */
type Kind =
  | { type: 'id' | 'number' | 'text'; hasMany: boolean }
  | { type: 'date' | 'boolean' | 'unchecked' }
  | { type: 'option'; values: string[]; hasMany: boolean }

/** PostgreSQL's `integer`, the type of serial ids and of the columns that refer to them. */
export const maxInteger = 2 ** 31 - 1

const comparisons = ['equals', 'not_equals', 'in', 'not_in', 'exists']
const ordering = ['greater_than', 'greater_than_equal', 'less_than', 'less_than_equal']
const listOperators = new Set(['in', 'not_in', 'all'])

const operatorsOf = (kind: Kind): string[] => {
  const many = 'hasMany' in kind && kind.hasMany ? ['all', 'contains'] : []
  switch (kind.type) {
    case 'id':
    case 'number':
      return [...comparisons, ...ordering, ...many]
    case 'date':
      return [...comparisons, ...ordering]
    case 'text':
      return [
        ...comparisons,
        ...ordering,
        'like',
        'not_like',
        'contains',
        ...(kind.hasMany ? ['all'] : []),
      ]
    case 'boolean':
      return comparisons
    case 'option':
      return [...comparisons, ...many]
    default:
      return []
  }
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const hasNul = (value: unknown): boolean =>
  typeof value === 'string'
    ? value.includes('\u0000')
    : typeof value === 'object' &&
      value !== null &&
      Object.entries(value).some(([key, inner]) => key.includes('\u0000') || hasNul(inner))

const idKind = (collection: QueriedCollection | undefined, hasMany = false): Kind =>
  collection ? { type: collection.numericIds ? 'id' : 'text', hasMany } : { type: 'unchecked' }

const fieldKind = (
  field: FlattenedField,
  rest: string[],
  lookup: CollectionLookup,
): Kind | undefined => {
  switch (field.type) {
    case 'group':
    case 'array':
    case 'tab':
      // Rows of an array have text ids.
      return rest.length
        ? kindAt(rest, { fields: field.flattenedFields, numericIds: false }, lookup)
        : { type: 'unchecked' }
    case 'blocks': {
      if (!rest.length) return { type: 'unchecked' }
      const fields = field.blocks.flatMap((block) => block.flattenedFields)
      return kindAt(rest, { fields, numericIds: false }, lookup)
    }
    case 'relationship':
    case 'upload': {
      if (typeof field.relationTo !== 'string') return { type: 'unchecked' }
      const target = lookup(field.relationTo)
      if (!rest.length) return idKind(target, Boolean(field.hasMany))
      return target ? kindAt(rest, target, lookup) : { type: 'unchecked' }
    }
    default:
      break
  }
  if (rest.length) return { type: 'unchecked' }
  switch (field.type) {
    case 'number':
      return { type: 'number', hasMany: Boolean(field.hasMany) }
    case 'date':
      return { type: 'date' }
    case 'checkbox':
      return { type: 'boolean' }
    case 'select':
    case 'radio': {
      const values = field.options.map((option) =>
        typeof option === 'string' ? option : option.value,
      )
      return { type: 'option', values, hasMany: field.type === 'select' && Boolean(field.hasMany) }
    }
    case 'text':
      return { type: 'text', hasMany: Boolean(field.hasMany) }
    case 'textarea':
    case 'email':
    case 'code':
      return { type: 'text', hasMany: false }
    default:
      return { type: 'unchecked' }
  }
}

/** The kind of the field at a dotted path, or undefined when there is none (Payload then refuses it). */
function kindAt(
  segments: string[],
  collection: QueriedCollection,
  lookup: CollectionLookup,
): Kind | undefined {
  const [head, ...rest] = segments
  if (head === 'id' && !rest.length && !collection.fields.some((f) => f.name === 'id'))
    return idKind(collection)
  const field = collection.fields.find((f) => f.name === head)
  return field ? fieldKind(field, rest, lookup) : undefined
}

const isDate = (value: unknown) => {
  if (typeof value !== 'string' && typeof value !== 'number') return false
  const year = new Date(value).getUTCFullYear()
  return year >= 1 && year <= 9999
}
const isNumber = (value: unknown) =>
  (typeof value === 'number' || (typeof value === 'string' && value.trim() !== '')) &&
  Number.isFinite(Number(value))

/** Why a single value does not fit the field, or null. */
const valueProblem = (kind: Kind, value: unknown): string | null => {
  switch (kind.type) {
    case 'id':
      return /^-?\d+$/.test(String(value)) &&
        Math.abs(Number(value)) <= maxInteger &&
        typeof value !== 'boolean'
        ? null
        : `must be a document id, a whole number up to ${maxInteger}`
    case 'number':
      return isNumber(value) ? null : 'must be a number'
    case 'date':
      return isDate(value) ? null : 'must be a date, e.g. 2026-05-17 or 2026-05-17T08:00:00Z'
    case 'boolean':
      return [true, false, 'true', 'false'].includes(value as string)
        ? null
        : 'must be true or false'
    case 'option':
      return kind.values.includes(String(value)) ? null : `must be one of ${kind.values.join(', ')}`
    case 'text':
      return ['string', 'number', 'boolean'].includes(typeof value)
        ? null
        : 'must be a single value'
    default:
      return null
  }
}

const conditionProblem = (
  kind: Kind | undefined,
  operator: string,
  value: unknown,
): string | null => {
  if (hasNul(value)) return 'must not contain the character U+0000'
  if (!kind || kind.type === 'unchecked') return null
  const allowed = operatorsOf(kind)
  if (!allowed.includes(operator)) return `this field can be compared with ${allowed.join(', ')}`
  if (operator === 'exists') return valueProblem({ type: 'boolean' }, value)
  if ((operator === 'equals' || operator === 'not_equals') && (value === null || value === 'null'))
    return null
  if (listOperators.has(operator)) {
    const items =
      typeof value === 'string' ? value.split(',') : Array.isArray(value) ? value : [value]
    for (const item of items) {
      const problem = valueProblem(kind, item)
      if (problem) return `each value ${problem}`
    }
    return null
  }
  if (typeof value === 'object' && value !== null) return 'must be a single value'
  return valueProblem(kind, value)
}

/**
 * The first problem of a `where` that Payload would pass on to PostgreSQL, which then fails with a
 * 500: values that do not fit their column (a text id, a fraction where an integer is stored, a year
 * 99999, an option that does not exist, U+0000), operators the column has none of (`like` on an
 * option), and a shape that is no query (`where=abc`, `where[or]=x`). Parameters are named as in REST.
 */
export function whereProblem(
  where: unknown,
  collection: QueriedCollection,
  lookup: CollectionLookup,
  at = 'where',
): ParameterProblem | null {
  if (!isPlainObject(where))
    return {
      parameter: at,
      message: 'must be an object of conditions, e.g. where[slug][equals]=ips',
    }
  for (const [key, condition] of Object.entries(where)) {
    const parameter = `${at}[${key}]`
    if (['and', 'or'].includes(key.toLowerCase())) {
      if (!Array.isArray(condition)) return { parameter, message: 'must be a list of conditions' }
      for (const [index, inner] of condition.entries()) {
        const problem = whereProblem(inner, collection, lookup, `${parameter}[${index}]`)
        if (problem) return problem
      }
      continue
    }
    if (!isPlainObject(condition))
      return { parameter, message: 'must be an operator and a value, e.g. where[slug][equals]=ips' }
    const kind = kindAt(key.split('.'), collection, lookup)
    for (const [operator, value] of Object.entries(condition)) {
      const message = conditionProblem(kind, operator, value)
      if (message) return { parameter: `${parameter}[${operator}]`, message }
    }
  }
  return null
}
