import { z } from 'zod/mini'

import { isIsoDate } from './dates'
import {
  ageAtEnrolment,
  educationLevels,
  enrolmentAgeRange,
  incomeSources,
  supportYearBands,
} from './profile'
import { daysBetween, firstContactGoalDays, waitingGoalDays } from './queue'
import { caseStatuses, queueStatuses, type Status } from './workflow'
import {
  isJobStart,
  maxHoursPerWeek,
  schoolKinds,
  sniSections,
  startEndReasons,
  startKinds,
} from './workStarts'

/**
 * What intake staff and coaches record on a referral besides its status: contact attempts, written
 * consent, re-assessments (omprövning), notes, and a participant's road to work: the first employer
 * contact, the action plan, job and study starts and their ends. Each is an event in the referral's history; the schemas here
 * are what the server accepts, whatever path the record comes by.
 */

export const contactAttemptChannels = ['phone', 'sms', 'email', 'letter', 'meeting'] as const
export type ContactAttemptChannel = (typeof contactAttemptChannels)[number]

export const contactResults = ['reached', 'noAnswer', 'leftMessage', 'wrongNumber'] as const
export type ContactResult = (typeof contactResults)[number]

/** The result of a re-assessment: go on, go on with a changed plan, or prepare to close the case. */
export const reassessmentResults = ['continue', 'changePlan', 'prepareClosing'] as const
export type ReassessmentResult = (typeof reassessmentResults)[number]

export const consentActions = ['given', 'withdrawn'] as const
export type ConsentAction = (typeof consentActions)[number]

/** The kinds of history event; those from `note` on are written by hand. */
export const eventTypes = [
  'submitted',
  'statusChange',
  'moved',
  'assigned',
  'duplicateDismissed',
  'note',
  'contactAttempt',
  'reassessment',
  'consent',
  'employerContact',
  'actionPlan',
  'workStart',
  'workEnd',
  'profile',
  'applicantUpdate',
  'contactRequested',
  // An update to the resident about a move (channel in `contact.channel`; never its content or address).
  'residentUpdateSent',
  'residentUpdateFailed',
] as const
export type EventType = (typeof eventTypes)[number]
export const manualEventTypes = [
  'note',
  'contactAttempt',
  'reassessment',
  'consent',
  'employerContact',
  'actionPlan',
  'workStart',
  'workEnd',
  'profile',
] as const satisfies readonly EventType[]
/**
 * Records of a participant: each needs an enrolment, and none of the road to work is dated before it;
 * the profile is the person as they were at enrolment.
 */
export const participantRecordTypes = [
  'employerContact',
  'actionPlan',
  'workStart',
  'profile',
] as const satisfies readonly ManualEventType[]
export type ManualEventType = (typeof manualEventTypes)[number]

const text = (max: number) =>
  z
    .string({ error: 'required' })
    .check(z.trim(), z.minLength(1, { error: 'required' }), z.maxLength(max, { error: 'tooLong' }))
const isoDate = z.string({ error: 'required' }).check(z.refine(isIsoDate, { error: 'invalidDate' }))
const id = z.union([z.number(), z.string().check(z.minLength(1))], { error: 'required' })

const noteSchema = z.object({ type: z.literal('note'), note: text(4000) })
const contactSchema = z.object({
  type: z.literal('contactAttempt'),
  contact: z.object({
    channel: z.enum(contactAttemptChannels, { error: 'notAnOption' }),
    result: z.enum(contactResults, { error: 'notAnOption' }),
  }),
  note: z.optional(z.nullable(z.string().check(z.maxLength(4000, { error: 'tooLong' })))),
})
const consentSchema = z.object({
  type: z.literal('consent'),
  consent: z.discriminatedUnion('action', [
    z.object({
      action: z.literal('given'),
      partners: z.array(id).check(z.minLength(1, { error: 'required' })),
      formVersion: text(50),
      date: isoDate,
    }),
    z.object({ action: z.literal('withdrawn'), date: isoDate }),
  ]),
})
const reassessmentSchema = z.object({
  type: z.literal('reassessment'),
  reason: text(4000),
  reassessment: z.object({
    result: z.enum(reassessmentResults, { error: 'notAnOption' }),
    nextAt: z.optional(z.nullable(isoDate)),
  }),
})

/** Optional kronor a month: not negative, not absurd. */
const optionalKronor = z.optional(
  z.nullable(
    z
      .number({ error: 'notANumber' })
      .check(z.gte(0, { error: 'negative' }), z.lte(1_000_000, { error: 'tooLarge' })),
  ),
)
/** Optional hours of housing support a week: none is 0, a whole week at most. */
const optionalHousingHours = z.optional(
  z.nullable(
    z
      .number({ error: 'notANumber' })
      .check(z.gte(0, { error: 'negative' }), z.lte(168, { error: 'housingHoursRange' })),
  ),
)

const optionalNote = z.optional(
  z.nullable(z.string().check(z.maxLength(4000, { error: 'tooLong' }))),
)
const datedSchema = <T extends 'employerContact' | 'actionPlan'>(type: T) =>
  z.object({ type: z.literal(type), date: isoDate, note: optionalNote })
const workStartSchema = z.object({
  type: z.literal('workStart'),
  date: isoDate,
  workStart: z.object({
    kind: z.enum(startKinds, { error: 'notAnOption' }),
    schoolKind: z.optional(z.nullable(z.enum(schoolKinds, { error: 'notAnOption' }))),
    sector: z.optional(z.nullable(z.enum(sniSections, { error: 'notAnOption' }))),
    hoursPerWeek: z
      .number({ error: 'notANumber' })
      .check(z.gt(0, { error: 'hoursRange' }), z.lte(maxHoursPerWeek, { error: 'hoursRange' })),
    monthlySalary: z.optional(
      z.nullable(
        z
          .number({ error: 'notANumber' })
          .check(z.gte(0, { error: 'negative' }), z.lte(1_000_000, { error: 'tooLarge' })),
      ),
    ),
    /** For the socio-economic estimate: the wage subsidy paid a month, and housing support after. */
    monthlyWageSubsidy: optionalKronor,
    housingSupportHours: optionalHousingHours,
  }),
  note: optionalNote,
})
const workEndSchema = z.object({
  type: z.literal('workEnd'),
  date: isoDate,
  workEnd: z.object({
    start: id,
    reason: z.enum(startEndReasons, { error: 'notAnOption' }),
  }),
  note: optionalNote,
})

const profileSchema = z.object({
  type: z.literal('profile'),
  profile: z.object({
    incomeSource: z.optional(z.nullable(z.enum(incomeSources, { error: 'notAnOption' }))),
    monthlyIncome: z.optional(
      z.nullable(
        z
          .number({ error: 'notANumber' })
          .check(z.gte(0, { error: 'negative' }), z.lte(1_000_000, { error: 'tooLarge' })),
      ),
    ),
    /** Hours of housing support a week at enrolment, for the socio-economic estimate. */
    housingSupportHours: optionalHousingHours,
    supportYears: z.optional(z.nullable(z.enum(supportYearBands, { error: 'notAnOption' }))),
    education: z.optional(z.nullable(z.enum(educationLevels, { error: 'notAnOption' }))),
    birthYear: z.optional(
      z.nullable(
        z.number({ error: 'notANumber' }).check(z.refine(Number.isInteger, { error: 'notAYear' })),
      ),
    ),
    /** Worked out by the server (see `checkProfile`), never taken as given. */
    ageAtEnrolment: z.optional(z.nullable(z.number())),
  }),
  note: optionalNote,
})

/** One schema per hand-written event type, chosen by `type`. */
export const caseRecordSchema = z.discriminatedUnion('type', [
  noteSchema,
  contactSchema,
  consentSchema,
  reassessmentSchema,
  datedSchema('employerContact'),
  datedSchema('actionPlan'),
  workStartSchema,
  workEndSchema,
  profileSchema,
])
export type CaseRecord = z.output<typeof caseRecordSchema>

/** A refusal names the field and says, in Swedish (the staff's language), what to do. */
export type CaseRecordCheck =
  { ok: true; record: CaseRecord } | { ok: false; field: string; message: string }

const inCase = (status: Status) => (caseStatuses as readonly Status[]).includes(status)

const fieldTexts: Record<string, string> = {
  type: 'Typ',
  note: 'Anteckning',
  reason: 'Motivering',
  'contact.channel': 'Kanal',
  'contact.result': 'Resultat',
  'consent.action': 'Samtycke',
  'consent.partners': 'Parter som samtycket gäller',
  'consent.formVersion': 'Blankettversion',
  'consent.date': 'Datum',
  'reassessment.result': 'Resultat',
  'reassessment.nextAt': 'Nästa omprövning',
  date: 'Datum',
  'workStart.kind': 'Slag av start',
  'workStart.schoolKind': 'Skolform',
  'workStart.sector': 'Arbetsgivarens bransch',
  'workStart.hoursPerWeek': 'Timmar per vecka',
  'workStart.monthlySalary': 'Månadslön',
  'workStart.monthlyWageSubsidy': 'Lönestöd per månad',
  'workStart.housingSupportHours': 'Boendestöd efter starten',
  'profile.housingSupportHours': 'Boendestöd',
  'workEnd.start': 'Start som upphört',
  'workEnd.reason': 'Orsak till att starten upphörde',
  'profile.incomeSource': 'Huvudsaklig inkomstkälla',
  'profile.monthlyIncome': 'Belopp per månad',
  'profile.supportYears': 'År med offentlig försörjning',
  'profile.education': 'Högsta utbildning',
  'profile.birthYear': 'Födelseår',
}
const problemTexts: Record<string, string> = {
  required: 'måste fyllas i.',
  tooLong: 'är för lång.',
  notAnOption: 'är inte ett av alternativen.',
  invalidDate: 'ska vara ett datum (ÅÅÅÅ-MM-DD).',
  hoursRange: `ska vara mer än 0 och högst ${maxHoursPerWeek}.`,
  negative: 'kan inte vara negativ.',
  tooLarge: 'är orimligt stor; ange kronor per månad.',
  notANumber: 'ska vara ett tal.',
  notAYear: 'ska vara ett årtal, till exempel 1990.',
  housingHoursRange: 'ska vara timmar per vecka, högst 168.',
}

/**
 * What a record of the road to work is checked against: the day the person was enrolled (null: never
 * enrolled), and for an end, the start it ends (null: no such start on this referral).
 */
export interface CaseRecordFacts {
  enrolledOn?: string | null
  /** The referral's date of birth, when the person gave one: a profile's age comes from it. */
  dateOfBirth?: string | null
  start?: { date: string; ended: boolean } | null
}

/**
 * Whether a hand-written record fits the referral as it is now (its `status` matters only to a
 * re-assessment). Dates are days ('YYYY-MM-DD'); `today` keeps consent and re-assessment dates honest.
 */
export function checkCaseRecord(
  input: unknown,
  status: Status | undefined,
  today: string,
  facts: CaseRecordFacts = {},
): CaseRecordCheck {
  const parsed = caseRecordSchema.safeParse(input)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const field = issue.path.join('.') || 'type'
    // A choice left empty is missing, not a wrong option.
    const given = issue.path.reduce<unknown>(
      (value, key) => (value as Record<PropertyKey, unknown> | undefined)?.[key],
      input,
    )
    const problem =
      given == null || given === ''
        ? problemTexts.required
        : (problemTexts[issue.message] ?? 'är inte giltigt.')
    return { ok: false, field, message: `${fieldTexts[field] ?? field} ${problem}` }
  }
  const record = parsed.data
  const refuse = (field: string, message: string): CaseRecordCheck => ({
    ok: false,
    field,
    message,
  })
  if (record.type === 'consent' && record.consent.date > today) {
    return refuse('consent.date', 'Datum för samtycket kan inte ligga i framtiden.')
  }
  if (record.type === 'reassessment') {
    if (!status || !inCase(status))
      return refuse('type', 'Omprövning görs bara för inskrivna och aktiva ärenden.')
    const { result, nextAt } = record.reassessment
    if (result !== 'prepareClosing' && !nextAt)
      return refuse('reassessment.nextAt', 'Ange datum för nästa omprövning.')
    if (nextAt && nextAt <= today)
      return refuse('reassessment.nextAt', 'Nästa omprövning ska ligga efter i dag.')
  }
  if (record.type === 'profile') return checkProfile(record, facts)
  return 'date' in record ? checkRoadToWork(record, today, facts) : { ok: true, record }
}

type ProfileRecord = Extract<CaseRecord, { type: 'profile' }>

/**
 * The profile at enrolment: at least one answer; an amount only with an income; the age at enrolment
 * worked out from the date of birth, or else the birth year, and kept instead of either.
 */
function checkProfile(record: ProfileRecord, facts: CaseRecordFacts): CaseRecordCheck {
  const refuse = (field: string, message: string): CaseRecordCheck => ({
    ok: false,
    field,
    message,
  })
  if (!facts.enrolledOn)
    return refuse('type', 'Profilen vid inskrivningen registreras för inskrivna deltagare.')
  const { incomeSource, monthlyIncome, supportYears, education, birthYear, housingSupportHours } =
    record.profile
  const answers = [incomeSource, monthlyIncome, supportYears, education, birthYear]
  if ([...answers, housingSupportHours].every((v) => v == null))
    return refuse('profile.incomeSource', 'Fyll i minst en uppgift om deltagaren.')
  if (monthlyIncome != null && (incomeSource == null || incomeSource === 'none'))
    return refuse(
      'profile.monthlyIncome',
      'Belopp per månad anges bara tillsammans med en inkomstkälla.',
    )
  const age = ageAtEnrolment(facts.enrolledOn, { dateOfBirth: facts.dateOfBirth, birthYear })
  if (age !== null && (age < enrolmentAgeRange.min || age > enrolmentAgeRange.max))
    return refuse(
      'profile.birthYear',
      `Födelseår ger en ålder vid inskrivningen på ${age} år; kontrollera året.`,
    )
  return {
    ok: true,
    record: { ...record, profile: { ...record.profile, birthYear: null, ageAtEnrolment: age } },
  }
}

type DatedRecord = Extract<CaseRecord, { date: string }>

/** The dates and details of a participant's road to work, against the enrolment and the start it ends. */
function checkRoadToWork(
  record: DatedRecord,
  today: string,
  facts: CaseRecordFacts,
): CaseRecordCheck {
  const refuse = (field: string, message: string): CaseRecordCheck => ({
    ok: false,
    field,
    message,
  })
  if (record.date > today) return refuse('date', 'Datum kan inte ligga i framtiden.')
  if (record.type === 'workEnd') {
    const { start } = facts
    if (!start) return refuse('workEnd.start', 'Välj en start i den här anmälan som har upphört.')
    if (start.ended) return refuse('workEnd.start', 'Starten har redan ett slutdatum.')
    if (record.date < start.date)
      return refuse('date', `Slutdatum kan inte ligga före startdatumet (${start.date}).`)
    return { ok: true, record }
  }
  if (!facts.enrolledOn)
    return refuse(
      'type',
      'Arbetsgivarkontakter, handlingsplaner och starter registreras för inskrivna deltagare. Skriv in personen först.',
    )
  if (record.date < facts.enrolledOn)
    return refuse('date', `Datum kan inte ligga före inskrivningen (${facts.enrolledOn}).`)
  if (record.type === 'workStart') {
    const { kind, schoolKind, sector } = record.workStart
    if (kind === 'studies' && !schoolKind)
      return refuse('workStart.schoolKind', 'Skolform måste fyllas i för studier.')
    if (isJobStart(kind) && !sector)
      return refuse('workStart.sector', 'Arbetsgivarens bransch måste fyllas i för arbete.')
    if (kind !== 'subsidisedJob' && record.workStart.monthlyWageSubsidy != null)
      return refuse(
        'workStart.monthlyWageSubsidy',
        'Lönestöd per månad anges bara för arbete med lönestöd.',
      )
  }
  return { ok: true, record }
}

/* ------------------------------------------------------------------------------------------------
 * Flags on the intake queue
 * ---------------------------------------------------------------------------------------------- */

export interface FlagFacts {
  status: Status
  receivedAt: string
  firstContactAt?: string | null
  nextReassessmentAt?: string | null
  possibleDuplicateCount?: number
  /** When the resident asked, on their status page, to be contacted; cleared by staff. */
  contactRequestedAt?: string | null
}

export interface ReferralFlags {
  /** In the queue longer than the 30-day goal. */
  waitingTooLong: boolean
  /** Nobody has reached the person, and 5 days have passed since the referral came in. */
  noContact: boolean
  /** An enrolled or active case whose re-assessment date has come. */
  reassessmentDue: boolean
  possibleDuplicate: boolean
  /** The resident asked on their status page to be contacted. */
  contactRequested: boolean
}

/** The queue's badges for one referral at `now`: the same rules the queue's SQL filters use. */
export function referralFlags(facts: FlagFacts, now: Date): ReferralFlags {
  const queued = (queueStatuses as readonly Status[]).includes(facts.status)
  const open = queued || facts.status === 'onHold' || inCase(facts.status)
  return {
    waitingTooLong: queued && daysBetween(facts.receivedAt, now) > waitingGoalDays,
    noContact:
      open && !facts.firstContactAt && daysBetween(facts.receivedAt, now) >= firstContactGoalDays,
    reassessmentDue:
      inCase(facts.status) &&
      !!facts.nextReassessmentAt &&
      new Date(facts.nextReassessmentAt) <= now,
    possibleDuplicate: open && (facts.possibleDuplicateCount ?? 0) > 0,
    contactRequested: open && !!facts.contactRequestedAt,
  }
}

/* ------------------------------------------------------------------------------------------------
 * Possible duplicates
 * ---------------------------------------------------------------------------------------------- */

export interface PersonKeys {
  name?: string | null
  phone?: string | null
  email?: string | null
  dateOfBirth?: string | null
}

/** What identifies a person for duplicate checks, each normalised so that equal means the same. */
export interface PersonLookupKeys {
  nameAndBirth?: string
  phone?: string
  email?: string
}

const normalName = (name: string) => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase()

/**
 * A referral's lookup keys: name with date of birth, phone, e-mail. The server stores only keyed
 * hashes of these (the values themselves are encrypted), so equal keys are the one test of sameness.
 */
export function personLookupKeys(person: PersonKeys): PersonLookupKeys {
  const name = person.name?.trim() ? normalName(person.name) : undefined
  const email = person.email?.trim() ? person.email.trim().toLowerCase() : undefined
  return {
    ...(name && person.dateOfBirth && { nameAndBirth: `${name}|${person.dateOfBirth}` }),
    ...(person.phone && { phone: person.phone }),
    ...(email && { email }),
  }
}

/** The same person, as far as a referral can tell: same name and date of birth, or same phone or e-mail. */
export function samePerson(a: PersonKeys, b: PersonKeys): boolean {
  const keysA = personLookupKeys(a)
  const keysB = personLookupKeys(b)
  return (['nameAndBirth', 'phone', 'email'] as const).some(
    (kind) => keysA[kind] !== undefined && keysA[kind] === keysB[kind],
  )
}
