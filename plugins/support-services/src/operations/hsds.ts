import type { Payload, Where } from 'payload'

import { sql } from '@payloadcms/db-postgres/drizzle'

import type { StoredSheetService } from '../adapters/sheetService'

import { sheetServiceFromStored } from '../adapters/sheetService'
import { slugs } from '../defaults'
import {
  type HsdsContext,
  hsdsId,
  hsdsMethods,
  hsdsOrganizationOf,
  hsdsPageOf,
  type HsdsQuery,
  hsdsServiceAtLocationOf,
  hsdsServiceOf,
  type HsdsServiceSource,
  hsdsTaxonomyOf,
  hsdsTermOf,
  methodOfTerm,
  organizationId,
  organizationName,
} from '../domain/hsds'
import { publicQueueFigures, queueFigures } from './queueFigures'
import { drizzleRunner, tables } from './sql'

/**
 * The open data's reads. Only services that take referrals (`open`) are published: a paused or closed
 * service is absent from every list and its ids answer 404, as are its organisation (when it has no
 * other) and its place. Nothing here reads referrals but the queue's aggregates.
 */
const published: Where = { status: { equals: 'open' } }

type StoredService = StoredSheetService & {
  id: number
  method: HsdsServiceSource['method']
  municipalityName?: null | string
  languages?: null | string[]
  updatedAt: string
}

const serviceFields = {
  slug: true,
  status: true,
  method: true,
  name: true,
  summary: true,
  whoFor: true,
  provider: true,
  municipalityName: true,
  contact: true,
  languages: true,
  eligibility: true,
  updatedAt: true,
} as const

const sourceOf = (doc: StoredService): HsdsServiceSource => ({
  ...sheetServiceFromStored(doc),
  id: doc.id,
  method: doc.method,
  municipalityName: doc.municipalityName ?? undefined,
  languages: doc.languages ?? undefined,
  updatedAt: doc.updatedAt,
})

/** Every published service in brief: what ids, organisations and filters are worked out from. */
const directory = async (payload: Payload, context: HsdsContext) => {
  const { docs } = await payload.find({
    collection: slugs.services,
    where: published,
    select: { name: true, provider: true, municipalityName: true },
    locale: context.locale,
    fallbackLocale: 'sv',
    sort: 'id',
    depth: 0,
    pagination: false,
  })
  return (
    docs as unknown as Array<{
      id: number
      name: string
      provider?: null | string
      municipalityName?: null | string
    }>
  ).map((doc) => ({
    id: doc.id,
    name: doc.name,
    organization: organizationName({
      provider: doc.provider ?? undefined,
      municipalityName: doc.municipalityName ?? undefined,
    }),
  }))
}

/**
 * A published service's database id from its HSDS id (of the service or its place), if any: ids are
 * derived, not stored, so the published ids are hashed and compared (a thousand in about a millisecond).
 */
const serviceIdOf = async (
  payload: Payload,
  kind: 'service' | 'service_at_location',
  uuid: string,
) => {
  const { rows } = await drizzleRunner(payload)(
    sql`SELECT id FROM ${tables.services} WHERE status = 'open'`,
  )
  return rows.map((row) => Number(row.id)).find((id) => hsdsId(kind, id) === uuid)
}

/** The `where` of a services query, or null when a filter names nothing of ours (an empty page). */
const servicesWhere = async (
  payload: Payload,
  query: HsdsQuery,
  context: HsdsContext,
): Promise<null | Where> => {
  const and: Where[] = [published]
  if (query.search)
    and.push({ or: [{ name: { like: query.search } }, { summary: { like: query.search } }] })
  if (query.modifiedAfter)
    and.push({ updatedAt: { greater_than_equal: query.modifiedAfter.toISOString() } })
  if (query.taxonomyTermId) {
    const method = methodOfTerm(query.taxonomyTermId)
    if (!method) return null
    and.push({ method: { equals: method } })
  }
  if (query.organizationId) {
    const ids = (await directory(payload, context))
      .filter((s) => s.organization && organizationId(s.organization) === query.organizationId)
      .map((s) => s.id)
    if (ids.length === 0) return null
    and.push({ id: { in: ids } })
  }
  return { and }
}

const findServices = async (
  payload: Payload,
  where: Where,
  query: HsdsQuery,
  context: HsdsContext,
) => {
  const found = await payload.find({
    collection: slugs.services,
    where,
    select: serviceFields,
    locale: context.locale,
    fallbackLocale: 'sv',
    sort: 'id',
    depth: 0,
    page: query.page,
    limit: query.perPage,
  })
  return { docs: (found.docs as unknown as StoredService[]).map(sourceOf), total: found.totalDocs }
}

/** The services' capacities, all in one query, with `updated` the last time the queue moved. */
const withCapacities = async (
  payload: Payload,
  services: HsdsServiceSource[],
  context: HsdsContext,
) => {
  const figures = await queueFigures(
    payload,
    services.map((s) => s.id),
  )
  return services.map((service) => {
    const figure = figures.get(service.id)!
    const status = {
      ...publicQueueFigures(figure),
      asOf: (figure.lastChange ?? new Date(service.updatedAt)).toISOString(),
    }
    return hsdsServiceOf(service, status, context)
  })
}

const emptyPage = (query: HsdsQuery) => hsdsPageOf([], 0, query.page, query.perPage)

export const hsdsServices = async (payload: Payload, query: HsdsQuery, context: HsdsContext) => {
  const where = await servicesWhere(payload, query, context)
  if (!where) return emptyPage(query)
  const { docs, total } = await findServices(payload, where, query, context)
  return hsdsPageOf(await withCapacities(payload, docs, context), total, query.page, query.perPage)
}

export const hsdsServiceAtLocations = async (
  payload: Payload,
  query: HsdsQuery,
  context: HsdsContext,
) => {
  const where = await servicesWhere(payload, query, context)
  if (!where) return emptyPage(query)
  const { docs, total } = await findServices(payload, where, query, context)
  return hsdsPageOf(
    docs.map((doc) => hsdsServiceAtLocationOf(doc, context)),
    total,
    query.page,
    query.perPage,
  )
}

const oneService = async (payload: Payload, id: number, context: HsdsContext) => {
  const { docs } = await findServices(
    payload,
    { and: [published, { id: { equals: id } }] },
    { page: 1, perPage: 1 },
    context,
  )
  return docs[0]
}

export const hsdsService = async (payload: Payload, uuid: string, context: HsdsContext) => {
  const id = await serviceIdOf(payload, 'service', uuid)
  const service = id === undefined ? undefined : await oneService(payload, id, context)
  return service && (await withCapacities(payload, [service], context))[0]
}

export const hsdsServiceAtLocation = async (
  payload: Payload,
  uuid: string,
  context: HsdsContext,
) => {
  const id = await serviceIdOf(payload, 'service_at_location', uuid)
  const service = id === undefined ? undefined : await oneService(payload, id, context)
  return service && hsdsServiceAtLocationOf(service, context)
}

/** Case-insensitive: does a text contain what was searched for. */
const matches = (text: string, search?: string) =>
  !search || text.toLocaleLowerCase('sv').includes(search.toLocaleLowerCase('sv'))

/** A list we hold whole in memory, as one page of the specification's list response. */
const pageOfAll = <T>(all: T[], query: HsdsQuery) =>
  hsdsPageOf(
    all.slice((query.page - 1) * query.perPage, query.page * query.perPage),
    all.length,
    query.page,
    query.perPage,
  )

/** At most this many service names in an organisation's description. */
const namesShown = 10

/** The organisations that provide the published services, by name. */
const organizations = async (payload: Payload, context: HsdsContext) => {
  const byName = new Map<string, string[]>()
  for (const service of await directory(payload, context))
    if (service.organization)
      byName.set(service.organization, [...(byName.get(service.organization) ?? []), service.name])
  return [...byName]
    .sort(([a], [b]) => a.localeCompare(b, 'sv'))
    .map(([name, services]) =>
      hsdsOrganizationOf(
        name,
        services.length > namesShown ? [...services.slice(0, namesShown), '…'] : services,
        context,
      ),
    )
}

export const hsdsOrganizations = async (payload: Payload, query: HsdsQuery, context: HsdsContext) =>
  pageOfAll(
    (await organizations(payload, context)).filter((o) => matches(o.name, query.search)),
    query,
  )

export const hsdsOrganization = async (payload: Payload, uuid: string, context: HsdsContext) =>
  (await organizations(payload, context)).find((o) => o.id === uuid)

export const hsdsTaxonomies = (query: HsdsQuery, context: HsdsContext) =>
  pageOfAll(
    [hsdsTaxonomyOf(context.locale)].filter(
      (t) => matches(t.name, query.search) || matches(t.description, query.search),
    ),
    query,
  )

const terms = (context: HsdsContext) => hsdsMethods.map((m) => hsdsTermOf(m, context.locale))

export const hsdsTaxonomyTerms = (query: HsdsQuery, context: HsdsContext) =>
  pageOfAll(
    terms(context).filter(
      (t) =>
        (!query.taxonomyId || t.taxonomy_id === query.taxonomyId) &&
        (matches(t.name, query.search) || matches(t.description, query.search)),
    ),
    query,
  )

export const hsdsTaxonomy = (uuid: string, context: HsdsContext) =>
  [hsdsTaxonomyOf(context.locale)].find((t) => t.id === uuid)

export const hsdsTaxonomyTerm = (uuid: string, context: HsdsContext) =>
  terms(context).find((t) => t.id === uuid)
