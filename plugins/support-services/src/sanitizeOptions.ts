import type { KeyObject } from 'node:crypto'
import type { CollectionSlug, Config } from 'payload'

import path from 'node:path'

import type {
  ContentOptions,
  NotificationOptions,
  Privacy,
  RateLimit,
  ReadAuditOptions,
  SmsAdapter,
  SubmitLimitOptions,
  SupportServicesAccess,
  SupportServicesOptions,
} from './types'

import { fieldCipher, lookupHasher, parseDataKeys } from './privacy/fieldEncryption'
import { openingKey } from './privacy/sealedBox'

/** Every default of the plugin's options, in one place. */
export const optionDefaults = {
  enabled: true,
  siteUrl: 'http://localhost:4321',
  /** How many days after an import its batch can still be removed. */
  importRemovableDays: 30,
  /** The daily retention run (cron, server time). */
  retentionSchedule: '0 3 * * *',
  /**
   * The read audit: how long a read waits for its log entry to be written before it goes on (the entry
   * is still written, or retried, after), how long failed entries are retried in memory before they are
   * spooled to a file, how many may wait in memory at most, and the spool folder.
   */
  readAudit: {
    waitMs: 100,
    retryDelaysMs: [250, 500, 1000, 2000, 4000, 8000],
    maxPending: 10_000,
    spoolDir: 'audit-spool',
  },
  /**
   * How many submissions the public path takes before it asks a person to wait: per client (the site's
   * keyed hash of the address) and all together. Far above what a person or a busy day needs; a flood
   * from one address, or from many, meets one of them.
   */
  submitLimits: {
    perClient: { max: 5, windowSeconds: 10 * 60 },
    global: { max: 30, windowSeconds: 60 },
  },
  /** The status page: a person looks a few times, makes a change or two; guessing links meets the limit. */
  statusLimits: {
    perClient: { max: 30, windowSeconds: 10 * 60 },
    global: { max: 300, windowSeconds: 60 },
  },
} as const

/** The read audit's settings in force (`spoolDir` absolute). */
export interface ReadAuditSettings {
  waitMs: number
  retryDelaysMs: readonly number[]
  maxPending: number
  spoolDir: string
}

/** The submit limits in force: null is "no such limit". */
export interface SubmitLimits {
  perClient: RateLimit | null
  global: RateLimit | null
}

/** The plugin's options with every default filled in and every key parsed: what the plugin works from. */
export interface SanitizedOptions {
  access: Required<SupportServicesAccess>
  privacy: Privacy
  submitKey: string | undefined
  /** The private half of the site's outbox key, parsed. */
  outboxKey: KeyObject | undefined
  enabled: boolean
  onPublicContentChange: SupportServicesOptions['onPublicContentChange']
  preview: { secret: string | undefined; siteUrl: string }
  notifications: NotificationOptions | undefined
  /** Sends the SMS updates residents ask for; without it an SMS update is recorded as not sent. */
  sms: SmsAdapter | undefined
  readAudit: ReadAuditSettings
  /** false: the retention task is registered but not scheduled (also when the plugin is off). */
  retentionSchedule: string | false
  /** For how many days after an import the whole batch can be removed. */
  importRemovableDays: number
  submitLimits: SubmitLimits
  statusLimits: SubmitLimits
  /** The public site's address (an absolute URL) that printed sheets link to. */
  siteUrl: string
  /** The host's users collection (the admin user), which referrals and events name as actors. */
  usersSlug: CollectionSlug
  content: ContentOptions
}

/** The read audit's options with their defaults. */
export const sanitizeReadAudit = (options: ReadAuditOptions = {}): ReadAuditSettings => ({
  waitMs: options.waitMs ?? optionDefaults.readAudit.waitMs,
  retryDelaysMs: options.retryDelaysMs ?? optionDefaults.readAudit.retryDelaysMs,
  maxPending: optionDefaults.readAudit.maxPending,
  spoolDir: path.resolve(options.spoolDir ?? optionDefaults.readAudit.spoolDir),
})

/** Whether a limit is two whole numbers above 0. */
export const isRateLimit = (limit: RateLimit) =>
  Number.isInteger(limit.max) &&
  limit.max > 0 &&
  Number.isInteger(limit.windowSeconds) &&
  limit.windowSeconds > 0

const sanitizeLimit = (
  given: RateLimit | false | undefined,
  fallback: RateLimit,
  name: string,
): RateLimit | null => {
  if (given === false) return null
  const limit = given ?? fallback
  if (!isRateLimit(limit))
    throw new Error(`submitLimits.${name}: max and windowSeconds must be whole numbers above 0.`)
  return { max: limit.max, windowSeconds: limit.windowSeconds }
}

/** The `submitLimits` option with its defaults; a limit that is not two whole numbers above 0 stops the start. */
export const resolveSubmitLimits = (
  options: SubmitLimitOptions = {},
  defaults: { perClient: RateLimit; global: RateLimit } = optionDefaults.submitLimits,
): SubmitLimits => ({
  perClient: sanitizeLimit(options.perClient, defaults.perClient, 'perClient'),
  global: sanitizeLimit(options.global, defaults.global, 'global'),
})

/** An http(s) address, or a failed start naming the option. */
const absoluteUrl = (value: string, name: string) => {
  const url = URL.parse(value)
  if (!url || !/^https?:$/.test(url.protocol))
    throw new Error(`${name}: an absolute http(s) address, e.g. https://stodportalen.se.`)
  return url.href
}

/** A whole number of days, 0 or more; anything else stops the start. */
const removableDays = (days: number = optionDefaults.importRemovableDays) => {
  if (!Number.isInteger(days) || days < 0)
    throw new Error('caseloadImport.removableDays: a whole number of days, 0 or more.')
  return days
}

/**
 * The plugin's options, checked and completed once at start (as Payload's own plugins do): a missing
 * or wrong key fails the start, not the first request hours later.
 */
export function sanitizeOptions(
  options: SupportServicesOptions,
  config: Pick<Config, 'admin'> = {},
): SanitizedOptions {
  const enabled = options.enabled ?? optionDefaults.enabled
  const siteUrl = absoluteUrl(options.siteUrl ?? optionDefaults.siteUrl, 'siteUrl')
  return {
    access: {
      ...options.access,
      canManageRetention: options.access.canManageRetention ?? options.access.canManageServices,
      canImportCaseload: options.access.canImportCaseload ?? (() => false),
      managedUnits:
        options.access.managedUnits ??
        ((user) => (options.access.canManageServices(user) ? 'all' : 'none')),
      canManageEstimateParameters: options.access.canManageEstimateParameters ?? (() => false),
      canEditUnits: options.access.canEditUnits ?? options.access.canManageServices,
    },
    privacy: {
      cipher: fieldCipher(parseDataKeys(options.privacy.dataEncryptionKeys)),
      lookupHash: lookupHasher(options.privacy.lookupHashKey),
    },
    submitKey: options.submitKey,
    outboxKey: options.outboxPrivateKey ? openingKey(options.outboxPrivateKey) : undefined,
    enabled,
    onPublicContentChange: options.onPublicContentChange,
    notifications: options.notifications,
    sms: options.sms,
    readAudit: sanitizeReadAudit(options.readAudit),
    retentionSchedule: enabled
      ? (options.retention?.schedule ?? optionDefaults.retentionSchedule)
      : false,
    importRemovableDays: removableDays(options.caseloadImport?.removableDays),
    submitLimits: resolveSubmitLimits(options.submitLimits),
    statusLimits: resolveSubmitLimits(options.statusLimits, optionDefaults.statusLimits),
    usersSlug: (config.admin?.user ?? 'users') as CollectionSlug,
    content: options.content ?? {},
    siteUrl,
    preview: { secret: options.preview?.secret, siteUrl },
  }
}
