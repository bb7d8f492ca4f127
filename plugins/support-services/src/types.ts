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
  /** May this user change a service's retention periods? Defaults to `canManageServices`. */
  canManageRetention?: (user: null | TypedUser | undefined) => boolean
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
  /** Automatic retention (gallring) on Payload's jobs queue; see `operations/retention`. */
  retention?: RetentionOptions
}

export interface RetentionOptions {
  /**
   * When the daily run is queued on the `retention` queue: a cron expression in the server's time zone,
   * or false for none (run it yourself with `payload.jobs.queue({ task: 'retention' })`). Something
   * must run that queue: `jobs.autoRun` in the host's config, or Payload's `jobs:run` script.
   * Default '0 3 * * *'.
   */
  schedule?: string | false
}

export interface NotificationOptions {
  /** The CMS as staff reach it, e.g. `https://cms.example.se`: the intake e-mail links to the referral there. */
  publicUrl: string
}

