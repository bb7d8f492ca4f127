/** Collection slugs of the plugin, in one place (the host may read them, e.g. for access or seeding). */
export const slugs = {
  services: 'services',
  referralForms: 'referral-forms',
  referrals: 'referrals',
  referralEvents: 'referral-events',
  partners: 'partners',
} as const

/** How far back the queue looks to measure how fast people leave it. */
export const outflowWindowDays = 90

/** Largest request body the public submit endpoint reads. */
export const maxSubmitBytes = 32 * 1024
