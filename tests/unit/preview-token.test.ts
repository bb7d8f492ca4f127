import {
  previewTokenLifetimeMs,
  signPreviewToken,
  verifyPreviewToken,
} from '@stodportalen/support-services/preview-token'
import { describe, expect, it } from 'vitest'

const secret = 'a-test-secret-of-some-length'
const now = Date.parse('2026-12-05T10:00:00Z')
const target = { kind: 'page', id: 7, locale: 'ar' } as const

describe('preview tokens', () => {
  it('grant the document and language they were made for, until they expire', () => {
    const token = signPreviewToken(target, secret, now)
    expect(verifyPreviewToken(token, secret, now + 60_000)).toEqual({
      ok: true,
      claims: { ...target, expiresAt: now + previewTokenLifetimeMs },
    })
  })

  it('expire after ten minutes', () => {
    const token = signPreviewToken(target, secret, now)
    expect(previewTokenLifetimeMs).toBe(10 * 60 * 1000)
    expect(verifyPreviewToken(token, secret, now + previewTokenLifetimeMs)).toEqual({
      ok: false,
      reason: 'expired',
    })
  })

  it('are refused when changed: another id, a later expiry, a flipped signature', () => {
    const token = signPreviewToken(target, secret, now)
    const [payload, signature] = token.split('.')
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString())
    const forged = (change: Record<string, unknown>) =>
      `${Buffer.from(JSON.stringify({ ...claims, ...change })).toString('base64url')}.${signature}`
    for (const tampered of [
      forged({ id: 8 }),
      forged({ expiresAt: now + 86_400_000 }),
      forged({ kind: 'story' }),
      `${payload}.${signature.slice(0, -2)}${signature.endsWith('AA') ? 'BB' : 'AA'}`,
    ])
      expect(verifyPreviewToken(tampered, secret, now), tampered).toEqual({
        ok: false,
        reason: 'invalid',
      })
  })

  it('are refused when signed with another key, or not tokens at all', () => {
    const foreign = signPreviewToken(target, 'another-secret-of-some-length', now)
    for (const token of [foreign, '', null, 'abc', 'a.b.c', `${'x'.repeat(40)}.${'y'.repeat(43)}`])
      expect(verifyPreviewToken(token, secret, now), String(token)).toEqual({
        ok: false,
        reason: 'invalid',
      })
  })

  it('cannot be made or checked without a key', () => {
    expect(() => signPreviewToken(target, undefined, now)).toThrow(/PREVIEW_TOKEN_KEY/)
    expect(() => verifyPreviewToken('a.b', '', now)).toThrow(/PREVIEW_TOKEN_KEY/)
  })
})
