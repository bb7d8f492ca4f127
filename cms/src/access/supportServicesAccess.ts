import type { SupportServicesAccess } from '@stodportalen/support-services'

import { hasRole, servicesOf, unitsOf } from './roles'

/**
 * The plugin's access, decided by this host's roles: central admins work with every unit and service;
 * unit admins and intake staff with the referrals of the services on their account (which lie in their
 * units); unit admins and editors manage their units' services and forms, never referrals by role alone.
 * Only central admins review the read audit and import caseloads.
 */
export const supportServicesAccess: SupportServicesAccess = {
  referralScope: (user) => {
    if (hasRole(user, 'admin')) return 'all'
    if (!hasRole(user, 'intake', 'unitAdmin')) return 'none'
    return servicesOf(user)
  },
  canManageServices: (user) => hasRole(user, 'admin', 'unitAdmin', 'editor'),
  managedUnits: (user) => (hasRole(user, 'admin') ? 'all' : unitsOf(user)),
  // A unit's contact and area are for those who run it; editors write its services and pages.
  canEditUnits: (user) => hasRole(user, 'admin', 'unitAdmin'),
  canReadAuditLog: (user) => hasRole(user, 'admin'),
  // How long residents' data is kept is the data controller's decision, not an outreach setting.
  canManageRetention: (user) => hasRole(user, 'admin'),
  // Importing a municipality's caseload writes referrals for every service at once.
  canImportCaseload: (user) => hasRole(user, 'admin'),
  // The estimate's parameters change every service's figures; intake staff read them beside the report.
  canManageEstimateParameters: (user) => hasRole(user, 'admin'),
}
