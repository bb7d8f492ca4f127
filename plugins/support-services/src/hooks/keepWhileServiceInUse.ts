import type { CollectionBeforeDeleteHook, CollectionSlug, PayloadRequest, Where } from 'payload'

import { slugs } from '../defaults'
import { refusal } from './refusal'

/** A record that points at a service and keeps it: how to find them, and how to name how many. */
interface Dependant {
  collection: CollectionSlug
  where: (id: number | string) => Where
  name: (count: number) => string
}

const either = (...wheres: Where[]): Where => ({ or: wheres })

const plural = (one: string, many: string) => (count: number) =>
  `${count} ${count === 1 ? one : many}`

/**
 * What keeps a service: its cases and their history, the report's figures, and what staff wrote about
 * it. None of it means anything without the service, and none of it may silently lose its service, so
 * it is moved or closed by a person first. (Its targets and texts are part of the service itself.)
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
    name: plural('evenemang', 'evenemang'),
  },
  {
    collection: slugs.stories,
    where: (id) => ({ service: { equals: id } }),
    name: plural('berättelse', 'berättelser'),
  },
]

const listed = (parts: string[]) =>
  parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} och ${parts.at(-1)}`

const dependantsOf = async (id: number | string, req: PayloadRequest) => {
  const counts = await Promise.all(
    dependants.map(async (d) => {
      const { totalDocs } = await req.payload.count({
        collection: d.collection,
        where: d.where(id),
        req,
      })
      return totalDocs > 0 ? d.name(totalDocs) : null
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
