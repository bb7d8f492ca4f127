import { z } from 'zod/mini'

import type { ApplicantFacts } from './eligibility'

import { isIsoDate } from './dates'
import { defaultLocale, locales } from './locales'
import { isMunicipalityCode, otherMunicipality } from './municipalities'
import { isValidReference } from './reference'
import { isStatusTokenShape } from './statusPage'
import { careContactKinds, goals } from './vocabulary'

/**
 * Bodies of the public endpoints, shared by the site (which forwards) and the CMS (which stores).
 * Issue messages are ErrorCodes, so fieldErrorsFromZod gives FieldErrors.
 */

/** "Is this service for me?": facts typed by the person, checked before evaluation. Everything optional. */
export const applicantFactsSchema: z.ZodMiniType<ApplicantFacts> = z.strictObject(
  {
    dateOfBirth: z.optional(
      z.string({ error: 'invalidType' }).check(z.refine(isIsoDate, { error: 'invalidDate' })),
    ),
    age: z.optional(
      z
        .number({ error: 'invalidType' })
        .check(
          z.int({ error: 'invalidType' }),
          z.gte(0, { error: 'implausibleAge' }),
          z.lte(120, { error: 'implausibleAge' }),
        ),
    ),
    municipality: z.optional(
      z.string({ error: 'invalidType' }).check(
        z.refine((v) => v === otherMunicipality || isMunicipalityCode(v), {
          error: 'notAnOption',
        }),
      ),
    ),
    careContacts: z.optional(
      z.array(z.enum(careContactKinds, { error: 'notAnOption' }), { error: 'invalidType' }),
    ),
    consentToCollaboration: z.optional(z.boolean({ error: 'invalidType' })),
    goals: z.optional(z.array(z.enum(goals, { error: 'notAnOption' }), { error: 'invalidType' })),
    answers: z.optional(
      z.record(z.string().check(z.maxLength(50)), z.boolean({ error: 'invalidType' }), {
        error: 'invalidType',
      }),
    ),
  },
  { error: 'invalidBody' },
)

/** A referral as posted: which service and form, in which language, the answers, and a key that makes retries safe. */
export const submissionSchema = z.strictObject(
  {
    service: z
      .string({ error: 'unknownService' })
      .check(z.regex(/^[a-z0-9][a-z0-9-]{0,99}$/, { error: 'unknownService' })),
    form: z.optional(
      z.union(
        [
          z.number().check(z.int(), z.positive()),
          z.string().check(z.regex(/^[A-Za-z0-9-]{1,100}$/)),
        ],
        { error: 'invalidType' },
      ),
    ),
    locale: z._default(z.enum(locales, { error: 'notAnOption' }), defaultLocale),
    answers: z.record(z.string(), z.unknown(), { error: 'invalidBody' }),
    idempotencyKey: z.optional(
      z
        .string({ error: 'invalidType' })
        .check(z.regex(/^[A-Za-z0-9_-]{8,100}$/, { error: 'invalidType' })),
    ),
    /** The campaign code the person came with: kept only when it names an activity or event, never refused. */
    campaign: z.optional(z.unknown()),
    /** The status link's token the site already holds for this form fill (see domain/statusPage.ts); only the site may propose one. */
    statusToken: z.optional(
      z
        .string({ error: 'invalidType' })
        .check(z.refine(isStatusTokenShape, { error: 'invalidType' })),
    ),
    /** The reference the site already gave the person (see the outbox); only the site may propose one. */
    reference: z.optional(
      z
        .string({ error: 'invalidType' })
        .check(z.refine(isValidReference, { error: 'invalidType' })),
    ),
  },
  { error: 'invalidBody' },
)
export type Submission = z.output<typeof submissionSchema>

/**
 * What the site seals into its outbox when the CMS cannot be reached: the submission as it would have
 * been sent, and when the person was told it was received (that is when it entered the queue).
 */
export const outboxLetterSchema = z.strictObject(
  {
    queuedAt: z.iso.datetime({ error: 'invalidType' }),
    submission: z.record(z.string(), z.unknown(), { error: 'invalidBody' }),
  },
  { error: 'invalidBody' },
)
export type OutboxLetter = z.output<typeof outboxLetterSchema>
