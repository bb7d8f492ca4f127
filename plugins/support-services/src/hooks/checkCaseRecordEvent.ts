import { sql } from '@payloadcms/db-postgres/drizzle'
import { APIError, type CollectionBeforeChangeHook, type PayloadRequest } from 'payload'

import type { SupportServicesAccess } from '../types'

import { slugs } from '../defaults'
import {
  calendarDate,
  type CaseRecordFacts,
  checkCaseRecord,
  manualEventTypes,
  participantRecordTypes,
  type Status,
} from '../domain'
import { requestRunner, tables } from '../operations/sql'
import { idOf } from './relationIds'

/** The admin's date picker sends timestamps; the domain compares Swedish calendar days. */
const dayOf = (value: unknown) =>
  typeof value === 'string' && value.length > 10 ? calendarDate(new Date(value)) : value

/** When the referral was anonymised, if it was: one indexed read, inside the request's transaction. */
const anonymisedAtOf = async (req: PayloadRequest, id: number | string) => {
  const run = await requestRunner(req)
  const { rows } = await run(
    sql`SELECT anonymised_at FROM ${tables.referrals} WHERE id = ${Number(id)}`,
  )
  return rows[0]?.anonymised_at
}

/** The start a `workEnd` ends: a start of the same referral, and whether it already has an end. */
const startFacts = async (
  req: PayloadRequest,
  referralId: number | string,
  startId: unknown,
): Promise<CaseRecordFacts['start']> => {
  if (startId == null || startId === '' || Number.isNaN(Number(startId))) return null
  const run = await requestRunner(req)
  const { rows } = await run(sql`
    SELECT s.date, EXISTS (
      SELECT 1 FROM ${tables.referralEvents} x WHERE x.type = 'workEnd' AND x.work_end_start_id = s.id
    ) AS ended
    FROM ${tables.referralEvents} s
    WHERE s.id = ${Number(startId)} AND s.referral_id = ${Number(referralId)} AND s.type = 'workStart'`)
  return rows[0] ? { date: String(rows[0].date), ended: Boolean(rows[0].ended) } : null
}

/** What a record of the road to work is checked against (nothing for the other records). */
const factsFor = async (
  req: PayloadRequest,
  data: Record<string, unknown>,
  referral: { enrolledAt?: unknown; applicant?: { dateOfBirth?: unknown } | null } | undefined,
): Promise<CaseRecordFacts> => {
  if (data.type === 'workEnd')
    return {
      start: await startFacts(
        req,
        idOf(data.referral)!,
        idOf((data.workEnd as { start?: unknown } | undefined)?.start),
      ),
    }
  if (!(participantRecordTypes as readonly unknown[]).includes(data.type)) return {}
  const enrolledAt = referral?.enrolledAt
  const dateOfBirth = referral?.applicant?.dateOfBirth
  return {
    enrolledOn: typeof enrolledAt === 'string' ? calendarDate(new Date(enrolledAt)) : null,
    dateOfBirth: typeof dateOfBirth === 'string' ? dateOfBirth : null,
  }
}

/**
 * A hand-written event (note, contact attempt, consent, re-assessment, the road to work), by any path: only on a referral
 * of the writer's own services (create access cannot be a `Where`, so the row check is here), never on
 * an anonymised one (a note would bring personal data back), only of a hand-written type, valid by the
 * domain's schema for the referral as it is now, and stamped with who wrote it and when. Events the
 * plugin's own hooks write (`context.systemEvent`) skip this.
 */
export const checkCaseRecordEvent =
  (access: SupportServicesAccess): CollectionBeforeChangeHook =>
  async ({ context, data, operation, req }) => {
    if (operation !== 'create' || context.systemEvent) return data
    if (!(manualEventTypes as readonly string[]).includes(data.type)) {
      throw new APIError(
        `Händelser av typen ”${data.type}” skrivs av systemet, inte för hand.`,
        400,
        [{ field: 'type' }],
        true,
      )
    }
    // The referral is read for the row check (staff of some services only) and for what a record
    // depends on (a re-assessment needs a case in progress, a start an enrolment); a note by an admin
    // needs neither.
    const scope = access.referralScope(req.user)
    const needsReferral =
      data.type === 'reassessment' ||
      (participantRecordTypes as readonly string[]).includes(data.type)
    const referral =
      scope !== 'all' || needsReferral
        ? await req.payload.findByID({
            collection: slugs.referrals,
            id: idOf(data.referral)!,
            depth: 0,
            disableErrors: true,
            overrideAccess: scope === 'all',
            user: req.user,
            req,
          })
        : undefined
    if (referral === null)
      throw new APIError(
        'Anmälan finns inte, eller hör till en tjänst du inte arbetar med.',
        403,
        undefined,
        true,
      )
    if (referral ? referral.anonymisedAt : await anonymisedAtOf(req, idOf(data.referral)!)) {
      throw new APIError(
        'Anmälan är anonymiserad: den tar inte emot nya anteckningar eller uppgifter.',
        400,
        [{ field: 'referral' }],
        true,
      )
    }

    const record = {
      ...data,
      consent: data.consent && { ...data.consent, date: dayOf(data.consent.date) },
      reassessment: data.reassessment && {
        ...data.reassessment,
        nextAt: dayOf(data.reassessment.nextAt),
      },
    }
    const check = checkCaseRecord(
      record,
      referral?.status as Status | undefined,
      calendarDate(new Date()),
      await factsFor(req, record, referral ?? undefined),
    )
    if (!check.ok)
      throw new APIError(check.message, 400, [{ field: check.field, message: check.message }], true)
    // A profile keeps the age at enrolment the check worked out, never the birth year it came from.
    const profile = check.record.type === 'profile' ? { profile: check.record.profile } : {}
    return { ...data, ...profile, at: new Date().toISOString(), actor: req.user?.id }
  }
