import type { CollectionBeforeChangeHook, Where } from 'payload'

import { openStatuses, samePerson } from '../domain'
import { slugs } from '../defaults'

/**
 * A new referral that looks like the same person as a referral open when it came in (same name and
 * date of birth, or same phone or e-mail) lists that referral as a possible duplicate. Staff see it on
 * the queue and decide; nothing is merged automatically. "Open when it came in" makes the check the same
 * for a live submission and for history replayed by the seed.
 */
export const findPossibleDuplicates: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { name, phone, email, dateOfBirth } = data.applicant ?? {}
  const sameContact: Where[] = [
    ...(phone ? [{ 'applicant.phone': { equals: phone } }] : []),
    ...(email ? [{ 'applicant.email': { equals: email } }] : []),
    // `like` narrows by every word of the name in any case; samePerson below compares exactly.
    ...(name && dateOfBirth ? [{ and: [{ 'applicant.dateOfBirth': { equals: dateOfBirth } }, { 'applicant.name': { like: name } }] }] : []),
  ]
  if (sameContact.length === 0) return data
  const receivedAt = data.receivedAt ?? new Date().toISOString()
  const { docs } = await req.payload.find({
    collection: slugs.referrals,
    where: {
      and: [
        { or: sameContact },
        { receivedAt: { less_than_equal: receivedAt } },
        { or: [{ status: { in: [...openStatuses] } }, { closedAt: { greater_than: receivedAt } }] },
      ],
    },
    select: { applicant: { name: true, phone: true, email: true, dateOfBirth: true } },
    sort: '-receivedAt',
    limit: 20,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const matches = docs.filter((other) => samePerson(data.applicant, other.applicant as never))
  return matches.length ? { ...data, possibleDuplicates: matches.map((m) => m.id) } : data
}
