import type {
  CollectionBeforeOperationHook,
  CollectionSlug,
  PayloadRequest,
  SanitizedCollectionConfig,
} from 'payload'

import { type CollectionLookup, maxInteger, whereProblem } from './checkWhere'
import { type ParameterProblem, QueryParameterError } from './QueryParameterError'

/**
 * What a caller who is not signed in may ask for at most. The site reads 100 documents a page at
 * depth 0; Payload's own default depth is 2. Staff (signed in) are not capped.
 */
export const publicQueryLimits = { limit: 100, depth: 2 } as const

/** Fields of every version document, besides the collection's own (for `sort` and `select` on versions). */
const versionFields = [
  'parent',
  'version',
  'latest',
  'autosave',
  'snapshot',
  'publishedLocale',
  'createdAt',
  'updatedAt',
]
const sortEntry = /^-?[A-Za-z_][\w]*(\.\w+)*$/

type Args = Record<string, unknown>

const isWhole = (value: unknown, min: number, max: number) =>
  Number.isInteger(value) && (value as number) >= min && (value as number) <= max

const lookupIn =
  (req: PayloadRequest): CollectionLookup =>
  (slug) => {
    const collection = req.payload.collections[slug as CollectionSlug]
    if (!collection) return undefined
    return {
      fields: collection.config.flattenedFields,
      numericIds: numericIds(req, collection.customIDType),
    }
  }
const numericIds = (req: PayloadRequest, customIDType: string | undefined) =>
  customIDType ? customIDType === 'number' : req.payload.db.defaultIDType === 'number'

const fieldNames = (collection: SanitizedCollectionConfig) =>
  new Set(['id', ...versionFields, ...collection.flattenedFields.map((f) => f.name)])

/**
 * Values REST drops without a word when they are malformed; refused here so the caller learns why.
 * REST's handlers may have parsed the query in place already (`draft=true` → true, `sort=a,b` → [a, b]).
 */
function restProblem(req: PayloadRequest): ParameterProblem | null {
  const query = (req.query ?? {}) as Record<string, unknown>
  for (const name of ['draft', 'pagination', 'trash']) {
    if (name in query && ![true, false, 'true', 'false'].includes(query[name] as string))
      return { parameter: name, message: 'must be true or false' }
  }
  if (
    'sort' in query &&
    !(
      typeof query.sort === 'string' ||
      (Array.isArray(query.sort) && query.sort.every((s) => typeof s === 'string'))
    )
  ) {
    return {
      parameter: 'sort',
      message: 'must be field names separated by commas, e.g. sort=-createdAt',
    }
  }
  const localization = req.payload.config.localization
  if (localization) {
    const codes = localization.localeCodes
    if ('locale' in query && ![...codes, 'all', '*'].includes(query.locale as string)) {
      return { parameter: 'locale', message: `must be one of ${codes.join(', ')} or all` }
    }
    for (const name of ['fallbackLocale', 'fallback-locale']) {
      if (name in query && ![...codes, 'none', 'null', 'false'].includes(query[name] as string)) {
        return { parameter: name, message: `must be one of ${codes.join(', ')} or none` }
      }
    }
  }
  return null
}

const hasNul = (value: unknown): boolean =>
  typeof value === 'string'
    ? value.includes('\u0000')
    : typeof value === 'object' && value !== null && Object.values(value).some(hasNul)

interface Context {
  collection: SanitizedCollectionConfig
  req: PayloadRequest
  anonymous: boolean
  numericIds: boolean
}
type Check = (args: Args, context: Context) => ParameterProblem | null

const idProblem: Check = ({ id }, { numericIds }) =>
  id !== undefined && numericIds && !isWhole(id, 1, maxInteger)
    ? { parameter: 'id', message: `must be a document id, a whole number from 1 to ${maxInteger}` }
    : null

const pagingProblem: Check = ({ depth, limit, page, pagination }, { anonymous }) => {
  const { depth: maxDepth, limit: maxLimit } = publicQueryLimits
  const whenNotSignedIn = anonymous ? ' when not signed in' : ''
  if (depth !== undefined && !isWhole(depth, 0, anonymous ? maxDepth : 100)) {
    return {
      parameter: 'depth',
      message: `must be a whole number from 0${anonymous ? ` to ${maxDepth}` : ''}${whenNotSignedIn}`,
    }
  }
  // Payload reads `limit=0` as "all of them".
  if (
    limit !== undefined &&
    !isWhole(limit, anonymous ? 1 : 0, anonymous ? maxLimit : maxInteger)
  ) {
    return {
      parameter: 'limit',
      message: `must be a whole number from ${anonymous ? `1 to ${maxLimit}` : 0}${whenNotSignedIn}`,
    }
  }
  if (page !== undefined && !isWhole(page, 1, maxInteger))
    return { parameter: 'page', message: 'must be a whole number from 1' }
  if (pagination === false && anonymous)
    return {
      parameter: 'pagination',
      message: `can be turned off only when signed in; read ${maxLimit} at a time with page`,
    }
  return null
}

const draftProblem: Check = ({ draft }) =>
  draft !== undefined && typeof draft !== 'boolean'
    ? { parameter: 'draft', message: 'must be true or false' }
    : null

const sortProblem: Check = ({ sort }, { collection }) => {
  const names = fieldNames(collection)
  for (const entry of typeof sort === 'string'
    ? sort.split(',')
    : sort === undefined
      ? []
      : [sort].flat()) {
    if (entry === '') continue
    if (
      typeof entry !== 'string' ||
      !sortEntry.test(entry) ||
      !names.has(entry.replace(/^-/, '').split('.')[0])
    ) {
      return {
        parameter: 'sort',
        message: `cannot sort by "${String(entry).slice(0, 40)}": give field names separated by commas, e.g. sort=-createdAt`,
      }
    }
  }
  return null
}

const onlyBooleans = (value: unknown): boolean =>
  typeof value === 'boolean' ||
  (typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every(onlyBooleans))

const selectProblem: Check = ({ select }, { collection }) => {
  if (select === undefined) return null
  if (typeof select !== 'object' || !onlyBooleans(select))
    return { parameter: 'select', message: 'must name fields, e.g. select[slug]=true' }
  const names = fieldNames(collection)
  const unknown = Object.keys(select as object).find((name) => !names.has(name))
  return unknown === undefined
    ? null
    : { parameter: 'select', message: `has no field "${unknown.slice(0, 40)}"` }
}

const whereCheck: Check = ({ where }, { collection, req, numericIds }) =>
  where === undefined
    ? null
    : whereProblem(where, { fields: collection.flattenedFields, numericIds }, lookupIn(req))

const checks = [idProblem, pagingProblem, draftProblem, sortProblem, selectProblem, whereCheck]

const accessOf: Record<string, 'create' | 'delete' | 'read' | 'readVersions' | 'update'> = {
  read: 'read',
  count: 'read',
  readDistinct: 'read',
  countVersions: 'readVersions',
  create: 'create',
  update: 'update',
  delete: 'delete',
}

/** Whether the caller may not do this at all: Payload then answers 403 before it queries anything. */
const deniedOutright = async ({ collection, req }: Context, operation: string, id: unknown) => {
  const access = accessOf[operation] && collection.access[accessOf[operation]]
  return (
    typeof access === 'function' && (await access({ req, id: id as number | undefined })) === false
  )
}

/** The operations that compare what a caller sent with stored text: PostgreSQL refuses U+0000 there. */
const comparingOperations = new Set(['login', 'forgotPassword', 'resetPassword', 'unlock'])

/**
 * Refuses, with a 400 that names the parameter, what would otherwise reach PostgreSQL and fail there
 * with a 500, and caps what callers who are not signed in may ask for. A beforeOperation hook, so it
 * holds for REST and GraphQL alike; server code (the Local API, access overrides, the population of
 * relationships) is trusted. Payload refuses a caller without access before it queries (403).
 */
export const checkQuery: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  const all = args as unknown as Args
  if (req.payloadAPI === 'local' || all.overrideAccess === true || all.currentDepth) return
  const context: Context = {
    collection,
    req,
    anonymous: !req.user,
    numericIds: numericIds(
      req,
      req.payload.collections[collection.slug as CollectionSlug]?.customIDType,
    ),
  }
  const problem =
    (req.payloadAPI === 'REST' ? restProblem(req) : null) ??
    checks.reduce<ParameterProblem | null>((found, check) => found ?? check(all, context), null) ??
    (comparingOperations.has(operation) && hasNul(all.data)
      ? { parameter: 'body', message: 'must not contain the character U+0000' }
      : null)
  // To a caller who may not read referrals at all, that is the answer (403), not how to ask better.
  if (problem && !(await deniedOutright(context, operation, all.id)))
    throw new QueryParameterError(problem)
}
