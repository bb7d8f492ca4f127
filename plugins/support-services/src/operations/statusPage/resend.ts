import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-postgres/drizzle'

import type { FieldCipher, LookupHasher } from '../../privacy/fieldEncryption'
import type { SmsAdapter } from '../../types'

import { slugs } from '../../defaults'
import {
  isPhoneNumber,
  isValidReference,
  type Locale,
  newStatusToken,
  normalizePhone,
  normalizeReference,
  statusLinkEmail,
  statusLinkSms,
  statusLinkWorks,
} from '../../domain'
import { drizzleRunner, tables } from '../sql'
import { statusLinkUrl, statusTokenHash } from './link'

export interface ResendRequest {
  reference: unknown
  /** The phone number or e-mail address the person gave in the referral. */
  contact: unknown
  locale: Locale
}

export interface ResendDeps {
  lookupHash: LookupHasher
  cipher: FieldCipher
  siteUrl: string
  randomBytes: (size: number) => Uint8Array
  /** For a referral with a phone number and no e-mail address; without it such a referral gets nothing. */
  sms?: SmsAdapter
}

/** The keyed hash duplicate detection keeps of a phone number or an e-mail address (derivePersonLookup). */
const contactLookup = (hash: LookupHasher, contact: string) => {
  const value = contact.trim()
  if (value.includes('@'))
    return { column: 'person_lookup_email', hash: hash('email', value.toLowerCase()) }
  if (isPhoneNumber(value))
    return { column: 'person_lookup_phone', hash: hash('phone', normalizePhone(value)) }
  return null
}

/**
 * "I lost my link": when the reference and the phone or e-mail match a referral whose link still works,
 * a new link goes to the e-mail address stored in it, or by SMS to its phone number when it has no
 * e-mail address (never to a contact typed in the form), and the old link stops working. Compares keyed hashes, never decrypted values. Returns whether a link was
 * sent, for tests; the caller answers the same either way and does not wait for this.
 */
export async function resendStatusLink(
  payload: Payload,
  request: ResendRequest,
  deps: ResendDeps,
  now = new Date(),
): Promise<boolean> {
  if (typeof request.reference !== 'string' || typeof request.contact !== 'string') return false
  if (request.contact.length > 254 || !isValidReference(request.reference)) return false
  const lookup = contactLookup(deps.lookupHash, request.contact)
  if (!lookup) return false
  const { rows } = await drizzleRunner(payload)(sql`
    SELECT id, reference, closed_at FROM ${tables.referrals}
    WHERE reference = ${normalizeReference(request.reference)} AND ${sql.identifier(lookup.column)} = ${lookup.hash}
    LIMIT 1`)
  const row = rows[0] as { id: number; reference: string; closed_at: null | string } | undefined
  if (!row || !statusLinkWorks(row.closed_at, now)) return false
  const { applicant } = (await payload.findByID({
    collection: slugs.referrals,
    id: row.id,
    depth: 0,
    overrideAccess: true,
    select: { applicant: { email: true, phone: true } },
  })) as unknown as { applicant?: { email?: string | null; phone?: string | null } }
  const email = applicant?.email
  const phone = !email && deps.sms ? applicant?.phone : undefined
  if (!email && !phone) return false
  const token = newStatusToken(deps.randomBytes)
  // A sealed token (kept for updates, see residentUpdates.ts) follows, so updates carry the new link.
  await drizzleRunner(payload)(
    sql`UPDATE ${tables.referrals} SET status_token_hash = ${statusTokenHash(token)},
      status_token = CASE WHEN status_token IS NULL THEN NULL ELSE ${deps.cipher.seal(token, 'statusToken')} END
      WHERE id = ${row.id}`,
  )
  const message = {
    locale: request.locale,
    reference: row.reference,
    link: statusLinkUrl(deps.siteUrl, request.locale, token),
  }
  if (email) await payload.sendEmail({ to: email, ...statusLinkEmail(message) })
  else await deps.sms!.send({ to: phone!, text: statusLinkSms(message) }, payload)
  return true
}
