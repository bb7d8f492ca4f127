/** Collection slugs of the plugin, in one place (the host may read them, e.g. for access or seeding). */
export const slugs = {
  services: 'services',
  referralForms: 'referral-forms',
  referrals: 'referrals',
  referralEvents: 'referral-events',
  partners: 'partners',
  referralAccessLog: 'referral-access-log',
  referralTallies: 'referral-tallies',
  rateLimits: 'rate-limits',
  events: 'events',
  outreachActivities: 'outreach-activities',
  stories: 'stories',
  caseloadImports: 'caseload-imports',
  fidelityReviews: 'fidelity-reviews',
  units: 'units',
  estimateParameters: 'estimate-parameters',
} as const

/** The jobs-queue task and queue of the daily retention run. */
export const retentionTask = 'retention'
export const retentionQueue = 'retention'
/**
 * The task and queue of the updates to residents: queued with the status change (so it commits or
 * rolls back with it) and run after it, by the host's job runner (`jobs.autoRun`).
 */
export const residentUpdateTask = 'residentUpdate'
export const residentUpdateQueue = 'resident-updates'

/** Largest request body the public submit endpoint reads. */
export const maxSubmitBytes = 32 * 1024

/**
 * The public campaign-code endpoint's limits (per client, and for all together): a person follows a
 * link a few times at most; the ceiling keeps anyone from walking the code space.
 */
export const campaignLinkLimits = {
  perClient: { max: 30, windowSeconds: 60 },
  global: { max: 3000, windowSeconds: 60 },
}

/**
 * The open data's limits (per client, and for all together). Directories harvest by the page (a
 * thousand services are ten pages of 100); the ceiling keeps one caller from occupying the CMS.
 */
export const hsdsLimits = {
  perClient: { max: 120, windowSeconds: 60 },
  global: { max: 6000, windowSeconds: 60 },
}
