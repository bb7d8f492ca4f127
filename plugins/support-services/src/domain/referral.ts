import { z } from 'zod/mini'

import type { ApplicantFacts } from './eligibility'

import { ageOn, isIsoDate } from './dates'
import { isMunicipalityCode, municipalities, otherMunicipality } from './municipalities'
import {
  careContactKinds,
  contactChannels,
  genders,
  goals,
  heardFromOptions,
  type ReferralSource,
  referrerKinds,
  updateChannels,
} from './vocabulary'

/**
 * The standard referral fields: one zod schema each, with ErrorCodes as issue messages
 * (fieldErrorsFromZod turns them into FieldErrors). Forms pick from these; services add their own questions.
 */
export const standardFieldKeys = [
  'referrerKind',
  'referrerName',
  'referrerOrganisation',
  'referrerPhone',
  'referrerEmail',
  'name',
  'phone',
  'email',
  'contactChannels',
  'bestTimeToContact',
  'dateOfBirth',
  'age',
  'gender',
  'municipality',
  'goals',
  'careContacts',
  'consentToCollaboration',
  'preferredLanguage',
  'interpreterNeeded',
  'message',
  'heardFrom',
  'emailConfirmation',
  'statusUpdates',
] as const
export type StandardFieldKey = (typeof standardFieldKeys)[number]

export function isStandardFieldKey(value: string): value is StandardFieldKey {
  return (standardFieldKeys as readonly string[]).includes(value)
}

/** How a standard field is asked and sent: drives rendering, HTML form coercion and form conditions. */
export type FieldInput =
  'text' | 'textarea' | 'tel' | 'email' | 'date' | 'number' | 'yesNo' | 'choice' | 'multiChoice'
export interface StandardFieldSpec {
  input: FieldInput
  maxLength?: number
  options?: readonly string[]
  /** An empty list is an answer ("none of these"), not a missing one. */
  emptyMeansNone?: boolean
}

const municipalityOptions = [...municipalities.map((m) => m.code), otherMunicipality]

export const standardFields: Record<StandardFieldKey, StandardFieldSpec> = {
  referrerKind: { input: 'choice', options: referrerKinds },
  referrerName: { input: 'text', maxLength: 100 },
  referrerOrganisation: { input: 'text', maxLength: 150 },
  referrerPhone: { input: 'tel' },
  referrerEmail: { input: 'email', maxLength: 254 },
  name: { input: 'text', maxLength: 100 },
  phone: { input: 'tel' },
  email: { input: 'email', maxLength: 254 },
  contactChannels: { input: 'multiChoice', options: contactChannels },
  bestTimeToContact: { input: 'text', maxLength: 200 },
  dateOfBirth: { input: 'date' },
  age: { input: 'number' },
  gender: { input: 'choice', options: genders },
  municipality: { input: 'choice', options: municipalityOptions },
  goals: { input: 'multiChoice', options: goals },
  careContacts: { input: 'multiChoice', options: careContactKinds, emptyMeansNone: true },
  consentToCollaboration: { input: 'yesNo' },
  preferredLanguage: { input: 'text', maxLength: 50 },
  interpreterNeeded: { input: 'yesNo' },
  message: { input: 'textarea', maxLength: 1000 },
  heardFrom: { input: 'choice', options: heardFromOptions },
  emailConfirmation: { input: 'yesNo' },
  // Off by default: no box ticked is an answer ("no updates"), not a missing one.
  statusUpdates: { input: 'multiChoice', options: updateChannels, emptyMeansNone: true },
}

/** Ages outside this range are almost certainly a typo in the year. */
export const plausibleAge = { min: 15, max: 100 } as const

/** Text, trimmed, that must be given: the start of every text field. */
const given = () =>
  z.string({ error: 'invalidType' }).check(z.trim(), z.minLength(1, { error: 'required' }))
const text = (max: number) => given().check(z.maxLength(max, { error: 'tooLong' }))
const yesNo = z.boolean({ error: 'invalidType' })
const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: 'notAnOption' })
const listOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.array(oneOf(values), { error: 'invalidType' })
const unique = <T>(list: z.ZodMiniType<T[]>) =>
  z.pipe(
    list,
    z.transform((values: T[]) => [...new Set(values)]),
  )
const atLeastOne = () => z.minLength(1, { error: 'required' })

/** Digits, spaces, dashes and parentheses, optionally after a +; 7–15 digits (E.164 allows 15). */
export function isPhoneNumber(value: string): boolean {
  const digits = value.replace(/\D/g, '').length
  return value.length <= 40 && /^\+?[\d\s()-]+$/.test(value) && digits >= 7 && digits <= 15
}

/** '070-123 45 67' → '0701234567', '+46 (0)70 123 45 67' → '+46701234567'. */
export function normalizePhone(value: string): string {
  const trimmed = value.trim().replace(/^(\+\d{1,3})\s*\(0\)/, '$1') // the (0) is dialled only from inside the country
  return (trimmed.startsWith('+') ? '+' : '') + trimmed.replace(/\D/g, '')
}

export const phoneSchema = z.pipe(
  given().check(z.refine(isPhoneNumber, { error: 'invalidPhone' })),
  z.transform(normalizePhone),
)

export const emailSchema = given().check(
  z.maxLength(254, { error: 'tooLong' }),
  z.regex(z.regexes.email, { error: 'invalidEmail' }),
)

/** A real calendar date, not after `today`, giving a plausible age. */
export function dateOfBirthSchema(today: string) {
  return given().check(
    z.superRefine((value: string, ctx) => {
      if (!isIsoDate(value)) return ctx.addIssue({ code: 'custom', message: 'invalidDate' })
      if (value > today) return ctx.addIssue({ code: 'custom', message: 'dateInFuture' })
      const age = ageOn(value, today)
      if (age < plausibleAge.min || age > plausibleAge.max)
        ctx.addIssue({ code: 'custom', message: 'implausibleAge' })
    }),
  )
}

/** All standard field schemas; `today` ('YYYY-MM-DD') is needed to check a date of birth. */
export function referralFieldSchemas(today: string) {
  return {
    referrerKind: oneOf(referrerKinds),
    referrerName: text(100),
    referrerOrganisation: text(150),
    referrerPhone: phoneSchema,
    referrerEmail: emailSchema,
    name: text(100),
    phone: phoneSchema,
    email: emailSchema,
    contactChannels: unique(listOf(contactChannels).check(atLeastOne())),
    bestTimeToContact: text(200),
    dateOfBirth: dateOfBirthSchema(today),
    age: z
      .number({ error: 'invalidType' })
      .check(
        z.int({ error: 'invalidType' }),
        z.gte(plausibleAge.min, { error: 'implausibleAge' }),
        z.lte(plausibleAge.max, { error: 'implausibleAge' }),
      ),
    gender: oneOf(genders),
    municipality: z
      .string({ error: 'invalidType' })
      .check(
        z.refine((v) => v === otherMunicipality || isMunicipalityCode(v), { error: 'notAnOption' }),
      ),
    goals: unique(listOf(goals).check(atLeastOne())),
    careContacts: unique(listOf(careContactKinds)),
    consentToCollaboration: yesNo,
    preferredLanguage: text(50),
    interpreterNeeded: yesNo,
    message: text(1000),
    heardFrom: oneOf(heardFromOptions),
    emailConfirmation: yesNo,
    statusUpdates: unique(listOf(updateChannels)),
  } satisfies Record<StandardFieldKey, z.ZodMiniType>
}

type FieldSchemas = ReturnType<typeof referralFieldSchemas>
/** Standard answers after validation, e.g. `phone` already normalised. */
export type StandardAnswers = { [K in StandardFieldKey]?: z.output<FieldSchemas[K]> }

// Professionals write their organisation as free text; these catch the usual Swedish names.
// Order matters: "socialpsykiatri" is social services, not psychiatry.
const organisationPatterns: [ReferralSource, RegExp][] = [
  [
    'socialServices',
    /socialpsykiatri|socialtjänst|socialförvaltning|försörjningsstöd|ekonomiskt bistånd|boendestöd|individ- och familj/i,
  ],
  ['psychiatry', /psykiatri|psykos|\bbup\b/i],
  ['primaryCare', /vårdcentral|hälsocentral|primärvård|husläkar/i],
  ['fk', /försäkringskassan|\bfk\b/i],
  ['af', /arbetsförmedlingen|\baf\b/i],
  ['school', /skola|gymnasi|komvux|lärvux|universitet|högskola|elevhälsa/i],
]

/** Who referred, for the follow-up report: a person (or a relative) is 'self'; a professional by organisation. */
export function referralSourceOf(answers: Record<string, unknown>): ReferralSource {
  if (answers.referrerKind !== 'professional') return 'self'
  const organisation =
    typeof answers.referrerOrganisation === 'string' ? answers.referrerOrganisation : ''
  return organisationPatterns.find(([, pattern]) => pattern.test(organisation))?.[0] ?? 'other'
}

const isListOf = <T extends string>(value: unknown, allowed: readonly T[]): value is T[] =>
  Array.isArray(value) && value.every((v) => (allowed as readonly unknown[]).includes(v))

/**
 * The facts the eligibility evaluator needs, taken from answers. Safe on partial, unvalidated answers
 * (the form checks eligibility while the person types): values of the wrong type are left out.
 */
export function applicantFactsFromAnswers(answers: Record<string, unknown>): ApplicantFacts {
  const {
    dateOfBirth,
    age,
    municipality,
    careContacts,
    consentToCollaboration,
    goals: chosen,
  } = answers
  const custom = Object.entries(answers).filter(
    (entry): entry is [string, boolean] =>
      !isStandardFieldKey(entry[0]) && typeof entry[1] === 'boolean',
  )
  return {
    ...(typeof dateOfBirth === 'string' && isIsoDate(dateOfBirth) && { dateOfBirth }),
    ...(typeof age === 'number' && Number.isInteger(age) && { age }),
    ...(typeof municipality === 'string' && { municipality }),
    ...(isListOf(careContacts, careContactKinds) && { careContacts }),
    ...(typeof consentToCollaboration === 'boolean' && { consentToCollaboration }),
    ...(isListOf(chosen, goals) && { goals: chosen }),
    ...(custom.length > 0 && { answers: Object.fromEntries(custom) }),
  }
}
