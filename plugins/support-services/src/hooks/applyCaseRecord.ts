import type { CollectionAfterChangeHook } from 'payload'

import { slugs } from '../defaults'
import { idOf } from './relationIds'

/**
 * What a hand-written event changes on the referral itself, in the same transaction (`req`): the first
 * contact that reached the person, the written consent, the next re-assessment date. The referral keeps
 * the current state for the queue's filters; the event keeps who did it and when.
 */
export const applyCaseRecord: CollectionAfterChangeHook = async ({
  context,
  doc,
  operation,
  req,
}) => {
  if (operation !== 'create' || context.systemEvent) return doc
  const id = typeof doc.referral === 'object' ? doc.referral.id : doc.referral
  const change = await changeFor(doc, () =>
    req.payload.findByID({ collection: slugs.referrals, id, depth: 0, overrideAccess: true, req }),
  )
  if (change) {
    await req.payload.update({
      collection: slugs.referrals,
      id,
      data: change,
      depth: 0,
      overrideAccess: true,
      req,
      context: { caseRecord: true },
    })
  }
  return doc
}

type EventDoc = Parameters<CollectionAfterChangeHook>[0]['doc']
/** What a staff record reads of its referral. */
type StoredReferral = { firstContactAt?: unknown; consent?: Record<string, unknown> | null }

async function changeFor(
  event: EventDoc,
  referral: () => Promise<StoredReferral>,
): Promise<Record<string, unknown> | null> {
  switch (event.type) {
    case 'contactAttempt': {
      if (event.contact?.result !== 'reached') return null
      return (await referral()).firstContactAt ? null : { firstContactAt: event.at }
    }
    case 'consent': {
      const { action, partners, formVersion, date } = event.consent
      if (action === 'withdrawn')
        return { consent: { ...(await referral()).consent, withdrawnAt: date } }
      const { collaboration } = (await referral()).consent ?? {}
      return {
        consent: {
          collaboration,
          partners: (partners ?? []).map(idOf),
          formVersion,
          recordedAt: date,
          withdrawnAt: null,
        },
      }
    }
    case 'reassessment':
      return { nextReassessmentAt: event.reassessment.nextAt ?? null }
    default:
      return null
  }
}
