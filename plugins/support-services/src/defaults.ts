/** Collection slugs of the plugin, in one place (the host may read them, e.g. for access or seeding). */
export const slugs = {
  services: 'services',
  referralForms: 'referral-forms',
  referrals: 'referrals',
  referralEvents: 'referral-events',
  partners: 'partners',
  rateLimits: 'rate-limits',
} as const

/** How far back the queue looks to measure how fast people leave it. */
export const outflowWindowDays = 90

/** Largest request body the public submit endpoint reads. */
export const maxSubmitBytes = 32 * 1024

/**
 * How many submissions the public path takes before it asks a person to wait: per client (the site's
 * keyed hash of the address) and all together. Far above what a person or a busy day needs; a flood
 * from one address, or from many, meets one of them.
 */
export const defaultSubmitLimits = {
  perClient: { max: 5, windowSeconds: 10 * 60 },
  global: { max: 30, windowSeconds: 60 },
} as const
