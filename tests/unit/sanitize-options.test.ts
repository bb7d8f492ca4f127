import { generateKeyPairSync, randomBytes } from 'node:crypto'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import type { SupportServicesOptions } from '../../plugins/support-services/src/types'

import { sanitizeOptions } from '../../plugins/support-services/src/sanitizeOptions'

const key = () => randomBytes(32).toString('base64')
const access = {
  referralScope: () => 'all' as const,
  canManageServices: () => true,
  canReadAuditLog: () => false,
}
const required: SupportServicesOptions = {
  access,
  privacy: { dataEncryptionKeys: `k1:${key()}`, lookupHashKey: key() },
}

describe("the plugin's options, sanitised once", () => {
  it('fills in every default', () => {
    const options = sanitizeOptions(required)
    expect(options).toMatchObject({
      enabled: true,
      retentionSchedule: '0 3 * * *',
      importRemovableDays: 30,
      readAudit: {
        waitMs: 100,
        retryDelaysMs: [250, 500, 1000, 2000, 4000, 8000],
        maxPending: 10_000,
        spoolDir: path.resolve('audit-spool'),
      },
      submitLimits: {
        perClient: { max: 5, windowSeconds: 600 },
        global: { max: 30, windowSeconds: 60 },
      },
      submitKey: undefined,
      outboxKey: undefined,
      notifications: undefined,
      usersSlug: 'users',
      siteUrl: 'http://localhost:4321/',
      preview: { secret: undefined, siteUrl: 'http://localhost:4321/' },
    })
    // Who may change retention defaults to who may manage services.
    expect(options.access.canManageRetention).toBe(access.canManageServices)
    // Who may change the units they manage, too (a host narrows it to those who run the unit).
    expect(options.access.canEditUnits).toBe(access.canManageServices)
    expect(options.privacy.lookupHash('email', 'a@example.se')).toMatch(/^[\w-]{43}$/)
  })

  it('takes the public site address printed sheets link to, and refuses one that is not http(s)', () => {
    expect(sanitizeOptions({ ...required, siteUrl: 'https://stod.example.se' }).siteUrl).toBe(
      'https://stod.example.se/',
    )
    for (const siteUrl of ['stod.example.se', 'ftp://stod.example.se', ''])
      expect(() => sanitizeOptions({ ...required, siteUrl }), siteUrl).toThrow(/^siteUrl: /)
  })

  it('keeps what the host gives, and schedules no retention while the plugin is off', () => {
    const outbox = generateKeyPairSync('x25519')
      .privateKey.export({ format: 'der', type: 'pkcs8' })
      .toString('base64')
    const options = sanitizeOptions(
      {
        ...required,
        enabled: false,
        outboxPrivateKey: outbox,
        readAudit: { spoolDir: 'var/spool', waitMs: 5 },
        retention: { schedule: '0 4 * * *' },
        submitLimits: { perClient: false },
      },
      { admin: { user: 'staff' } },
    )
    expect(options).toMatchObject({
      enabled: false,
      retentionSchedule: false,
      readAudit: { waitMs: 5, spoolDir: path.resolve('var/spool') },
      submitLimits: { perClient: null, global: { max: 30, windowSeconds: 60 } },
      usersSlug: 'staff',
    })
    expect(options.outboxKey?.asymmetricKeyType).toBe('x25519')
    expect(
      sanitizeOptions({ ...required, retention: { schedule: '0 4 * * *' } }).retentionSchedule,
    ).toBe('0 4 * * *')
    expect(
      sanitizeOptions({ ...required, caseloadImport: { removableDays: 7 } }).importRemovableDays,
    ).toBe(7)
  })

  it('fails the start on a missing or wrong key or limit', () => {
    expect(() =>
      sanitizeOptions({
        ...required,
        privacy: { dataEncryptionKeys: undefined, lookupHashKey: key() },
      }),
    ).toThrow(/DATA_ENCRYPTION_KEYS/)
    expect(() =>
      sanitizeOptions({ ...required, privacy: { ...required.privacy, lookupHashKey: undefined } }),
    ).toThrow(/LOOKUP_HASH_KEY/)
    expect(() =>
      sanitizeOptions({ ...required, submitLimits: { global: { max: 0, windowSeconds: 60 } } }),
    ).toThrow(/submitLimits.global/)
    expect(() => sanitizeOptions({ ...required, outboxPrivateKey: 'bm90IGEga2V5' })).toThrow()
    for (const removableDays of [-1, 2.5, Number.NaN])
      expect(() => sanitizeOptions({ ...required, caseloadImport: { removableDays } })).toThrow(
        /caseloadImport.removableDays/,
      )
  })
})
