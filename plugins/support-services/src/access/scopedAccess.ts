import type { Access, Where } from 'payload'

import type { SupportServicesAccess } from '../types'

/**
 * Row-level access for intake data: a `Where` on the path that leads to the referral's service, so
 * staff only ever see the services they work with, on every read path (REST, GraphQL, Local API).
 */
export const scopedAccess =
  (access: SupportServicesAccess, servicePath: 'referral.service' | 'service'): Access =>
  ({ req }) => {
    const scope = access.referralScope(req.user)
    if (scope === 'all') return true
    if (scope === 'none' || scope.length === 0) return false
    return { [servicePath]: { in: scope } } satisfies Where
  }

export const canManageServices =
  (access: SupportServicesAccess): Access =>
  ({ req }) =>
    access.canManageServices(req.user)

export const anyone: Access = () => true
export const nobody: Access = () => false
