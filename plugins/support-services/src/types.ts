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
  /**
   * The private half (base64 DER pkcs8 X25519) of the key the site seals its outbox with. With it and
   * `submitKey`, `POST /api/referrals/deliver` opens and stores what the site kept while the CMS was down.
   */
  outboxPrivateKey?: string
  /** Off: collections stay in the schema (stable migrations) but endpoints and hooks are not added. */
  enabled?: boolean
  /** Called after a service or a referral form changed, e.g. to rebuild the public site. */
  onPublicContentChange?: (args: { req: PayloadRequest; context: Record<string, unknown> }) => void
  /**
   * E-mail about new referrals through Payload's e-mail adapter, sent as each service's staff settings
   * ask (`notifications` on the service). Without this option the plugin sends no e-mail.
   */
  notifications?: NotificationOptions
}

export interface NotificationOptions {
  /** The CMS as staff reach it, e.g. `https://cms.example.se`: the intake e-mail links to the referral there. */
  publicUrl: string
}

