import { sql, type SQL } from 'drizzle-orm'
import type { CollectionBeforeChangeHook } from 'payload'

import { openStatuses, samePerson } from '../domain'
import { requestRunner } from '../operations/sql'

const folded = (text: SQL) => sql`lower(regexp_replace(trim(${text}), '[[:space:]]+', ' ', 'g'))`
const list = (values: readonly string[]) => sql.join(values.map((v) => sql`${v}`), sql`, `)

/**
 * A new referral that looks like the same person as a referral open when it came in (same name and
 * date of birth, or same phone or e-mail) lists that referral as a possible duplicate. Staff see it on
 * the queue and decide; nothing is merged automatically. "Open when it came in" makes the check the same
 * for a live submission and for history replayed by the seed. One indexed statement, as every
 * submission pays for it.
 */
export const findPossibleDuplicates: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { name, phone, email, dateOfBirth } = data.applicant ?? {}
  const sameContact = [
    ...(phone ? [sql`applicant_phone = ${phone}`] : []),
    ...(email ? [sql`applicant_email = ${email}`] : []),
    // Narrowed by the date of birth's index; both names folded by the same database function, so the
    // database's locale cannot make them differ. samePerson below has the last word.
    ...(name && dateOfBirth ? [sql`(applicant_date_of_birth = ${dateOfBirth} AND ${folded(sql`applicant_name`)} = ${folded(sql`${name}`)})`] : []),
  ]
  if (sameContact.length === 0) return data
  const receivedAt = data.receivedAt ?? new Date().toISOString()
  const run = await requestRunner(req)
  const { rows } = await run(sql`
    SELECT id, applicant_name AS name, applicant_phone AS phone, applicant_email AS email, applicant_date_of_birth AS "dateOfBirth"
    FROM referrals
    WHERE (${sql.join(sameContact, sql` OR `)})
      AND received_at <= ${receivedAt}
      AND (status IN (${list(openStatuses)}) OR closed_at > ${receivedAt})
    ORDER BY received_at DESC
    LIMIT 20`)
  const matches = rows.filter((other) => samePerson(data.applicant, other))
  return matches.length ? { ...data, possibleDuplicates: matches.map((m) => m.id) } : data
}
