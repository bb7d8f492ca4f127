/** Collection slugs of the plugin, in one place (the host may read them, e.g. for access or seeding). */
export const slugs = {
  services: 'services',
  referralForms: 'referral-forms',
  referrals: 'referrals',
  referralEvents: 'referral-events',
  partners: 'partners',
  referralTallies: 'referral-tallies',
} as const

/** The jobs-queue task and queue of the daily retention run. */
export const retentionTask = 'retention'
export const retentionQueue = 'retention'
/** Default time of the daily retention run (cron, server time). */
export const defaultRetentionSchedule = '0 3 * * *'

/** How far back the queue looks to measure how fast people leave it. */
export const outflowWindowDays = 90

/** Largest request body the public submit endpoint reads. */
export const maxSubmitBytes = 32 * 1024
