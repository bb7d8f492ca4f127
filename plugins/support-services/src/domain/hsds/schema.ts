/**
 * Our own schema of the HSDS 3.1 objects this API serves, written from the published specification
 * (openreferral/specification, 3.1: field names, required fields, formats, enumerations) for the
 * fields we fill. Objects are strict: a field the specification does not have fails the check. The
 * tests validate every response against it, and the OpenAPI document is generated from it.
 */
import { z } from 'zod'

const uuid = z.uuid()
const uri = z.url()
const dateTime = z.iso.datetime({ offset: true })

export const hsdsTaxonomy = z.strictObject({
  id: uuid,
  name: z.string(),
  description: z.string(),
  uri: uri.optional(),
  version: z.string().optional(),
})

export const hsdsTaxonomyTerm = z.strictObject({
  id: uuid,
  code: z.string().optional(),
  name: z.string(),
  description: z.string(),
  parent_id: uuid.nullable().optional(),
  taxonomy: z.string().optional(),
  taxonomy_detail: hsdsTaxonomy.optional(),
  language: z.string().optional(),
  taxonomy_id: uuid.optional(),
  term_uri: uri.optional(),
})

/** HSDS `attribute`: a taxonomy term on an object, or (without one) a labelled value such as a rule. */
export const hsdsAttribute = z.strictObject({
  id: uuid,
  link_id: uuid.optional(),
  taxonomy_term_id: uuid.optional(),
  link_type: z.string().optional(),
  link_entity: z.string().optional(),
  value: z.string().optional(),
  taxonomy_term: hsdsTaxonomyTerm.optional(),
  label: z.string().optional(),
})

export const hsdsPhone = z.strictObject({
  id: uuid,
  service_id: uuid.optional(),
  organization_id: uuid.optional(),
  contact_id: uuid.optional(),
  number: z.string(),
  /** RFC 6350 TYPE values, as the specification's description lists them. */
  type: z.enum(['text', 'voice', 'fax', 'cell', 'video', 'pager', 'textphone']).optional(),
  description: z.string().optional(),
})

export const hsdsContact = z.strictObject({
  id: uuid,
  organization_id: uuid.optional(),
  service_id: uuid.optional(),
  name: z.string().optional(),
  email: z.email().optional(),
  phones: z.array(hsdsPhone).optional(),
})

export const hsdsSchedule = z.strictObject({
  id: uuid,
  service_id: uuid.optional(),
  wkst: z.enum(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']).optional(),
  freq: z.enum(['WEEKLY', 'MONTHLY']).optional(),
  description: z.string().optional(),
})

export const hsdsLanguage = z.strictObject({
  id: uuid,
  service_id: uuid.optional(),
  name: z.string().optional(),
  code: z.string().optional(),
  note: z.string().optional(),
})

export const hsdsUrl = z.strictObject({
  id: uuid,
  label: z.string().optional(),
  url: uri,
  organization_id: uuid.optional(),
  service_id: uuid.optional(),
})

export const hsdsUnit = z.strictObject({
  id: uuid,
  name: z.string(),
  scheme: z.string().optional(),
  identifier: z.string().optional(),
  uri: uri.optional(),
})

export const hsdsServiceCapacity = z.strictObject({
  id: uuid,
  service_id: uuid.optional(),
  unit: hsdsUnit,
  unit_id: uuid.optional(),
  available: z.number(),
  maximum: z.number().optional(),
  description: z.string().optional(),
  updated: dateTime,
  attributes: z.array(hsdsAttribute).optional(),
})

export const hsdsOrganization = z.strictObject({
  id: uuid,
  name: z.string(),
  description: z.string(),
  email: z.email().optional(),
  website: uri.optional(),
})

export const hsdsLocation = z.strictObject({
  id: uuid,
  location_type: z.enum(['physical', 'postal', 'virtual']),
  url: uri.optional(),
  organization_id: uuid.optional(),
  name: z.string().optional(),
  description: z.string().optional(),
})

export const hsdsServiceStatus = z.enum(['active', 'inactive', 'defunct', 'temporarily closed'])

export const hsdsService = z.strictObject({
  id: uuid,
  organization_id: uuid.optional(),
  name: z.string(),
  description: z.string().optional(),
  url: uri.optional(),
  additional_urls: z.array(hsdsUrl).optional(),
  email: z.email().optional(),
  status: hsdsServiceStatus,
  application_process: z.string().optional(),
  eligibility_description: z.string().optional(),
  minimum_age: z.number().optional(),
  maximum_age: z.number().optional(),
  last_modified: dateTime.optional(),
  phones: z.array(hsdsPhone).optional(),
  schedules: z.array(hsdsSchedule).optional(),
  languages: z.array(hsdsLanguage).optional(),
  organization: hsdsOrganization.optional(),
  contacts: z.array(hsdsContact).optional(),
  capacities: z.array(hsdsServiceCapacity).optional(),
  attributes: z.array(hsdsAttribute).optional(),
})

export const hsdsServiceAtLocation = z.strictObject({
  id: uuid,
  service_id: uuid.optional(),
  location_id: uuid.optional(),
  description: z.string().optional(),
  phones: z.array(hsdsPhone).optional(),
  schedules: z.array(hsdsSchedule).optional(),
  location: hsdsLocation.optional(),
})

/** The specification's paginated list response around `contents`. */
export const hsdsPage = <T extends z.ZodType>(item: T) =>
  z.strictObject({
    total_items: z.number().int().min(0),
    total_pages: z.number().int().min(0),
    page_number: z.number().int().min(1),
    size: z.number().int().min(0),
    first_page: z.boolean(),
    last_page: z.boolean(),
    empty: z.boolean(),
    contents: z.array(item),
  })

/** `GET /`: the API's HSDS version, its profile and where its OpenAPI document is. */
export const hsdsRoot = z.strictObject({
  version: z.literal('3.1'),
  profile: uri,
  openapi_url: uri,
})

export type HsdsTaxonomy = z.infer<typeof hsdsTaxonomy>
export type HsdsTaxonomyTerm = z.infer<typeof hsdsTaxonomyTerm>
export type HsdsAttribute = z.infer<typeof hsdsAttribute>
export type HsdsServiceCapacity = z.infer<typeof hsdsServiceCapacity>
export type HsdsOrganization = z.infer<typeof hsdsOrganization>
export type HsdsService = z.infer<typeof hsdsService>
export type HsdsServiceAtLocation = z.infer<typeof hsdsServiceAtLocation>
export type HsdsPage<T> = Omit<z.infer<ReturnType<typeof hsdsPage>>, 'contents'> & {
  contents: T[]
}
