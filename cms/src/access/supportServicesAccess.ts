import type { SupportServicesAccess } from '@stodportalen/support-services'

import { hasRole } from './roles'

const idOf = (service: unknown) =>
  typeof service === 'object' && service !== null ? (service as { id: number }).id : service

/**
 * The plugin's access, decided by this host's roles: admins work with every service, intake staff with
 * the services on their account, editors (outreach content) with services and forms but never referrals.
 * Only admins review the read audit (who read which referral).
 */
export const supportServicesAccess: SupportServicesAccess = {
  referralScope: (user) => {
    if (hasRole(user, 'admin')) return 'all'
    if (!hasRole(user, 'intake')) return 'none'
    const services = (user as { services?: unknown[] }).services ?? []
    return services.map(idOf) as number[]
  },
  canManageServices: (user) => hasRole(user, 'admin', 'editor'),
  canReadAuditLog: (user) => hasRole(user, 'admin'),
  // How long residents' data is kept is the data controller's decision, not an outreach setting.
  canManageRetention: (user) => hasRole(user, 'admin'),
  // Importing a municipality's caseload writes referrals for every service at once.
  canImportCaseload: (user) => hasRole(user, 'admin'),
  // The estimate's parameters change every service's figures; intake staff read them beside the report.
  canManageEstimateParameters: (user) => hasRole(user, 'admin'),
}
