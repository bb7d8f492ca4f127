import type { CollectionSlug, Payload, PayloadRequest, RichTextField, TypedUser } from 'payload'

import type { FieldCipher, LookupHasher } from './privacy/fieldEncryption'

/**
 * Which services' referrals a user works with: every service, the listed service ids, or none.
 * The host decides (it owns users and roles); the plugin turns it into row-level access.
 */
export type ReferralScope = 'all' | 'none' | Array<number | string>

/** Which units a user manages the services, forms and settings of: every unit, the listed unit ids, or none. */
export type UnitScope = 'all' | 'none' | Array<number | string>

export interface SupportServicesAccess {
  referralScope: (user: null | TypedUser | undefined) => ReferralScope
  /** May this user edit services and referral forms (of the units `managedUnits` gives)? */
  canManageServices: (user: null | TypedUser | undefined) => boolean
  /**
   * Which units' services, forms and settings this user manages. Defaults to every unit for those who
   * `canManageServices` (an install of one unit); only those with every unit create or remove units.
   */
  managedUnits?: (user: null | TypedUser | undefined) => UnitScope
  /**
   * May this user change the units they manage (name, contact for residents, area)? Defaults to
   * `canManageServices`; a host may keep it to those who run the unit, not those who write its content.
   */
  canEditUnits?: (user: null | TypedUser | undefined) => boolean
  /** May this user review the read audit (who read which referral)? Nobody may change it. */
  canReadAuditLog: (user: null | TypedUser | undefined) => boolean
  /**
   * May this user import a caseload (referrals with their history, from a municipality's list)?
   * Defaults to nobody: importing writes health data for every service at once.
   */
  canImportCaseload?: (user: null | TypedUser | undefined) => boolean
  /**
   * May this user change the socio-economic estimate's parameters (tax rate, production factor, hourly
   * cost of housing support)? Defaults to nobody: they change every service's figures at once.
   */
  canManageEstimateParameters?: (user: null | TypedUser | undefined) => boolean
  /** May this user change a service's retention periods? Defaults to `canManageServices`. */
  canManageRetention?: (user: null | TypedUser | undefined) => boolean
}

export interface SupportServicesOptions {
  access: SupportServicesAccess
  /**
   * Keys for the referral's personal data: `DATA_ENCRYPTION_KEYS` (`keyId:base64key,…`, the first
   * encrypts) and `LOOKUP_HASH_KEY` (base64, 32 bytes) for duplicate lookups. Required: the plugin
   * refuses to start without them.
   */
  privacy: { dataEncryptionKeys: string | undefined; lookupHashKey: string | undefined }
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
  /**
   * The public site's address, e.g. `https://stodportalen.se`: the QR codes and links of printed
   * information sheets lead there, and draft previews open there. Default `http://localhost:4321`
   * (the site in development).
   */
  siteUrl?: string
  /** Off: collections stay in the schema (stable migrations) but endpoints and hooks are not added. */
  enabled?: boolean
  /**
   * Draft preview ("Förhandsgranska") on the public site: the key that signs the short-lived links
   * (PREVIEW_TOKEN_KEY, shared with the site); the preview opens at `siteUrl`. Without it, no preview.
   */
  preview?: { secret?: string }
  /** Called after a service or a referral form changed, e.g. to rebuild the public site. */
  onPublicContentChange?: (args: { req: PayloadRequest; context: Record<string, unknown> }) => void
  /**
   * E-mail about new referrals through Payload's e-mail adapter, sent as each service's staff settings
   * ask (`notifications` on the service). Without this option the plugin sends no e-mail.
   */
  notifications?: NotificationOptions
  /**
   * SMS for the updates a resident asks for in the form (e-mail updates go through Payload's e-mail
   * adapter). The host builds it from its environment; without it, SMS updates are recorded as not sent.
   */
  sms?: SmsAdapter
  /** The read audit's spool folder and timings (see `ReadAuditOptions`). */
  readAudit?: ReadAuditOptions
  /** Automatic retention (gallring) on Payload's jobs queue; see `operations/retention`. */
  retention?: RetentionOptions
  /** The caseload import (see operations/caseloadImport). */
  caseloadImport?: CaseloadImportOptions
  /**
   * Rate limits of the submit endpoint, counted in PostgreSQL so several CMS processes share them.
   * Defaults: 5 per client per 10 minutes, 30 a minute in all; `false` turns one off.
   */
  submitLimits?: SubmitLimitOptions
  /**
   * Rate limits of the resident's status page and its lost-link form (views, changes and resends
   * together), counted like `submitLimits`. Defaults: 30 per client per 10 minutes, 300 a minute in all.
   */
  statusLimits?: SubmitLimitOptions
  /**
   * The host's content parts that services and events use: its upload collection of images (a hero
   * image on each) and its rich text editor (the events' text). Without them services have no image
   * and events use the host's default editor.
   */
  content?: ContentOptions
}

export interface ContentOptions {
  /** The host's upload collection of images, e.g. 'media'. */
  imageCollection?: CollectionSlug
  /** The host's editor for public content, so that events offer what its pages offer. */
  editor?: RichTextField['editor']
}

export interface ReadAuditOptions {
  /**
   * Where log entries that could not be written to the database (after retries) are kept, one JSON
   * line each, until a start or a later successful write puts them in. Local to one machine; keep it
   * on a persistent volume. Relative paths start from the working directory. Default `audit-spool`.
   */
  spoolDir?: string
  /** How long a read waits for its log entry before it goes on (the write continues). Default 100 ms. */
  waitMs?: number
  /** Pauses between retries in memory before spooling. Default 0.25, 0.5, 1, 2, 4, 8 s. */
  retryDelaysMs?: readonly number[]
}

export interface CaseloadImportOptions {
  /**
   * For how many days after an import the whole batch can be removed again (a wrong file): its
   * referrals with their history. Default 30; after that, staff correct the cases one by one.
   */
  removableDays?: number
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

/** One text message: the number as stored (normalised, e.g. `0701234567` or `+46701234567`) and the text. */
export interface SmsMessage {
  to: string
  text: string
}

/**
 * Sends one SMS, or throws. The error may say why (an HTTP status, a code) but the plugin logs only
 * its `code` or name, never its message, which could quote the number.
 */
export interface SmsAdapter {
  name: string
  send: (message: SmsMessage, payload: Payload) => Promise<void>
}

export interface NotificationOptions {
  /** The CMS as staff reach it, e.g. `https://cms.example.se`: the intake e-mail links to the referral there. */
  publicUrl: string
}

/** The plugin's keys in working form (see SupportServicesOptions.privacy). */
export interface Privacy {
  cipher: FieldCipher
  lookupHash: LookupHasher
}
