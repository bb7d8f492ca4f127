import type { Payload } from 'payload'

import { localize } from '../domain'
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
import { hsdsDirectory } from './hsdsDirectory'
import { publicQueueFigures, queueFigures } from './queueFigures'

/**
 * The open data's reads. Only services that take referrals (`open`) are published: a paused or closed
 * service is absent from every list and its ids answer 404, as are its organisation (when it has no
 * other) and its place. The services come from the kept directory; the only other read is the queue's
 * aggregates, for the services on the page.
 */

/** A search matches a text holding every one of its words, in any case and order. */
const hasEveryWord = (text: string, search: string) => {
  const haystack = text.toLocaleLowerCase('sv')
  return search
    .toLocaleLowerCase('sv')
    .split(/\s+/)
    .every((word) => haystack.includes(word))
}

const organizationIdOf = (service: HsdsServiceSource) => {
  const name = organizationName(service)
  return name && organizationId(name)
}

/** The services a list's filters leave, in the lists' order. */
const filtered = (services: HsdsServiceSource[], query: HsdsQuery, { locale }: HsdsContext) => {
  const method = query.taxonomyTermId && methodOfTerm(query.taxonomyTermId)
  if (query.taxonomyTermId && !method) return []
  const { search, modifiedAfter, organizationId: organization } = query
  return services.filter(
    (service) =>
      (!search ||
        hasEveryWord(localize(service.name, locale), search) ||
        hasEveryWord(localize(service.summary, locale), search)) &&
      (!modifiedAfter || new Date(service.updatedAt) >= modifiedAfter) &&
      (!method || service.method === method) &&
      (!organization || organizationIdOf(service) === organization),
  )
}

/** One page of the filtered services. */
const pageOfServices = async (payload: Payload, query: HsdsQuery, context: HsdsContext) => {
  const all = filtered((await hsdsDirectory(payload)).services, query, context)
  return {
    docs: all.slice((query.page - 1) * query.perPage, query.page * query.perPage),
    total: all.length,
  }
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

export const hsdsServices = async (payload: Payload, query: HsdsQuery, context: HsdsContext) => {
  const { docs, total } = await pageOfServices(payload, query, context)
  return hsdsPageOf(await withCapacities(payload, docs, context), total, query.page, query.perPage)
}

export const hsdsServiceAtLocations = async (
  payload: Payload,
  query: HsdsQuery,
  context: HsdsContext,
) => {
  const { docs, total } = await pageOfServices(payload, query, context)
  return hsdsPageOf(
    docs.map((doc) => hsdsServiceAtLocationOf(doc, context)),
    total,
    query.page,
    query.perPage,
  )
}

/** A published service by the HSDS id of the service (or of its place, with `kind`). */
const serviceBy = async (
  payload: Payload,
  kind: 'service' | 'service_at_location',
  uuid: string,
) => {
  const service = (await hsdsDirectory(payload)).byHsdsId.get(uuid)
  return service && hsdsId(kind, service.id) === uuid ? service : undefined
}

export const hsdsService = async (payload: Payload, uuid: string, context: HsdsContext) => {
  const service = await serviceBy(payload, 'service', uuid)
  return service && (await withCapacities(payload, [service], context))[0]
}

export const hsdsServiceAtLocation = async (
  payload: Payload,
  uuid: string,
  context: HsdsContext,
) => {
  const service = await serviceBy(payload, 'service_at_location', uuid)
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
  for (const service of (await hsdsDirectory(payload)).services) {
    const name = organizationName(service)
    const serviceName = localize(service.name, context.locale)
    if (name) byName.set(name, [...(byName.get(name) ?? []), serviceName])
  }
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
