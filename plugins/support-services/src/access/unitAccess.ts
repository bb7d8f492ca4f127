import type { Access, PayloadRequest, Where } from 'payload'

import type { SanitizedOptions } from '../sanitizeOptions'

type PluginAccess = SanitizedOptions['access']
type User = PayloadRequest['user']

/** The units a user manages, or false when they manage none (so callers need not repeat the cases). */
export const managedUnitsOf = (access: PluginAccess, user: User): 'all' | false | string[] => {
  if (!access.canManageServices(user)) return false
  const units = access.managedUnits(user)
  if (units === 'all') return 'all'
  if (units === 'none' || units.length === 0) return false
  return units.map(String)
}

/**
 * Row-level write access to what a unit owns, as a `Where` on the path to the unit (services by
 * `unit`, forms by `service.unit`, units by `id`), so the admin, REST, GraphQL and the Local API agree.
 */
export const withinManagedUnits =
  (access: PluginAccess, path: 'id' | 'service.unit' | 'unit'): Access =>
  ({ req }) => {
    const units = managedUnitsOf(access, req.user)
    if (units === 'all' || units === false) return units === 'all'
    return { [path]: { in: units } } satisfies Where
  }

/** Does this user manage the unit (an id or a populated document)? */
export const managesUnit = (access: PluginAccess, user: User, unit: unknown): boolean => {
  const units = managedUnitsOf(access, user)
  if (units === 'all' || units === false) return units === 'all'
  const id = typeof unit === 'object' && unit !== null ? (unit as { id: unknown }).id : unit
  return id != null && units.includes(String(id))
}

/** Only those who manage every unit create or remove units. */
export const managesEveryUnit =
  (access: PluginAccess): Access =>
  ({ req }) =>
    managedUnitsOf(access, req.user) === 'all'
