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
} as const

/** The jobs-queue task and queue of the daily retention run. */
export const retentionTask = 'retention'
export const retentionQueue = 'retention'
/** Default time of the daily retention run (cron, server time). */
export const defaultRetentionSchedule = '0 3 * * *'

/** Largest request body the public submit endpoint reads. */
export const maxSubmitBytes = 32 * 1024

/**
 * The read audit: how long a read waits for its log entry to be written before it goes on (the entry
 * is still written, or retried, after), how long failed entries are retried in memory before they are
 * spooled to a file, and how many may wait in memory at most.
 */
export const readAuditDefaults = {
  waitMs: 100,
  retryDelaysMs: [250, 500, 1000, 2000, 4000, 8000],
  maxPending: 10_000,
  spoolDir: 'audit-spool',
} as const

/**
 * How many submissions the public path takes before it asks a person to wait: per client (the site's
 * keyed hash of the address) and all together. Far above what a person or a busy day needs; a flood
 * from one address, or from many, meets one of them.
 */
export const defaultSubmitLimits = {
  perClient: { max: 5, windowSeconds: 10 * 60 },
  global: { max: 30, windowSeconds: 60 },
} as const
