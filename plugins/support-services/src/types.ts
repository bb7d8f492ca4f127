import type { PayloadRequest, TypedUser } from 'payload'

/**
 * Which services' referrals a user works with: every service, the listed service ids, or none.
 * The host decides (it owns users and roles); the plugin turns it into row-level access.
 */
export type ReferralScope = 'all' | 'none' | Array<number | string>

export interface SupportServicesAccess {
  referralScope: (user: null | TypedUser | undefined) => ReferralScope
  /** May this user edit services and referral forms? */
  canManageServices: (user: null | TypedUser | undefined) => boolean
}

export interface SupportServicesOptions {
  access: SupportServicesAccess
  /**
   * Shared secret the public site sends in the `x-submit-key` header. When set, the submit endpoint
   * refuses callers without it, so only the site's server can reach it.
   */
  submitKey?: string
  /** Off: collections stay in the schema (stable migrations) but endpoints and hooks are not added. */
  enabled?: boolean
  /** Called after a service or a referral form changed, e.g. to rebuild the public site. */
  onPublicContentChange?: (args: { req: PayloadRequest; context: Record<string, unknown> }) => void
  /**
   * E-mail about new referrals through Payload's e-mail adapter, sent as each service's staff settings
   * ask (`notifications` on the service). Without this option the plugin sends no e-mail.
   */
  notifications?: NotificationOptions
  /**
   * Rate limits of the submit endpoint, counted in PostgreSQL so several CMS processes share them.
   * Defaults: 5 per client per 10 minutes, 30 a minute in all; `false` turns one off.
   */
  submitLimits?: SubmitLimitOptions
}

/** At most `max` submissions in a window of `windowSeconds`, which starts at the first of them. */
export interface RateLimit {
  max: number
  windowSeconds: number
}

export interface SubmitLimitOptions {
  /**
   * Per client, as the site names it in the `x-client-key` header (a keyed hash of the person's
   * address, made by the site; the CMS never sees the address).
   */
  perClient?: RateLimit | false
  /** Every submission together, whoever sends it: the ceiling against a flood from many addresses. */
  global?: RateLimit | false
}

export interface NotificationOptions {
  /** The CMS as staff reach it, e.g. `https://cms.example.se`: the intake e-mail links to the referral there. */
  publicUrl: string
}

