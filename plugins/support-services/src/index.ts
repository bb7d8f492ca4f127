import type { CollectionConfig, CollectionSlug, Config, PayloadRequest, Plugin } from 'payload'

import { partnersCollection } from './collections/partners'
import { referralEventsCollection } from './collections/referralEvents'
import { referralFormsCollection } from './collections/referralForms'
import { referralsCollection } from './collections/referrals'
import { servicesCollection } from './collections/services'
import { intakeQueueEndpoint } from './endpoints/intakeQueue'
import { eligibilityEndpoint, queueStatusEndpoint } from './endpoints/serviceEndpoints'
import { reportEndpoint } from './endpoints/report'
import { deliverEndpoint } from './endpoints/deliver'
import { submitEndpoint } from './endpoints/submit'
import { forgetBriefReads } from './operations/briefCache'
import { openingKey } from './privacy/sealedBox'
import type { SupportServicesOptions } from './types'

export { slugs } from './defaults'
export { rulesFromStored, storedFromRules } from './adapters/eligibilityRules'
export { formFromStored, storedFromForm } from './adapters/formDefinition'
export { referralDataFromAnswers } from './adapters/referralData'
export { submitReferral } from './operations/submitReferral'
export { queueStatus } from './operations/queueStatus'
export { checkEligibility } from './operations/checkEligibility'
export { followUpReport } from './operations/reports'
export type { ReferralScope, SupportServicesAccess, SupportServicesOptions } from './types'

const withEndpoints = (collection: CollectionConfig, endpoints: CollectionConfig['endpoints']): CollectionConfig => ({
  ...collection,
  endpoints: [...(endpoints || []), ...(collection.endpoints || [])],
})

/**
 * Public content (services, forms) changed: the submit path re-reads it, and the host is told (e.g. to
 * rebuild the site).
 */
const withContentChangeHook = (collection: CollectionConfig, options: SupportServicesOptions): CollectionConfig => {
  const hook = ({ req, context }: { req: PayloadRequest; context: Record<string, unknown> }) => {
    forgetBriefReads()
    options.onPublicContentChange?.({ req, context })
  }
  return {
    ...collection,
    hooks: {
      ...collection.hooks,
      afterChange: [...(collection.hooks?.afterChange ?? []), hook],
      afterDelete: [...(collection.hooks?.afterDelete ?? []), hook],
    },
  }
}

/** The intake staff's own views: the queue and the follow-up report. */
const withAdminViews = (admin: Config['admin']): Config['admin'] => ({
  ...admin,
  components: {
    ...admin?.components,
    afterNavLinks: [...(admin?.components?.afterNavLinks ?? []), '@stodportalen/support-services/rsc#IntakeNavLinks'],
    views: {
      ...admin?.components?.views,
      intakeQueue: { Component: '@stodportalen/support-services/rsc#IntakeQueueView', path: '/intake' },
      followUpReport: { Component: '@stodportalen/support-services/rsc#FollowUpReportView', path: '/reports' },
    },
  },
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
    // A wrong key fails the start, not the first delivery hours later.
    const outboxKey = options.outboxPrivateKey ? openingKey(options.outboxPrivateKey) : undefined
    const services = servicesCollection(options.access)
    const referrals = referralsCollection(options.access, usersSlug)
    const referralForms = referralFormsCollection(options.access)
    const referralEvents = referralEventsCollection(options.access, usersSlug)
    const partners = partnersCollection(options.access)

    // Collections stay in the schema even when disabled, so migrations do not depend on the flag.
    const collections = enabled
      ? [
          withContentChangeHook(withEndpoints(services, [queueStatusEndpoint, eligibilityEndpoint]), options),
          withEndpoints(referrals, [
            submitEndpoint(options.submitKey, options.notifications),
            deliverEndpoint(options.submitKey, outboxKey, options.notifications),
            reportEndpoint(options.access),
            intakeQueueEndpoint(options.access),
          ]),
          withContentChangeHook(referralForms, options),
          referralEvents,
          partners,
        ]
      : [services, referrals, referralForms, referralEvents, partners]

    if (!enabled) return { ...config, collections: [...(config.collections ?? []), ...collections] }
    return {
      ...config,
      collections: [...(config.collections ?? []), ...collections],
      admin: withAdminViews(config.admin),
    }
  }

export default supportServices
