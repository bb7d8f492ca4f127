import type { Payload } from 'payload'

import { slugs } from '../../defaults'
import { idOf } from '../../hooks/relationIds'

export interface QueueUnit {
  id: number
  name: string
  /** The unit's services within the scope it was read for. */
  serviceIds: number[]
}

/**
 * The units that own the services of a scope, by name, each with its services in that scope: what the
 * unit filter offers, and the services it narrows the queue to. Units and services are few and public.
 */
export async function unitsInScope(
  payload: Payload,
  scopeIds: readonly number[] | 'all',
): Promise<QueueUnit[]> {
  if (scopeIds !== 'all' && scopeIds.length === 0) return []
  const { docs: services } = await payload.find({
    collection: slugs.services,
    where: scopeIds === 'all' ? {} : { id: { in: [...scopeIds] } },
    select: { unit: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const servicesOf = new Map<number, number[]>()
  for (const service of services) {
    const unit = idOf(service.unit)
    if (unit == null) continue
    servicesOf.set(Number(unit), [...(servicesOf.get(Number(unit)) ?? []), Number(service.id)])
  }
  if (servicesOf.size === 0) return []
  const { docs: units } = await payload.find({
    collection: slugs.units,
    where: { id: { in: [...servicesOf.keys()] } },
    select: { name: true },
    sort: 'name',
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return units.map((unit) => ({
    id: Number(unit.id),
    name: String(unit.name),
    serviceIds: servicesOf.get(Number(unit.id)) ?? [],
  }))
}

/** The services a unit filter leaves of a scope: all of them without one, none for a unit outside it. */
export const narrowToUnit = (
  scopeIds: readonly number[] | 'all',
  units: readonly QueueUnit[],
  unit: null | number,
): readonly number[] | 'all' =>
  unit === null ? scopeIds : (units.find((u) => u.id === unit)?.serviceIds ?? [])
