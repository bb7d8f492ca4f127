import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { slugs } from '../defaults'
import { manualEventTypes } from '../collections/referralEvents'
import type { SupportServicesAccess } from '../types'

/**
 * Create access cannot be a `Where`, so this hook does the row check: staff may only add notes,
 * contact attempts, re-assessments and consent records to referrals of their own services.
 * Events written by the plugin's own hooks (`context.systemEvent`) skip it.
 */
export const checkEventReferralInScope =
  (access: SupportServicesAccess): CollectionBeforeChangeHook =>
  async ({ context, data, operation, req }) => {
    if (operation !== 'create' || context.systemEvent) return data
    if (!(manualEventTypes as readonly string[]).includes(data.type)) {
      throw new APIError(`Event type "${data.type}" is written by the system, not by hand.`, 400)
    }
    const withActor = { ...data, actor: req.user?.id }
    if (access.referralScope(req.user) === 'all') return withActor
    const referralId = typeof data.referral === 'object' ? data.referral?.id : data.referral
    const referral = await req.payload.findByID({
      collection: slugs.referrals,
      id: referralId,
      depth: 0,
      disableErrors: true,
      overrideAccess: false,
      user: req.user,
      req,
    })
    if (!referral) throw new APIError('The referral does not exist or is not yours to change.', 403)
    return withActor
  }
