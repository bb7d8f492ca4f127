import type { CollectionConfig, CollectionSlug, Config, Plugin } from 'payload'

import { referralEventsCollection } from './collections/referralEvents'
import { referralFormsCollection } from './collections/referralForms'
import { referralsCollection } from './collections/referrals'
import { servicesCollection } from './collections/services'
import { slugs } from './defaults'
import { eligibilityEndpoint, queueStatusEndpoint } from './endpoints/serviceEndpoints'
import { submitEndpoint } from './endpoints/submit'
import type { SupportServicesOptions } from './types'

export { slugs } from './defaults'
export { rulesFromStored, storedFromRules } from './adapters/eligibilityRules'
export { formFromStored, storedFromForm } from './adapters/formDefinition'
export { referralDataFromAnswers } from './adapters/referralData'
export { submitReferral } from './operations/submitReferral'
export { queueStatus } from './operations/queueStatus'
export { checkEligibility } from './operations/checkEligibility'
export type { ReferralScope, SupportServicesAccess, SupportServicesOptions } from './types'

const withEndpoints = (collection: CollectionConfig, endpoints: CollectionConfig['endpoints']): CollectionConfig => ({
  ...collection,
  endpoints: [...(endpoints || []), ...(collection.endpoints || [])],
})

/**
 * The support-services plugin: services with their eligibility rules, self-referral forms, and the
 * intake queue of referrals with their history. The host injects access (it owns users and roles).
 */
export const supportServices =
  (options: SupportServicesOptions): Plugin =>
  (config: Config): Config => {
    const usersSlug = (config.admin?.user ?? 'users') as CollectionSlug
    const enabled = options.enabled ?? true
    const services = servicesCollection(options.access)
    const referrals = referralsCollection(options.access, usersSlug)

    // Collections stay in the schema even when disabled, so migrations do not depend on the flag.
    const collections = enabled
      ? [
          withEndpoints(services, [queueStatusEndpoint, eligibilityEndpoint]),
          withEndpoints(referrals, [submitEndpoint(options.submitKey)]),
        ]
      : [services, referrals]

    return {
      ...config,
      collections: [
        ...(config.collections ?? []),
        ...collections,
        referralFormsCollection(options.access),
        referralEventsCollection(options.access, usersSlug),
      ],
    }
  }

export default supportServices
