import type { Endpoint, PayloadRequest } from 'payload'

import { createHash } from 'node:crypto'

import type { SanitizedOptions } from '../sanitizeOptions'

import { hsdsLimits } from '../defaults'
import { htmlLang, type Locale } from '../domain'
import {
  type HsdsContext,
  hsdsListParams,
  hsdsOpenApi,
  type HsdsQuery,
  isUuid,
  parseHsdsQuery,
} from '../domain/hsds'
import * as read from '../operations/hsds'
import { checkSubmitLimits, clientKeyHeader, isClientKey } from '../operations/rateLimit'
import { refuse, requestLocale } from './respond'

/**
 * The services as open data in Open Referral HSDS 3.1, public and read-only, under /api/hsds. Every
 * answer is JSON: 400 naming a bad parameter, 404 for an id that is not published, 429 with
 * `Retry-After` over the limits, and otherwise the object with an ETag (304 when it has not changed).
 */
const base = '/hsds'

/** Directories cache briefly; the waiting figures are the site's, which it refreshes as often. */
const cacheControl = 'public, max-age=60'

const etagOf = (body: string) => `"${createHash('sha1').update(body).digest('base64url')}"`

const notModified = (ifNoneMatch: null | string, etag: string) =>
  ifNoneMatch !== null &&
  ifNoneMatch.split(',').some((tag) => ['*', etag].includes(tag.trim().replace(/^W\//, '')))

const answer = (req: PayloadRequest, value: unknown, locale: Locale) => {
  const body = JSON.stringify(value)
  const etag = etagOf(body)
  const headers = {
    ETag: etag,
    'Cache-Control': cacheControl,
    'Content-Language': htmlLang(locale),
    Vary: 'Accept-Language',
  }
  if (notModified(req.headers.get('if-none-match'), etag))
    return new Response(null, { status: 304, headers })
  return new Response(body, {
    status: 200,
    headers: { ...headers, 'Content-Type': 'application/json; charset=utf-8' },
  })
}

const limited = async (req: PayloadRequest) => {
  const clientKey = req.headers.get(clientKeyHeader)
  const verdict = await checkSubmitLimits(
    req.payload,
    clientKey !== null && isClientKey(clientKey) ? clientKey : null,
    hsdsLimits,
    'hsds:',
  )
  if (verdict.ok) return null
  return Response.json(
    {
      errors: [
        { field: '', code: 'tooManyRequests', message: 'Too many requests; try again later.' },
      ],
    },
    {
      status: 429,
      headers: { 'Cache-Control': 'no-store', 'Retry-After': String(verdict.retryAfterSeconds) },
    },
  )
}

interface Asked {
  req: PayloadRequest
  query: HsdsQuery
  context: HsdsContext
  /** The path's id, checked to be a UUID. */
  id: string
}

/**
 * One GET endpoint: limits, then the query checked, then `read`; undefined from `read` is a 404.
 * Paths with `:id` refuse an id that is not a UUID before anything is read.
 */
const hsdsEndpoint = (
  path: string,
  allowed: readonly string[],
  siteUrl: string,
  get: (asked: Asked) => Promise<unknown> | unknown,
): Endpoint => ({
  path: `${base}${path}`,
  method: 'get',
  handler: async (req) => {
    const refused = await limited(req)
    if (refused) return refused
    const parsed = parseHsdsQuery(req.searchParams, allowed)
    if (!parsed.ok) return refuse(400, parsed.parameter, 'invalidParameter', parsed.message)
    const id = String(req.routeParams?.id ?? '')
    if (path.endsWith(':id') && !isUuid(id)) return refuse(400, 'id', 'invalidId', 'id: a UUID.')
    const locale = parsed.query.lang ?? requestLocale(req.headers)
    const value = await get({
      req,
      query: parsed.query,
      context: { locale, siteUrl },
      id: id.toLowerCase(),
    })
    if (value === undefined) return refuse(404, 'id', 'notFound', 'Nothing published has this id.')
    return answer(req, value, locale)
  },
})

/** Where the API is, as its caller reached it (behind a proxy too: Payload's `req.url` is absolute). */
const apiUrl = (req: PayloadRequest) => {
  const url = new URL(req.url ?? 'http://localhost/')
  const prefix = url.pathname.slice(0, url.pathname.indexOf(base) + base.length)
  return `${url.origin}${prefix}`
}

export const hsdsEndpoints = ({ siteUrl }: Pick<SanitizedOptions, 'siteUrl'>): Endpoint[] => [
  hsdsEndpoint('', [], siteUrl, ({ req }) => ({
    version: '3.1',
    profile: `${apiUrl(req)}/openapi.json`,
    openapi_url: `${apiUrl(req)}/openapi.json`,
  })),
  hsdsEndpoint('/openapi.json', [], siteUrl, ({ req }) => hsdsOpenApi(apiUrl(req))),
  hsdsEndpoint('/services', hsdsListParams.services, siteUrl, ({ req, query, context }) =>
    read.hsdsServices(req.payload, query, context),
  ),
  hsdsEndpoint('/services/:id', [], siteUrl, ({ req, id, context }) =>
    read.hsdsService(req.payload, id, context),
  ),
  hsdsEndpoint('/organizations', hsdsListParams.organizations, siteUrl, ({ req, query, context }) =>
    read.hsdsOrganizations(req.payload, query, context),
  ),
  hsdsEndpoint('/organizations/:id', [], siteUrl, ({ req, id, context }) =>
    read.hsdsOrganization(req.payload, id, context),
  ),
  hsdsEndpoint(
    '/service_at_locations',
    hsdsListParams.services,
    siteUrl,
    ({ req, query, context }) => read.hsdsServiceAtLocations(req.payload, query, context),
  ),
  hsdsEndpoint('/service_at_locations/:id', [], siteUrl, ({ req, id, context }) =>
    read.hsdsServiceAtLocation(req.payload, id, context),
  ),
  hsdsEndpoint('/taxonomies', hsdsListParams.taxonomies, siteUrl, ({ query, context }) =>
    read.hsdsTaxonomies(query, context),
  ),
  hsdsEndpoint('/taxonomies/:id', [], siteUrl, ({ id, context }) => read.hsdsTaxonomy(id, context)),
  hsdsEndpoint('/taxonomy_terms', hsdsListParams.taxonomy_terms, siteUrl, ({ query, context }) =>
    read.hsdsTaxonomyTerms(query, context),
  ),
  hsdsEndpoint('/taxonomy_terms/:id', [], siteUrl, ({ id, context }) =>
    read.hsdsTaxonomyTerm(id, context),
  ),
]
