import type { Payload } from 'payload'

import { z } from 'zod/mini'

import { slugs } from '../../defaults'
import {
  calendarDate,
  type FieldError,
  fieldErrorsFromZod,
  isOpenStatus,
  referralFieldSchemas,
  type ResidentContactField,
  residentContactFields,
  type Status,
} from '../../domain'
import { byResidentKey } from '../../hooks/queueResidentUpdate'

/** The staff's words for the fields a resident changed (the history names the fields, not the values). */
const fieldLabels: Record<ResidentContactField, string> = {
  phone: 'telefonnummer',
  email: 'e-postadress',
  bestTimeToContact: 'bästa tid att nå',
  preferredLanguage: 'språk',
  interpreterNeeded: 'behov av tolk',
}

/** What the history event of an action by the resident is (read by recordReferralEvent). */
export interface ApplicantEvent {
  type: 'applicantUpdate' | 'contactRequested'
  note?: string
}

type Applicant = Partial<Record<ResidentContactField, unknown>> & Record<string, unknown>

const readApplicant = async (payload: Payload, id: number) =>
  (await payload.findByID({
    collection: slugs.referrals,
    id,
    depth: 0,
    overrideAccess: true,
    select: { status: true, applicant: true },
  })) as unknown as { status: Status; applicant?: Applicant | null }

/** The resident's changes, each field checked alone: an empty field is "no change". */
export function contactChanges(
  input: Record<string, unknown>,
  now = new Date(),
):
  | { ok: true; changes: Partial<Record<ResidentContactField, string | boolean>> }
  | { ok: false; errors: FieldError[] } {
  const schemas = referralFieldSchemas(calendarDate(now))
  const changes: Partial<Record<ResidentContactField, string | boolean>> = {}
  const errors: FieldError[] = []
  for (const field of residentContactFields) {
    const raw = input[field]
    if (raw === undefined || raw === null || raw === '') continue
    const value =
      field === 'interpreterNeeded' ? (raw === 'yes' ? true : raw === 'no' ? false : raw) : raw
    const parsed = z.safeParse(schemas[field] as z.ZodMiniType, value)
    if (parsed.success) changes[field] = parsed.data as string | boolean
    else errors.push(...fieldErrorsFromZod(parsed.error).map((e) => ({ ...e, field })))
  }
  return errors.length ? { ok: false, errors } : { ok: true, changes }
}

export type ActionResult =
  | { ok: true; done: 'updated' | 'unchanged' | 'requested' | 'withdrawn' }
  | { ok: false; closed: true }
  | { ok: false; errors: FieldError[] }

/** Changes how the resident is reached; staff see which fields changed in the history. */
export async function updateContact(
  payload: Payload,
  id: number,
  input: Record<string, unknown>,
): Promise<ActionResult> {
  const checked = contactChanges(input)
  if (!checked.ok) return checked
  const current = await readApplicant(payload, id)
  if (!isOpenStatus(current.status)) return { ok: false, closed: true }
  const applicant = current.applicant ?? {}
  const changed = (Object.keys(checked.changes) as ResidentContactField[]).filter(
    (field) => checked.changes[field] !== applicant[field],
  )
  if (changed.length === 0) return { ok: true, done: 'unchanged' }
  const applicantEvent: ApplicantEvent = {
    type: 'applicantUpdate',
    note: `Ändrade via statussidan: ${changed.map((field) => fieldLabels[field]).join(', ')}.`,
  }
  await payload.update({
    collection: slugs.referrals,
    id,
    data: { applicant: { ...applicant, ...checked.changes } } as never,
    overrideAccess: true,
    depth: 0,
    context: { applicantEvent },
  })
  return { ok: true, done: 'updated' }
}

/** Marks the referral in the intake queue: the resident wants someone to get in touch. */
export async function requestContact(payload: Payload, id: number): Promise<ActionResult> {
  const current = await readApplicant(payload, id)
  if (!isOpenStatus(current.status)) return { ok: false, closed: true }
  const applicantEvent: ApplicantEvent = { type: 'contactRequested' }
  await payload.update({
    collection: slugs.referrals,
    id,
    data: { contactRequestedAt: new Date().toISOString() } as never,
    overrideAccess: true,
    depth: 0,
    context: { applicantEvent },
  })
  return { ok: true, done: 'requested' }
}

export const maxWithdrawReason = 1000

/**
 * The resident withdraws: a status change through the workflow (its hook checks the move and writes
 * the event). An already closed referral is not an error: the page explains it.
 */
export async function withdraw(
  payload: Payload,
  id: number,
  reason: unknown,
): Promise<ActionResult> {
  const text = typeof reason === 'string' ? reason.trim() : ''
  if (text.length > maxWithdrawReason)
    return {
      ok: false,
      errors: [{ field: 'reason', code: 'tooLong', params: { max: maxWithdrawReason } }],
    }
  const current = await readApplicant(payload, id)
  if (!isOpenStatus(current.status)) return { ok: false, closed: true }
  await payload.update({
    collection: slugs.referrals,
    id,
    data: {
      status: 'withdrawn',
      statusReason: `Den sökande tog tillbaka anmälan via sin statussida.${text ? ` Anledning: ${text}` : ''}`,
    } as never,
    overrideAccess: true,
    depth: 0,
    context: { [byResidentKey]: true },
  })
  return { ok: true, done: 'withdrawn' }
}
