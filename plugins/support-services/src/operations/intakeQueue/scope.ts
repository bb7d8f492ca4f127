import type { Payload, PayloadRequest, TypedUser } from 'payload'

import type { ReferralScope } from '../../types'

import { slugs } from '../../defaults'

/**
 * The user's referral scope as the referrals collection's own read access states it (the plugin's
 * `access.referralScope(user)` turned into a `Where` on the service): admin views and components, which
 * do not get the plugin's options, read it here, so they show what the Local API would let the user read.
 * A rule of any other shape counts as no scope: refuse rather than guess.
 */
export async function referralScopeOf(
  payload: Payload,
  user: null | TypedUser | undefined,
): Promise<ReferralScope> {
  if (!user) return 'none'
  const read = payload.collections[slugs.referrals]?.config.access?.read
  if (!read) return 'none'
  // The access function only reads the user (and may use the Local API through payload).
  const result = await read({ req: { user, payload } as PayloadRequest })
  if (result === true) return 'all'
  if (!result) return 'none'
  const serviceIds = (result as { service?: { in?: unknown } }).service?.in
  return Array.isArray(serviceIds) ? (serviceIds as Array<number | string>) : 'none'
}
