import type { CollectionAfterOperationHook, Payload, PayloadRequest, TypedUser } from 'payload'

import { randomUUID } from 'node:crypto'

import { type ReadChannel, readChannels, type ReadCollection, type ReadOperation } from '../domain'
import { type AccessRecord, type ReadAudit, readAuditOf } from '../operations/readAudit'
import { idOf } from './relationIds'

/**
 * `context` for a Local API read that serves one of the admin's own pages with `user` rather than
 * the page's request (the referral page's panels): logged as read through the admin, not the Local API.
 * A fresh object each time: Payload uses it as the request's context, which hooks may write to.
 */
export const readThroughAdmin = (): { readThrough: ReadChannel } => ({ readThrough: 'admin' })

/**
 * The path a read came through. REST and GraphQL say so on the request. The admin serves its pages
 * and server functions with the Local API on the incoming request (Next's headers, with the session
 * cookie; the page's URL under the admin route); anything else is the Local API.
 */
export function readChannelOf(req: PayloadRequest): ReadChannel {
  const declared = req.context?.readThrough
  if (typeof declared === 'string' && (readChannels as readonly string[]).includes(declared))
    return declared as ReadChannel
  if (req.payloadAPI === 'REST') return 'rest'
  if (req.payloadAPI === 'GraphQL') return 'graphql'
  const adminRoute = req.payload.config.routes.admin
  const onAdminPage =
    typeof req.pathname === 'string' &&
    (req.pathname === adminRoute || req.pathname.startsWith(`${adminRoute}/`))
  return onAdminPage || req.headers?.has('cookie') ? 'admin' : 'local'
}

/**
 * A read by a person: a signed-in user, outside a write. The system's own reads have no user (seed,
 * notifications, retention); reads inside a write's transaction are the write's checks (the workflow,
 * a case record finding its referral), and the write itself is in the referral's history with its actor.
 */
export const isPersonRead = (req: PayloadRequest) => Boolean(req.user) && !req.transactionID

export interface ReadReferral {
  id: number | string | null
  reference?: string | null
  /** An event read without its referral: the referral is found from the event when the entry is written. */
  eventId?: number | string | null
}

export interface PersonReads {
  user: TypedUser
  through: ReadChannel
  operation: ReadOperation
  readCollection: ReadCollection
  /** The referrals read; none for a count (one entry without a referral is written). */
  referrals: readonly ReadReferral[]
}

const numberOrNull = (value: unknown) =>
  value == null || value === '' || !Number.isFinite(Number(value)) ? null : Number(value)

/** One entry per referral (a list of a referral's events is one read of that referral's history). */
export function accessRecords(
  { user, through, operation, readCollection, referrals }: PersonReads,
  at = new Date(),
): AccessRecord[] {
  const base = {
    at: at.toISOString(),
    userId: Number(user.id),
    userEmail: typeof user.email === 'string' ? user.email : null,
    readCollection,
    operation,
    through,
  }
  const entry = (referral: ReadReferral | null): AccessRecord => ({
    ...base,
    recordId: randomUUID(),
    referralId: numberOrNull(referral?.id),
    referralReference: typeof referral?.reference === 'string' ? referral.reference : null,
    eventId: referral?.id == null ? numberOrNull(referral?.eventId) : null,
  })
  if (referrals.length === 0)
    return operation === 'count' || operation === 'findDistinct' ? [entry(null)] : []
  const seen = new Set<string>()
  const unique = referrals.filter((referral) => {
    const key = referral.id != null ? `r${referral.id}` : `e${referral.eventId}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
  return unique.map(entry)
}

/** Logs reads by a person; resolves within the read audit's wait, never rejects, never throws. */
export async function recordPersonReads(
  payload: Payload,
  reads: PersonReads,
  audit = readAuditOf(payload),
): Promise<void> {
  if (!audit) {
    // The plugin starts the read audit (onInit); without it a read must not pass unnoticed.
    payload.logger.error(
      `Read audit: not started in this process; ${reads.referrals.length} reads were not logged.`,
    )
    return
  }
  try {
    if (!Number.isFinite(Number(reads.user.id))) {
      payload.logger.error(
        'Read audit: a read by a user whose id is not a number cannot be logged.',
      )
      return
    }
    await audit.record(payload, accessRecords(reads))
  } catch (error) {
    payload.logger.error(
      `Read audit: a read could not be logged (${error instanceof Error ? error.name : 'error'}).`,
    )
  }
}

type Doc = Record<string, unknown>

const referralOf = (collection: ReadCollection, doc: Doc): ReadReferral => {
  if (collection === 'referrals')
    return { id: doc.id as number, reference: doc.reference as string | undefined }
  const referral = doc.referral
  if (referral === undefined || referral === null) return { id: null, eventId: doc.id as number }
  const reference = typeof referral === 'object' ? (referral as Doc).reference : undefined
  return { id: idOf(referral) ?? null, reference: typeof reference === 'string' ? reference : null }
}

const auditedOperations = ['find', 'findByID', 'count', 'findDistinct'] as const

/**
 * Logs every read of this collection by a person (see `isPersonRead`), once per operation: a list,
 * one document (also a relation populated from another read: Payload reads it with a `find`), a
 * count. Waits at most the read audit's short bound (see operations/readAudit.ts), then the read goes on.
 */
export const recordReads =
  (readCollection: ReadCollection, audit: ReadAudit): CollectionAfterOperationHook =>
  async ({ operation, req, result }) => {
    if (
      !(auditedOperations as readonly string[]).includes(operation) ||
      !isPersonRead(req) ||
      result == null
    )
      return result
    const docs: Doc[] =
      operation === 'find'
        ? ((result as { docs?: Doc[] }).docs ?? [])
        : operation === 'findByID'
          ? [result as Doc]
          : []
    if ((operation === 'find' || operation === 'findByID') && docs.length === 0) return result
    await recordPersonReads(
      req.payload,
      {
        user: req.user!,
        through: readChannelOf(req),
        operation: operation as ReadOperation,
        readCollection,
        referrals: docs.map((doc) => referralOf(readCollection, doc)),
      },
      audit,
    )
    return result
  }
