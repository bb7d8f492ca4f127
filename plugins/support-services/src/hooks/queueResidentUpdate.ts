import type { CollectionAfterChangeHook } from 'payload'

import { residentUpdateQueue, residentUpdateTask } from '../defaults'
import { isResidentUpdate } from '../domain'

/** Set by a change the resident made themselves (their status page): they are not told what they did. */
export const byResidentKey = 'byResident'

/**
 * A move the resident asked to hear about queues their update with `req`, in the move's own
 * transaction: it is sent only once the move has committed, and never delays or fails it.
 */
export const queueResidentUpdate: CollectionAfterChangeHook = async ({
  context,
  doc,
  operation,
  previousDoc,
  req,
}) => {
  if (operation !== 'update' || context[byResidentKey]) return doc
  if (!doc.applicant?.statusUpdates?.length) return doc
  if (!isResidentUpdate(previousDoc?.status, doc.status)) return doc
  await req.payload.jobs.queue({
    task: residentUpdateTask as never,
    queue: residentUpdateQueue,
    input: { referral: doc.id, status: doc.status } as never,
    req,
  })
  return doc
}
