import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { slugs } from '../defaults'

/**
 * Writes the history event for a submission or a status change with the same `req`, so it commits or
 * rolls back together with the change itself. The event is built here from the already validated
 * change, so it goes straight to the database adapter: a second full Payload operation (validation,
 * access, hooks, read-back) inside every submission halved the submit endpoint's throughput. Anything
 * that must happen to every event (e.g. field encryption) therefore belongs here too.
 */
export const recordReferralEvent: CollectionAfterChangeHook = async ({ context, doc, operation, previousDoc, req }) => {
  const statusChanged = operation === 'create' || previousDoc?.status !== doc.status
  if (!statusChanged) return doc
  await req.payload.db.create({
    collection: slugs.referralEvents,
    data: {
      referral: doc.id,
      type: operation === 'create' ? 'submitted' : 'statusChange',
      at: doc.statusChangedAt,
      actor: req.user?.id,
      fromStatus: operation === 'create' ? undefined : previousDoc.status,
      toStatus: doc.status,
      reason: operation === 'create' ? undefined : (context.statusReason as string | undefined),
      outcome: doc.status === 'closed' ? doc.outcome : undefined,
      target: doc.status === 'redirected' ? doc.redirectTarget : undefined,
    },
    req,
  })
  return doc
}

/** A deleted referral takes its history with it (used by retention and by erasure requests). */
export const deleteReferralEvents: CollectionAfterDeleteHook = async ({ id, req }) => {
  await req.payload.delete({
    collection: slugs.referralEvents,
    where: { referral: { equals: id } },
    context: { systemEvent: true },
    overrideAccess: true,
    req,
  })
}
