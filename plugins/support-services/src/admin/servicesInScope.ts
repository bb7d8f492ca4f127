import type { Payload } from 'payload'

import { slugs } from '../defaults'

export interface ServiceInScope {
  id: number
  name: string
  unit: { id: number; name: string }
}

/** The services a staff page may show (its scope already decided), by Swedish name, with their unit. */
export const servicesInScope = async (
  payload: Payload,
  scope: 'all' | number[],
): Promise<ServiceInScope[]> => {
  const [services, units] = await Promise.all([
    payload.find({
      collection: slugs.services,
      depth: 0,
      pagination: false,
      locale: 'sv',
      sort: 'name',
      select: { name: true, unit: true },
      overrideAccess: true,
    }),
    payload.find({
      collection: slugs.units,
      depth: 0,
      pagination: false,
      select: { name: true },
      overrideAccess: true,
    }),
  ])
  const unitName = new Map(units.docs.map((u) => [Number(u.id), String(u.name)]))
  return services.docs
    .map((s) => ({
      id: Number(s.id),
      name: String((s as { name?: unknown }).name ?? s.id),
      unit: { id: Number(s.unit), name: unitName.get(Number(s.unit)) ?? '' },
    }))
    .filter((s) => scope === 'all' || scope.includes(s.id))
}

/** Services grouped by unit, units in name order (a page shows a unit's services together). */
export const byUnit = (services: readonly ServiceInScope[]) => {
  const groups = new Map<number, { unit: ServiceInScope['unit']; services: ServiceInScope[] }>()
  for (const s of services) {
    const group = groups.get(s.unit.id) ?? { unit: s.unit, services: [] }
    group.services.push(s)
    groups.set(s.unit.id, group)
  }
  return [...groups.values()].sort((a, b) => a.unit.name.localeCompare(b.unit.name, 'sv'))
}
