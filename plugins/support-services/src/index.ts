import type { CollectionConfig, Config, PayloadRequest, Plugin } from 'payload'

import type { PreviewKind } from './domain/previewToken'
import type { SchemaHook } from './operations/sql'
import type { SupportServicesAccess, SupportServicesOptions } from './types'

import { withIntakeDashboard } from './admin/dashboard/config'
import { caseloadImportsCollection } from './collections/caseloadImports'
import { estimateParametersCollection } from './collections/estimateParameters'
import { eventsCollection } from './collections/events'
import { fidelityReviewsCollection } from './collections/fidelityReviews'
import { outreachActivitiesCollection } from './collections/outreachActivities'
import { partnersCollection } from './collections/partners'
import { rateLimitsCollection } from './collections/rateLimits'
import { referralAccessLogCollection } from './collections/referralAccessLog'
import { referralEventsCollection } from './collections/referralEvents'
import { referralFormsCollection } from './collections/referralForms'
import { referralsCollection } from './collections/referrals'
import { referralTalliesCollection } from './collections/referralTallies'
import { servicesCollection } from './collections/services'
import { storiesCollection } from './collections/stories'
import { unitsCollection } from './collections/units'
import { accessLogExportEndpoint } from './endpoints/accessLogExport'
import { campaignLinkEndpoint } from './endpoints/campaignLink'
import {
  caseloadImportEndpoint,
  caseloadImportRemoveEndpoint,
  caseloadImportTemplateEndpoint,
} from './endpoints/caseloadImport'
import { deliverEndpoint } from './endpoints/deliver'
import { hsdsEndpoints } from './endpoints/hsds'
import { intakeQueueEndpoint } from './endpoints/intakeQueue'
import { previewEndpoints, previewLink } from './endpoints/preview'
import { reportEndpoint } from './endpoints/report'
import { eligibilityEndpoint, queueStatusEndpoint } from './endpoints/serviceEndpoints'
import { sheetEndpoints } from './endpoints/sheet'
import { statusEndpoint, statusResendEndpoint } from './endpoints/statusPage'
import { submitEndpoint } from './endpoints/submit'
import { recordReads } from './hooks/recordReads'
import { residentUpdateTaskConfig } from './jobs/residentUpdateTask'
import { retentionTaskConfig } from './jobs/retentionTask'
import { forgetBriefReads } from './operations/briefCache'
import { intakeQueueIndexes } from './operations/intakeQueue'
import { referralEventsStatusAtIndex, referralQueueIndex } from './operations/queueStatusIndexes'
import { attachReadAudit, ReadAudit } from './operations/readAudit'
import { reportEventIndexes, reportReferralIndexes } from './operations/reports/indexes'
import { type SanitizedOptions, sanitizeOptions } from './sanitizeOptions'

export {
  residentUpdateQueue,
  residentUpdateTask,
  retentionQueue,
  retentionTask,
  slugs,
} from './defaults'
export { retentionClockKey } from './jobs/retentionTask'
export { runRetention, type RetentionArgs, type RetentionResult } from './operations/retention'
export { rulesFromStored, storedFromRules } from './adapters/eligibilityRules'
export { formFromStored, storedFromForm } from './adapters/formDefinition'
export { referralDataFromAnswers } from './adapters/referralData'
export { submitReferral } from './operations/submitReferral'
export { sendResidentUpdate } from './operations/residentUpdates'
export {
  checkCaseload,
  type ImportFile,
  importCaseload,
  ImportRefused,
  type ImportReport,
} from './operations/caseloadImport/importCaseload'
export {
  type ImportBatch,
  listCaseloadImports,
  removeCaseloadImport,
} from './operations/caseloadImport/removeImport'
export { queueStatus } from './operations/queueStatus'
export { checkEligibility } from './operations/checkEligibility'
export {
  followUpReport,
  followUpReports,
  maskedReportTables,
  reportNames,
  reportWithUnits,
  shownEstimateReport,
} from './operations/reports'
export { fidelityFigureRows, reviewFigures } from './operations/fidelity/figures'
export { rotateFieldEncryption } from './operations/rotateFieldEncryption'
export { fieldCipher, lookupHasher, parseDataKeys, type DataKey } from './privacy/fieldEncryption'
export { ReadAudit, readAuditOf } from './operations/readAudit'
export { checkSubmitLimits, rateLimitFromText } from './operations/rateLimit'
export { previewLink } from './endpoints/preview'
export { rebuildWhenPublished } from './hooks/rebuildWhenPublished'
export { requireSwedishText } from './hooks/requireSwedishText'
export {
  optionDefaults,
  resolveSubmitLimits,
  sanitizeOptions,
  type SanitizedOptions,
} from './sanitizeOptions'
export type {
  ContentOptions,
  Privacy,
  RateLimit,
  ReadAuditOptions,
  ReferralScope,
  CaseloadImportOptions,
  RetentionOptions,
  SmsAdapter,
  SmsMessage,
  SubmitLimitOptions,
  SupportServicesAccess,
  SupportServicesOptions,
  UnitScope,
} from './types'

/**
 * The indexes the plugin's SQL relies on (partial and expression indexes, which collection `indexes`
 * cannot express): the host passes them to the Postgres adapter's `afterSchemaInit`.
 */
export const supportServicesIndexes: SchemaHook[] = [
  referralQueueIndex,
  intakeQueueIndexes,
  referralEventsStatusAtIndex,
  reportEventIndexes,
  reportReferralIndexes,
]

const withEndpoints = (
  collection: CollectionConfig,
  endpoints: CollectionConfig['endpoints'],
): CollectionConfig => ({
  ...collection,
  endpoints: [...(endpoints || []), ...(collection.endpoints || [])],
})

/**
 * Public content (services, forms) changed: the submit path re-reads it, and the host is told (e.g. to
 * rebuild the site).
 */
const withContentChangeHook = (
  collection: CollectionConfig,
  options: Pick<SanitizedOptions, 'onPublicContentChange'>,
): CollectionConfig => {
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

/** "Förhandsgranska" in the admin opens the document as the public site will show it. */
const withPreview = (collection: CollectionConfig, kind: PreviewKind): CollectionConfig => ({
  ...collection,
  admin: { ...collection.admin, preview: previewLink(kind) },
})

/** Every read of the collection by a person goes to the read audit (see hooks/recordReads.ts). */
const withReadAudit = (collection: CollectionConfig, audit: ReadAudit): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    afterOperation: [
      ...(collection.hooks?.afterOperation ?? []),
      recordReads(collection.slug as 'referrals' | 'referral-events', audit),
    ],
  },
})

/** The intake staff's own views: the queue and the follow-up report; the administrators' read audit. */
const withAdminViews = (
  admin: Config['admin'],
  access: SupportServicesAccess,
): Config['admin'] => ({
  ...admin,
  dashboard: withIntakeDashboard(admin?.dashboard, access),
  components: {
    ...admin?.components,
    afterNavLinks: [
      ...(admin?.components?.afterNavLinks ?? []),
      '@stodportalen/support-services/rsc#IntakeNavLinks',
    ],
    views: {
      ...admin?.components?.views,
      intakeQueue: {
        Component: '@stodportalen/support-services/rsc#IntakeQueueView',
        path: '/intake',
      },
      followUpReport: {
        Component: '@stodportalen/support-services/rsc#FollowUpReportView',
        path: '/reports',
      },
      readAudit: { Component: '@stodportalen/support-services/rsc#AccessLogView', path: '/audit' },
      caseloadImport: {
        Component: '@stodportalen/support-services/rsc#CaseloadImportView',
        path: '/import',
      },
      fidelityReview: {
        Component: '@stodportalen/support-services/rsc#FidelityView',
        path: '/fidelity',
      },
    },
  },
})

/**
 * The support-services plugin: services with their eligibility rules, self-referral forms, and the
 * intake queue of referrals with their history. The host injects access (it owns users and roles).
 */
export const supportServices =
  (pluginOptions: SupportServicesOptions): Plugin =>
  (config: Config): Config => {
    const options = sanitizeOptions(pluginOptions, config)
    const services = servicesCollection(options)
    const referrals = referralsCollection(options)
    const referralForms = referralFormsCollection(options)
    const referralEvents = referralEventsCollection(options)
    const partners = partnersCollection(options)
    const accessLog = referralAccessLogCollection(options)
    const tallies = referralTalliesCollection()
    const rateLimits = rateLimitsCollection()
    const events = withPreview(eventsCollection(options), 'event')
    const outreachActivities = outreachActivitiesCollection(options)
    const caseloadImports = caseloadImportsCollection(options)
    const fidelityReviews = fidelityReviewsCollection(options)
    const units = unitsCollection(options)
    const estimateParameters = estimateParametersCollection(options)
    // The retention task is registered either way (the jobs collection stays in the schema); only scheduled when enabled.
    const jobs: Config['jobs'] = {
      ...config.jobs,
      tasks: [
        ...(config.jobs?.tasks ?? []),
        retentionTaskConfig(options.retentionSchedule),
        residentUpdateTaskConfig({ siteUrl: options.siteUrl, sms: options.sms }),
      ],
    }

    // Collections stay in the schema even when disabled, so migrations do not depend on the flag.
    if (!options.enabled) {
      const collections = [
        services,
        referrals,
        referralForms,
        referralEvents,
        partners,
        accessLog,
        tallies,
        rateLimits,
        eventsCollection({ ...options, onPublicContentChange: undefined }),
        outreachActivities,
        storiesCollection({ ...options, onPublicContentChange: undefined }),
        caseloadImports,
        fidelityReviews,
        units,
        estimateParameters,
      ]
      return { ...config, collections: [...(config.collections ?? []), ...collections], jobs }
    }

    const audit = new ReadAudit(options.readAudit)
    const collections = [
      withPreview(
        withContentChangeHook(
          withEndpoints(services, [
            queueStatusEndpoint,
            eligibilityEndpoint,
            ...sheetEndpoints(options),
          ]),
          options,
        ),
        'service',
      ),
      withReadAudit(
        withEndpoints(referrals, [
          submitEndpoint(options),
          deliverEndpoint(options),
          statusEndpoint(options),
          statusResendEndpoint(options),
          reportEndpoint(options),
          intakeQueueEndpoint(options),
          caseloadImportEndpoint(options),
          caseloadImportRemoveEndpoint(options),
          caseloadImportTemplateEndpoint(options),
        ]),
        audit,
      ),
      withContentChangeHook(referralForms, options),
      withReadAudit(referralEvents, audit),
      partners,
      withEndpoints(accessLog, [accessLogExportEndpoint(options)]),
      tallies,
      rateLimits,
      events,
      outreachActivities,
      withPreview(storiesCollection(options), 'story'),
      caseloadImports,
      fidelityReviews,
      withContentChangeHook(units, options),
      estimateParameters,
    ]
    return {
      ...config,
      collections: [...(config.collections ?? []), ...collections],
      endpoints: [
        ...(config.endpoints ?? []),
        campaignLinkEndpoint,
        ...previewEndpoints(options.preview),
        ...hsdsEndpoints(options),
      ],
      jobs,
      admin: withAdminViews(config.admin, options.access),
      onInit: async (payload) => {
        await config.onInit?.(payload)
        attachReadAudit(payload, audit)
        // Entries spooled while the database was away go in now; a failure keeps them for later.
        void audit.ingestSpool(payload).catch(() => undefined)
      },
    }
  }

export default supportServices
