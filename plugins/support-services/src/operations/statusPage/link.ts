import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-postgres/drizzle'
import { createHash, randomUUID } from 'node:crypto'

import { isStatusTokenShape, type Locale, statusLinkWorks, statusPagePath } from '../../domain'
import { readAuditOf } from '../readAudit'
import { drizzleRunner, tables } from '../sql'

/**
 * The stored form of a status link's token. A plain SHA-256 suffices: the token is 256 random bits, so
 * there is nothing to guess from the hash, and it needs no key that could be rotated away.
 */
export const statusTokenHash = (token: string) =>
  createHash('sha256').update(token).digest('base64url')

/** The resident's page on the site, in their language. */
export const statusLinkUrl = (siteUrl: string, locale: Locale, token: string) =>
  new URL(statusPagePath(locale, token), siteUrl).href

/**
 * The id of the referral a token opens, or null: a token of the wrong shape, unknown, or of a referral
 * closed more than 90 days ago. The caller answers all of them alike.
 */
export async function referralIdForToken(
  payload: Payload,
  token: unknown,
  now = new Date(),
): Promise<null | number> {
  if (!isStatusTokenShape(token)) return null
  const { rows } = await drizzleRunner(payload)(
    sql`SELECT id, closed_at FROM ${tables.referrals} WHERE status_token_hash = ${statusTokenHash(token)} LIMIT 1`,
  )
  const row = rows[0] as { id: number; closed_at: Date | string | null } | undefined
  return row && statusLinkWorks(row.closed_at, now) ? Number(row.id) : null
}

/**
 * A view of the status page in the read audit: the applicant's own read, through their link. It has no
 * staff account, so the entry's user is 0 and the log review names it "the applicant".
 */
export async function recordApplicantRead(
  payload: Payload,
  referral: { id: number; reference: string },
  now = new Date(),
) {
  const audit = readAuditOf(payload)
  if (!audit) {
    payload.logger.error(
      'Read audit: not started in this process; a status page view was not logged.',
    )
    return
  }
  await audit.record(payload, [
    {
      recordId: randomUUID(),
      at: now.toISOString(),
      userId: 0,
      userEmail: null,
      referralId: referral.id,
      referralReference: referral.reference,
      readCollection: 'referrals',
      operation: 'findByID',
      through: 'statusPage',
    },
  ])
}
