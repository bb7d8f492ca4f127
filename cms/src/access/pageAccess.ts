import type { Access, FilterOptions, TypedUser, Where } from 'payload'

import { hasRole, unitsOf } from './roles'

const installWide: Where = { unit: { exists: false } }

/**
 * Pages per unit: a page without a unit is the whole install's. Central admins write every page;
 * editors the install-wide pages and their units' pages; unit admins their units' pages only (they
 * read the install-wide ones, as all staff do, and change none).
 */
export const pageOfOwnUnits: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  const units = unitsOf(req.user)
  const own: Where[] = units.length > 0 ? [{ unit: { in: units } }] : []
  if (hasRole(req.user, 'editor')) return { or: [installWide, ...own] }
  if (hasRole(req.user, 'unitAdmin')) return own[0] ?? false
  return false
}

/** The units a page may be given in the admin: any for central admins (and the system), else one's own. */
export const ownUnitsToChoose: FilterOptions = ({ user: partial }) => {
  const user = partial as TypedUser | null
  if (!user || hasRole(user, 'admin')) return true
  const units = unitsOf(user)
  return units.length > 0 ? { id: { in: units } } : false
}
