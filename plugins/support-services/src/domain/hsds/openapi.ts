/**
 * The OpenAPI document of what this API serves, generated from our schema of the objects, so the
 * document and the responses cannot drift apart. It also says which parts of HSDS 3.1 are served:
 * it is the profile the `/` endpoint points to.
 */
import { z } from 'zod'

import { hsdsListParams, hsdsMaxPerPage } from './query'
import {
  hsdsOrganization,
  hsdsPage,
  hsdsRoot,
  hsdsService,
  hsdsServiceAtLocation,
  hsdsTaxonomy,
  hsdsTaxonomyTerm,
} from './schema'

const parameterDescriptions: Record<string, string> = {
  page: 'Page number, from 1.',
  per_page: `Items a page, 1 to ${hsdsMaxPerPage} (default 50).`,
  search: 'Text the name or description contains.',
  modified_after: 'Only what changed on or after this date or date-time (ISO 8601).',
  taxonomy_term_id: 'Only services with this taxonomy term (see /taxonomy_terms).',
  taxonomy_id: 'Only terms of this taxonomy.',
  organization_id: 'Only services of this organization.',
  lang: 'Language of the texts: sv (default), lattlast (easy-to-read Swedish), en, ar. Accept-Language works too.',
}

const parameter = (name: string) => ({
  name,
  in: 'query',
  required: false,
  description: parameterDescriptions[name],
  schema: name === 'page' || name === 'per_page' ? { type: 'integer' } : { type: 'string' },
})

const json = (schema: z.ZodType) => ({
  'application/json': { schema: z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }) },
})

const error = {
  description: 'A JSON error naming the parameter: {"errors":[{"field","code","message"}]}',
}

const list = (summary: string, item: z.ZodType, params: readonly string[]) => ({
  get: {
    summary,
    parameters: [...params, 'lang'].map(parameter),
    responses: { 200: { description: summary, content: json(hsdsPage(item)) }, 400: error },
  },
})

const one = (summary: string, item: z.ZodType) => ({
  get: {
    summary,
    parameters: [
      { name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } },
      parameter('lang'),
    ],
    responses: { 200: { description: summary, content: json(item) }, 400: error, 404: error },
  },
})

export const hsdsProfileDescription = [
  'Open Referral HSDS 3.1, read-only, without profile changes. Served: services (with organization,',
  'phones, contacts, schedules, languages, additional URLs, eligibility in words, minimum and maximum',
  'age, the other eligibility rules as attributes, the method as a taxonomy term, and the current',
  'capacity: people waiting, fewer than 5 given as 5 with the attribute count=fewerThan, and the',
  'estimated wait in weeks or months), organizations, service_at_locations (the contact address as a',
  'location, without structured addresses or coordinates), one taxonomy with its terms (IPS, SEd, SE).',
  'Not served: programs, funding, cost options, required documents, service areas, accessibility,',
  'metadata, the parameters full, minimal, taxonomy_id on lists other than terms, postcode and',
  'proximity, format=ndjson, and POST searches. Only services that take referrals are published; a',
  'paused or closed service is absent (404 by id).',
].join(' ')

/** The whole document; `serverUrl` is the API's own address (…/api/hsds). */
export const hsdsOpenApi = (serverUrl: string) => ({
  openapi: '3.1.0',
  info: { title: 'Stödportalen: HSDS 3.1', version: '3.1', description: hsdsProfileDescription },
  servers: [{ url: serverUrl }],
  paths: {
    '/': {
      get: {
        summary: 'The HSDS version, profile and this document',
        responses: { 200: { description: 'About this API', content: json(hsdsRoot) } },
      },
    },
    '/services': list('Services', hsdsService, hsdsListParams.services),
    '/services/{id}': one('A service', hsdsService),
    '/organizations': list('Organizations', hsdsOrganization, hsdsListParams.organizations),
    '/organizations/{id}': one('An organization', hsdsOrganization),
    '/service_at_locations': list(
      'Services at their locations',
      hsdsServiceAtLocation,
      hsdsListParams.services,
    ),
    '/service_at_locations/{id}': one('A service at its location', hsdsServiceAtLocation),
    '/taxonomies': list('Taxonomies', hsdsTaxonomy, hsdsListParams.taxonomies),
    '/taxonomies/{id}': one('A taxonomy', hsdsTaxonomy),
    '/taxonomy_terms': list('Taxonomy terms', hsdsTaxonomyTerm, hsdsListParams.taxonomy_terms),
    '/taxonomy_terms/{id}': one('A taxonomy term', hsdsTaxonomyTerm),
  },
})
