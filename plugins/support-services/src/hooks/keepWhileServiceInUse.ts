import type { CollectionBeforeDeleteHook, CollectionSlug, PayloadRequest, Where } from 'payload'

import { slugs } from '../defaults'
import { previewCollections } from '../endpoints/preview'
import { refusal } from './refusal'

/** A record that points at a service and keeps it: how to find them, and how to name how many. */
interface Dependant {
  collection: CollectionSlug
  /** Those that name the service in a field. */
  where?: (id: number | string) => Where
  /** A rich text field whose calls to action (content blocks) may lead to the service's form. */
  richText?: string
  name: (count: number) => string
}

const either = (...wheres: Where[]): Where => ({ or: wheres })

const plural = (one: string, many: string) => (count: number) =>
  `${count} ${count === 1 ? one : many}`

/**
 * What keeps a service: its cases and their history, the report's figures, and what staff wrote about
 * it: an event or story naming it, or a page's, event's or story's text with a call to action leading
 * to its form (in any language), published or in its latest draft. None of it means anything without
 * the service, and none of it may silently lose its service, so it is moved or closed by a person
 * first. (Its targets and texts are part of the service itself.)
 */
const dependants: Dependant[] = [
  {
    collection: slugs.referrals,
    where: (id) => ({ service: { equals: id } }),
    name: plural('anmälan', 'anmälningar'),
  },
  {
    collection: slugs.referralEvents,
    where: (id) => either({ fromService: { equals: id } }, { toService: { equals: id } }),
    name: plural('flytt i anmälningarnas historik', 'flyttar i anmälningarnas historik'),
  },
  {
    collection: slugs.referralTallies,
    where: (id) => ({ service: { equals: id } }),
    name: () => 'uppföljningsrapportens siffror för gallrade anmälningar',
  },
  {
    collection: slugs.fidelityReviews,
    where: (id) => ({ service: { equals: id } }),
    name: plural('programtrohetsmätning', 'programtrohetsmätningar'),
  },
  {
    collection: slugs.outreachActivities,
    where: (id) => either({ services: { contains: id } }, { 'landing.service': { equals: id } }),
    name: plural('uppsökande aktivitet', 'uppsökande aktiviteter'),
  },
  {
    collection: slugs.events,
    where: (id) => ({ services: { contains: id } }),
    richText: 'text',
    name: plural('evenemang', 'evenemang'),
  },
  {
    collection: slugs.stories,
    where: (id) => ({ service: { equals: id } }),
    richText: 'text',
    name: plural('berättelse', 'berättelser'),
  },
  {
    // The host's pages (the preview knows them too), when it has them.
    collection: previewCollections.page,
    richText: 'body',
    name: plural('sida med en uppmaning som leder hit', 'sidor med uppmaningar som leder hit'),
  },
]

/** Whether rich text, in any of its languages, has a call to action that leads to the service. */
const leadsToService = (value: unknown, id: number | string): boolean => {
  if (Array.isArray(value)) return value.some((item) => leadsToService(item, id))
  if (typeof value !== 'object' || value === null) return false
  const node = value as Record<string, unknown>
  const service =
    typeof node.service === 'object' && node.service !== null
      ? (node.service as { id?: unknown }).id
      : node.service
  if (node.blockType === 'callToAction' && service != null && String(service) === String(id))
    return true
  return Object.values(node).some((child) => leadsToService(child, id))
}

/** How many records keep the service, by their field or by their text's calls to action. */
const keepingCount = async (d: Dependant, id: number | string, req: PayloadRequest) => {
  if (!d.richText)
    return (await req.payload.count({ collection: d.collection, where: d.where!(id), req }))
      .totalDocs
  const ids = new Set<number | string>()
  const field = d.richText
  // The published version and the latest draft: either may be published as it is.
  for (const draft of [false, true]) {
    if (d.where) {
      const { docs } = await req.payload.find({
        collection: d.collection,
        where: d.where(id),
        select: {},
        draft,
        depth: 0,
        pagination: false,
        req,
      })
      for (const doc of docs) ids.add(doc.id)
    }
    const { docs } = await req.payload.find({
      collection: d.collection,
      select: { [field]: true },
      locale: 'all',
      draft,
      depth: 0,
      pagination: false,
      req,
    })
    for (const doc of docs)
      if (leadsToService((doc as unknown as Record<string, unknown>)[field], id)) ids.add(doc.id)
  }
  return ids.size
}

const listed = (parts: string[]) =>
  parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} och ${parts.at(-1)}`

const dependantsOf = async (id: number | string, req: PayloadRequest) => {
  const counts = await Promise.all(
    dependants
      .filter((d) => d.collection in req.payload.collections)
      .map(async (d) => {
        const count = await keepingCount(d, id, req)
        return count > 0 ? d.name(count) : null
      }),
  )
  return counts.filter((part): part is string => part !== null)
}

/**
 * A service is deleted only when nothing keeps it; otherwise the refusal names what does, and points
 * to closing it instead. Its referral forms are its own and meaningless without it: they go with it.
 */
export const keepWhileServiceInUse: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const keeping = await dependantsOf(id, req)
  if (keeping.length > 0)
    throw refusal(
      `Tjänsten kan inte tas bort: den har ${listed(keeping)}. Sätt status till Avslutad i stället, så finns allt kvar.`,
      'status',
      'serviceInUse',
    )
  await req.payload.delete({
    collection: slugs.referralForms,
    where: { service: { equals: id } },
    req,
  })
}
