import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import type { FieldCipher } from '../privacy/fieldEncryption'

import { slugs } from '../defaults'
import { referralEventPersonalFields } from '../privacy/personalData'
import { idOf, idsOf } from './relationIds'

/**
 * Writes the history events of a submission, a status change, a move to another service, a new
 * assignee or a dismissed duplicate with the same `req`, so they commit or roll back together with the
 * change itself. Events are built here from the already validated change, so they go straight to the
 * database adapter: a second full Payload operation (validation, access, hooks, read-back) inside every
 * submission halved the submit endpoint's throughput. Anything that must happen to every event
 * (field encryption) therefore happens here too.
 */
export const recordReferralEvent =
  (cipher: FieldCipher): CollectionAfterChangeHook =>
  async ({ context, doc, operation, previousDoc, req }) => {
    const write = (data: Record<string, unknown>) => writeEvent(req, cipher, data)
    const base = { referral: doc.id, at: doc.statusChangedAt, actor: req.user?.id }
    if (operation === 'create') {
      await write({
        ...base,
        type: 'submitted',
        toStatus: doc.status,
        reason: context.statusReason,
      })
      return doc
    }
    const reason = context.statusReason as string | undefined
    const now = (context.eventAt as string | undefined) ?? new Date().toISOString()
    if (idOf(doc.service) !== idOf(previousDoc.service)) {
      await write({
        ...base,
        type: 'moved',
        fromService: idOf(previousDoc.service),
        toService: idOf(doc.service),
        fromStatus: previousDoc.status,
        toStatus: doc.status,
        reason,
      })
    } else if (doc.status !== previousDoc.status) {
      await write({
        ...base,
        type: 'statusChange',
        fromStatus: previousDoc.status,
        toStatus: doc.status,
        reason,
        outcome: doc.status === 'closed' ? doc.outcome : undefined,
        partner: doc.status === 'redirected' ? idOf(doc.redirectPartner) : undefined,
        target: doc.status === 'redirected' ? doc.redirectTarget : undefined,
        relatedReferral: doc.status === 'merged' ? idOf(doc.mergedInto) : undefined,
      })
    }
    // A change the resident made on their status page (operations/statusPage/actions.ts).
    const applicantEvent = context.applicantEvent as { type: string; note?: string } | undefined
    if (applicantEvent) await write({ ...base, at: now, ...applicantEvent })
    if (idOf(doc.assignee) !== idOf(previousDoc.assignee)) {
      await write({ ...base, at: now, type: 'assigned', assignee: idOf(doc.assignee) ?? undefined })
    }
    const kept = new Set(idsOf(doc.possibleDuplicates))
    for (const dismissed of idsOf(previousDoc.possibleDuplicates).filter((id) => !kept.has(id))) {
      await write({
        ...base,
        at: now,
        type: 'duplicateDismissed',
        relatedReferral: dismissed,
        reason,
      })
    }
    return doc
  }

const writeEvent = (req: PayloadRequest, cipher: FieldCipher, data: Record<string, unknown>) => {
  for (const path of referralEventPersonalFields) {
    const value = data[path]
    if (typeof value === 'string' && value !== '') data[path] = cipher.seal(value, path)
  }
  return req.payload.db.create({ collection: slugs.referralEvents, data, req })
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
