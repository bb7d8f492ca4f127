import { createHmac, timingSafeEqual } from 'node:crypto'

import { isLocale, type Locale } from './locales'

/**
 * Short-lived signed links to a draft on the public site ("Förhandsgranska"). The CMS signs, the site
 * and the CMS verify, with one secret both get from the environment (PREVIEW_TOKEN_KEY). A token names
 * one document in one language and expires: whoever holds it sees that draft, nothing else, briefly.
 * Kept out of the domain index: node:crypto has no place in the browser bundles that import it.
 */

export const previewKinds = ['page', 'service', 'event', 'story'] as const
export type PreviewKind = (typeof previewKinds)[number]

export interface PreviewClaims {
  kind: PreviewKind
  id: number
  locale: Locale
  /** Milliseconds since the epoch. */
  expiresAt: number
}

/** Long enough to look at the page, short enough that a forwarded link soon stops working. */
export const previewTokenLifetimeMs = 10 * 60 * 1000

export type PreviewVerdict =
  { ok: true; claims: PreviewClaims } | { ok: false; reason: 'expired' | 'invalid' }

const mac = (payload: string, secret: string) =>
  createHmac('sha256', secret).update(`preview.v1.${payload}`).digest()

const isClaims = (value: unknown): value is PreviewClaims => {
  const claims = value as Partial<PreviewClaims> | null
  return (
    typeof claims === 'object' &&
    claims !== null &&
    (previewKinds as readonly unknown[]).includes(claims.kind) &&
    Number.isSafeInteger(claims.id) &&
    (claims.id as number) > 0 &&
    isLocale(claims.locale) &&
    Number.isSafeInteger(claims.expiresAt)
  )
}

const requireSecret = (secret: string | undefined): string => {
  if (!secret || secret.length < 16)
    throw new Error(
      'PREVIEW_TOKEN_KEY is not set (at least 16 characters): see README "Configuration".',
    )
  return secret
}

/** A token for one document in one language, valid until `now + lifetime`. */
export const signPreviewToken = (
  target: Omit<PreviewClaims, 'expiresAt'>,
  secret: string | undefined,
  now = Date.now(),
  lifetimeMs = previewTokenLifetimeMs,
): string => {
  const claims: PreviewClaims = { ...target, expiresAt: now + lifetimeMs }
  const payload = Buffer.from(JSON.stringify(claims)).toString('base64url')
  return `${payload}.${mac(payload, requireSecret(secret)).toString('base64url')}`
}

/** What a token grants, or why it grants nothing: tampered, malformed and foreign tokens are all `invalid`. */
export const verifyPreviewToken = (
  token: null | string | undefined,
  secret: string | undefined,
  now = Date.now(),
): PreviewVerdict => {
  const key = requireSecret(secret)
  const [payload, signature, ...rest] = (token ?? '').split('.')
  if (!payload || !signature || rest.length > 0) return { ok: false, reason: 'invalid' }
  const expected = mac(payload, key)
  const given = Buffer.from(signature, 'base64url')
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return { ok: false, reason: 'invalid' }
  let claims: unknown
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'))
  } catch {
    return { ok: false, reason: 'invalid' }
  }
  if (!isClaims(claims)) return { ok: false, reason: 'invalid' }
  return claims.expiresAt > now ? { ok: true, claims } : { ok: false, reason: 'expired' }
}
