import { sql } from '@payloadcms/db-postgres/drizzle'
import { APIError, type CollectionBeforeChangeHook, type PayloadRequest } from 'payload'

import type { SupportServicesAccess } from '../types'

import { slugs } from '../defaults'
import { calendarDate, checkCaseRecord, manualEventTypes, type Status } from '../domain'
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

/**
 * A hand-written event (note, contact attempt, consent, re-assessment), by any path: only on a referral
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
    // depends on (a re-assessment needs a case in progress); a note by an admin needs neither.
    const scope = access.referralScope(req.user)
    const referral =
      scope !== 'all' || data.type === 'reassessment'
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
    )
    if (!check.ok)
      throw new APIError(check.message, 400, [{ field: check.field, message: check.message }], true)
    return { ...data, at: new Date().toISOString(), actor: req.user?.id }
  }
