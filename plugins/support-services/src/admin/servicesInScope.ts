import type { Payload } from 'payload'

import { slugs } from '../defaults'

/** The services a staff page may show (its scope already decided), by Swedish name. */
export const servicesInScope = async (payload: Payload, scope: 'all' | number[]) => {
  const { docs } = await payload.find({
    collection: slugs.services,
    depth: 0,
    pagination: false,
    locale: 'sv',
    sort: 'name',
    select: { name: true },
    overrideAccess: true,
  })
  return docs
    .map((s) => ({ id: Number(s.id), name: String((s as { name?: unknown }).name ?? s.id) }))
    .filter((s) => scope === 'all' || scope.includes(s.id))
}
