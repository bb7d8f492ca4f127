import { z } from 'zod'
import type { ApplicantFacts } from './eligibility'
import { isIsoDate } from './dates'
import { defaultLocale, locales } from './locales'
import { careContactKinds, goals, isMunicipalityCode, otherMunicipality } from './vocabulary'

/**
 * Bodies of the public endpoints, shared by the site (which forwards) and the CMS (which stores).
 * Issue messages are ErrorCodes, so fieldErrorsFromZod gives FieldErrors.
 */

/** "Is this service for me?": facts typed by the person, checked before evaluation. Everything optional. */
export const applicantFactsSchema: z.ZodType<ApplicantFacts> = z.strictObject(
  {
    dateOfBirth: z.string({ error: 'invalidType' }).refine(isIsoDate, { error: 'invalidDate' }).optional(),
    age: z.number({ error: 'invalidType' }).int({ error: 'invalidType' }).min(0, { error: 'implausibleAge' })
      .max(120, { error: 'implausibleAge' }).optional(),
    municipality: z
      .string({ error: 'invalidType' })
      .refine((v) => v === otherMunicipality || isMunicipalityCode(v), { error: 'notAnOption' })
      .optional(),
    careContacts: z.array(z.enum(careContactKinds, { error: 'notAnOption' }), { error: 'invalidType' }).optional(),
    consentToCollaboration: z.boolean({ error: 'invalidType' }).optional(),
    goals: z.array(z.enum(goals, { error: 'notAnOption' }), { error: 'invalidType' }).optional(),
    answers: z.record(z.string().max(50), z.boolean({ error: 'invalidType' }), { error: 'invalidType' }).optional(),
  },
  { error: 'invalidBody' },
)

/** A referral as posted: which service and form, in which language, the answers, and a key that makes retries safe. */
export const submissionSchema = z.strictObject(
  {
    service: z.string({ error: 'unknownService' }).regex(/^[a-z0-9][a-z0-9-]{0,99}$/, { error: 'unknownService' }),
    form: z
      .union([z.number().int().positive(), z.string().regex(/^[A-Za-z0-9-]{1,100}$/)], { error: 'invalidType' })
      .optional(),
    locale: z.enum(locales, { error: 'notAnOption' }).default(defaultLocale),
    answers: z.record(z.string(), z.unknown(), { error: 'invalidBody' }),
    idempotencyKey: z.string({ error: 'invalidType' }).regex(/^[A-Za-z0-9_-]{8,100}$/, { error: 'invalidType' }).optional(),
  },
  { error: 'invalidBody' },
)
export type Submission = z.output<typeof submissionSchema>
