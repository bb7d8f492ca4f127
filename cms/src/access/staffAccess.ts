import type { Access, PayloadRequest, Where } from 'payload'

import { hasRole, unitsOf } from './roles'

/** The accounts of a unit admin's units, never a central administrator's. */
const staffOfOwnUnits = (user: Parameters<typeof unitsOf>[0]): Where => ({
  and: [{ units: { in: unitsOf(user) } }, { role: { not_equals: 'admin' } }],
})

/** Central admins see every account; unit admins their units' staff and themselves; others themselves. */
export const ownAccountOrUnitStaff: Access = ({ req }) => {
  if (!req.user) return false
  if (hasRole(req.user, 'admin')) return true
  const self: Where = { id: { equals: req.user.id } }
  return hasRole(req.user, 'unitAdmin') ? { or: [self, staffOfOwnUnits(req.user)] } : self
}

/** Central admins remove any account; unit admins their units' staff (not their own account). */
export const removableStaff: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  if (!hasRole(req.user, 'unitAdmin')) return false
  return { and: [staffOfOwnUnits(req.user), { id: { not_equals: req.user!.id } }] }
}

/** Who may create accounts and set their role, units and services (the hook keeps unit admins in bounds). */
export const isAdminOrUnitAdmin = ({ req }: { req: PayloadRequest }): boolean =>
  hasRole(req.user, 'admin', 'unitAdmin')
