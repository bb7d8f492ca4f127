import { sql } from '@payloadcms/db-postgres/drizzle'
import { type Payload, ValidationError } from 'payload'

import type { NotificationOptions } from '../types'

import { referralDataFromAnswers } from '../adapters/referralData'
import { slugs } from '../defaults'
import {
  applicantFactsFromAnswers,
  calendarDate,
  evaluateEligibility,
  type FieldError,
  fieldErrorsFromZod,
  generateReference,
  newStatusToken,
  normalizeReference,
  submissionSchema,
  validateAnswers,
} from '../domain'
import { referralCampaign } from './campaigns'
import { findIntakeTarget } from './intakeTarget'
import { type NotificationReport, notifyNewReferral } from './notifyNewReferral'
import { drizzleRunner, tables } from './sql'
import { statusLinkUrl, statusTokenHash } from './statusPage/link'

export type SubmitResult =
  | {
      ok: true
      reference: string
      created: boolean
      /**
       * The status link's token (domain/statusPage.ts): on a create, and on a retry that proposed the
       * same token. A retry without one gets none: only the token's hash is stored.
       */
      statusToken?: string
      /** The e-mails about a new referral, under way; settles (never rejects) when they are sent or failed. */
      notified?: Promise<NotificationReport>
    }
  | { ok: false; errors: FieldError[] }

export interface SubmitDeps {
  now?: Date
  randomBytes: (size: number) => Uint8Array
  /**
   * The caller is the site (it holds the submit key), which may propose the reference it has already
   * given the person: it does so when it keeps a referral in its outbox while the CMS is down.
   */
  mayProposeReference?: boolean
  /** Send the e-mails the service asks for (see notifyNewReferral); none without. */
  notifications?: NotificationOptions
  /** The public site, where the status link leads (the confirmation e-mail carries it). */
  siteUrl?: string
}

const wantsUpdates = (answers: Record<string, unknown>) =>
  Array.isArray(answers.statusUpdates) && answers.statusUpdates.length > 0

const rejected = (field: string, code: FieldError['code']): SubmitResult => ({
  ok: false,
  errors: [{ field, code }],
})

/**
 * The referral an earlier try with this key created, if any. Plain SQL on the unique key's index: this
 * runs on every submission, and Payload's query building costs more than the lookup itself.
 */
const findByIdempotencyKey = async (payload: Payload, idempotencyKey: string | undefined) => {
  if (!idempotencyKey) return undefined
  const { referrals } = tables
  const { rows } = await drizzleRunner(payload)(
    sql`SELECT reference, status_token_hash FROM ${referrals} WHERE idempotency_key = ${idempotencyKey} LIMIT 1`,
  )
  return rows[0] as { reference: string; status_token_hash: null | string } | undefined
}

/**
 * Whether a create failed because its reference or idempotency key is taken: the database adapter
 * turns PostgreSQL's unique violation into a ValidationError on that field.
 */
const isUniqueViolation = (error: unknown) =>
  error instanceof ValidationError &&
  error.data.errors.some((e) => e.path === 'reference' || e.path === 'idempotencyKey')

/**
 * Payload 3.90's database adapter does not report a failed COMMIT (its transaction wrapper swallows
 * the error), so a create can return a document that was never stored, e.g. when PostgreSQL stops at
 * that moment. Read it back, outside the transaction, before anyone is told it is received; when it
 * is not there the caller gets an error (5xx) and the site keeps the referral in its outbox.
 */
const confirmStored = async (payload: Payload, id: number | string) => {
  const { referrals } = tables
  const { rows } = await drizzleRunner(payload)(
    sql`SELECT 1 FROM ${referrals} WHERE id = ${Number(id)}`,
  )
  if (rows.length === 0)
    throw new Error('The referral was not stored: its transaction did not commit.')
}

const referenceTakenNote = (shown: string, stored: string) =>
  `Den sökande fick referensnumret ${shown}, som redan användes av en annan anmälan. Anmälan fick i stället ${stored}.`

/**
 * The public way into the intake queue. Validates against the service's own form with the shared
 * schema, evaluates the rules (to inform, never to refuse) and stores the referral; its first event
 * is written by the collection hook in the same transaction. A retry with the same idempotency key
 * answers with the first referral's reference instead of creating a second one, whatever reference
 * the retry proposes.
 */
export const submitReferral = async (
  payload: Payload,
  body: unknown,
  deps: SubmitDeps,
): Promise<SubmitResult> => {
  const envelope = submissionSchema.safeParse(body)
  if (!envelope.success) return { ok: false, errors: fieldErrorsFromZod(envelope.error) }
  const { service: slug, form: formId, locale, answers: rawAnswers, idempotencyKey } = envelope.data
  const proposed = envelope.data.reference && normalizeReference(envelope.data.reference)
  if (proposed && !deps.mayProposeReference) return rejected('reference', 'unknownField')
  const proposedToken = envelope.data.statusToken
  if (proposedToken && !deps.mayProposeReference) return rejected('statusToken', 'unknownField')
  const replayed = (found: { reference: string; status_token_hash: null | string }) =>
    ({
      ok: true,
      reference: found.reference,
      created: false,
      ...(proposedToken &&
        found.status_token_hash === statusTokenHash(proposedToken) && {
          statusToken: proposedToken,
        }),
    }) as const

  const replay = await findByIdempotencyKey(payload, idempotencyKey)
  if (replay) return replayed(replay)

  const target = await findIntakeTarget(payload, slug, formId)
  if (!target) return rejected('service', 'unknownService')
  const { form } = target

  const validated = validateAnswers(form, rawAnswers)
  if (!validated.ok) return { ok: false, errors: validated.errors }

  const now = deps.now ?? new Date()
  const eligibility = evaluateEligibility(
    target.rules,
    applicantFactsFromAnswers(validated.answers),
    calendarDate(now),
  )
  const campaign = await referralCampaign(payload, envelope.data.campaign)
  const statusToken = proposedToken ?? newStatusToken(deps.randomBytes)
  const data = {
    ...referralDataFromAnswers(form, validated.answers, eligibility),
    ...(campaign && { campaign }),
    service: target.serviceId,
    form: target.formId,
    locale,
    idempotencyKey,
    statusTokenHash: statusTokenHash(statusToken),
    // Kept (sealed) only for updates, which carry the same link the resident already has.
    ...(wantsUpdates(validated.answers) && { statusToken }),
    receivedAt: now.toISOString(),
  }

  // A reference collision is astronomically rare but must not lose a referral: draw again. When the
  // reference the site proposed was taken by another referral, the person still holds it: it goes into
  // the first history event so staff can match it, and the log names both (references only).
  for (let attempt = 0; ; attempt++) {
    const reference = attempt === 0 && proposed ? proposed : generateReference(deps.randomBytes)
    const shownReference = proposed && proposed !== reference ? proposed : undefined
    try {
      // The plugin cannot know the host's generated types; the shape is the collection's own.
      const { id } = await payload.create({
        collection: slugs.referrals,
        data: { ...data, reference } as never,
        overrideAccess: true,
        depth: 0,
        context: shownReference
          ? { statusReason: referenceTakenNote(shownReference, reference) }
          : {},
      })
      await confirmStored(payload, id)
      if (shownReference)
        payload.logger.warn(
          `Referral reference ${shownReference} was taken; stored as ${reference}.`,
        )
      // `create` has committed its own transaction by now: the e-mails go out after the referral is
      // safely stored, and the caller answers without waiting for them (see notifyNewReferral).
      const notified =
        deps.notifications &&
        notifyNewReferral(
          payload,
          {
            id,
            reference,
            serviceId: target.serviceId,
            locale,
            confirmationTo: data.applicant.emailConfirmation ? data.applicant.email : undefined,
            statusLink: deps.siteUrl && statusLinkUrl(deps.siteUrl, locale, statusToken),
          },
          deps.notifications,
        )
      return { ok: true, reference, created: true, statusToken, notified }
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= 3) throw error
      const concurrent = await findByIdempotencyKey(payload, idempotencyKey)
      if (concurrent) return replayed(concurrent)
    }
  }
}
