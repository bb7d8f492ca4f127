import { z } from 'zod/mini'

import { ageOn, isIsoDate } from './dates'
import { type LocalizedText, localizedTextSchema } from './locales'
import { municipalityName } from './municipalities'
import { type CareContactKind, careContactKinds, type Goal, goals } from './vocabulary'

/**
 * Eligibility rules are data, per service and municipality, edited by staff.
 * The evaluator explains; it never blocks (IPS has no exclusion criteria).
 */
export interface EligibilityRules {
  age?: { min?: number; max?: number } // inclusive, in whole years
  residence?: { municipalities: string[] } // municipality codes
  careContact?: { anyOf: CareContactKind[] } // at least one of these contacts
  consentToCollaboration?: boolean // true: consent to coach–care collaboration is a criterion
  goal?: { anyOf: Goal[] }
  questions?: { id: string; question: LocalizedText; expected: boolean }[] // free yes/no criteria
}

/** What we know about the person. Anything missing makes its criterion 'unknown', never 'notMet'. */
export interface ApplicantFacts {
  dateOfBirth?: string // 'YYYY-MM-DD'
  age?: number // when only age is known
  municipality?: string // code or 'other'
  careContacts?: CareContactKind[] // [] = no contact
  consentToCollaboration?: boolean
  goals?: Goal[]
  answers?: Record<string, boolean> // free questions by id
}

export type CriterionKey =
  'age' | 'residence' | 'careContact' | 'consent' | 'goal' | `question:${string}`
export type CriterionStatus = 'met' | 'notMet' | 'unknown'

export interface CriterionResult {
  criterion: CriterionKey
  status: CriterionStatus
  messageKey: EligibilityMessageKey
  params?: Record<string, string | number>
}

export interface EligibilityResult {
  overall: 'fits' | 'mayNotFit' | 'needsMoreInfo'
  criteria: CriterionResult[]
  canSubmit: true
}

/** Every key the evaluator can return, plus one per overall result; all have texts in every locale. */
export const eligibilityMessageKeys = [
  'eligibility.overall.fits',
  'eligibility.overall.mayNotFit',
  'eligibility.overall.needsMoreInfo',
  'eligibility.age.met',
  'eligibility.age.notInRange',
  'eligibility.age.belowMin',
  'eligibility.age.aboveMax',
  'eligibility.age.unknown',
  'eligibility.residence.met',
  'eligibility.residence.notMet',
  'eligibility.residence.unknown',
  'eligibility.careContact.met',
  'eligibility.careContact.notMet',
  'eligibility.careContact.unknown',
  'eligibility.consent.met',
  'eligibility.consent.notMet',
  'eligibility.consent.unknown',
  'eligibility.goal.met',
  'eligibility.goal.notMetWork',
  'eligibility.goal.notMetStudies',
  'eligibility.goal.notMet',
  'eligibility.goal.unknown',
  'eligibility.question.met',
  'eligibility.question.notMet',
  'eligibility.question.unknown',
] as const
export type EligibilityMessageKey = (typeof eligibilityMessageKeys)[number]

export function overallMessageKey(overall: EligibilityResult['overall']): EligibilityMessageKey {
  return `eligibility.overall.${overall}`
}

export function evaluateEligibility(
  rules: EligibilityRules,
  facts: ApplicantFacts,
  today: string,
): EligibilityResult {
  const criteria = [
    rules.age && ageCriterion(rules.age, facts, today),
    rules.residence && residenceCriterion(rules.residence, facts),
    rules.careContact && careContactCriterion(rules.careContact, facts),
    rules.consentToCollaboration ? consentCriterion(facts) : undefined,
    rules.goal && goalCriterion(rules.goal, facts),
    ...(rules.questions ?? []).map((q) => questionCriterion(q, facts)),
  ].filter((c): c is CriterionResult => c !== undefined)
  return { overall: overallOf(criteria), criteria, canSubmit: true }
}

function overallOf(criteria: CriterionResult[]): EligibilityResult['overall'] {
  if (criteria.some((c) => c.status === 'notMet')) return 'mayNotFit'
  if (criteria.some((c) => c.status === 'unknown')) return 'needsMoreInfo'
  return 'fits'
}

function result(
  criterion: CriterionKey,
  status: CriterionStatus,
  messageKey: EligibilityMessageKey,
  params?: CriterionResult['params'],
): CriterionResult {
  return params ? { criterion, status, messageKey, params } : { criterion, status, messageKey }
}

/** The date of birth wins over a stated age: it is exact on the day we evaluate. A date after today is a typo. */
function knownAge(facts: ApplicantFacts, today: string): number | undefined {
  const { dateOfBirth } = facts
  if (dateOfBirth && isIsoDate(dateOfBirth) && isIsoDate(today) && dateOfBirth <= today)
    return ageOn(dateOfBirth, today)
  return Number.isInteger(facts.age) ? facts.age : undefined
}

function ageCriterion(
  rule: NonNullable<EligibilityRules['age']>,
  facts: ApplicantFacts,
  today: string,
) {
  const age = knownAge(facts, today)
  if (age === undefined) return result('age', 'unknown', 'eligibility.age.unknown')
  const { min, max } = rule
  const low = min ?? 0
  const high = max ?? Number.POSITIVE_INFINITY
  if (age >= low && age <= high) return result('age', 'met', 'eligibility.age.met')
  // The message names only the bounds the rule has: "18–65 år", "18 år eller äldre", "högst 65 år".
  if (min !== undefined && max !== undefined)
    return result('age', 'notMet', 'eligibility.age.notInRange', { min, max })
  return min !== undefined
    ? result('age', 'notMet', 'eligibility.age.belowMin', { min })
    : result('age', 'notMet', 'eligibility.age.aboveMax', { max: high })
}

function residenceCriterion(
  rule: NonNullable<EligibilityRules['residence']>,
  facts: ApplicantFacts,
) {
  if (facts.municipality === undefined)
    return result('residence', 'unknown', 'eligibility.residence.unknown')
  if (rule.municipalities.includes(facts.municipality))
    return result('residence', 'met', 'eligibility.residence.met')
  const names = rule.municipalities.map((code) => municipalityName(code) ?? code).join(', ')
  return result('residence', 'notMet', 'eligibility.residence.notMet', { municipalities: names })
}

function careContactCriterion(
  rule: NonNullable<EligibilityRules['careContact']>,
  facts: ApplicantFacts,
) {
  if (facts.careContacts === undefined)
    return result('careContact', 'unknown', 'eligibility.careContact.unknown')
  const met = facts.careContacts.some((kind) => rule.anyOf.includes(kind))
  return met
    ? result('careContact', 'met', 'eligibility.careContact.met')
    : result('careContact', 'notMet', 'eligibility.careContact.notMet')
}

function consentCriterion(facts: ApplicantFacts) {
  if (facts.consentToCollaboration === undefined)
    return result('consent', 'unknown', 'eligibility.consent.unknown')
  return facts.consentToCollaboration
    ? result('consent', 'met', 'eligibility.consent.met')
    : result('consent', 'notMet', 'eligibility.consent.notMet')
}

function goalCriterion(rule: NonNullable<EligibilityRules['goal']>, facts: ApplicantFacts) {
  if (facts.goals === undefined) return result('goal', 'unknown', 'eligibility.goal.unknown')
  if (facts.goals.some((goal) => rule.anyOf.includes(goal)))
    return result('goal', 'met', 'eligibility.goal.met')
  const only = rule.anyOf.length === 1 ? rule.anyOf[0] : undefined
  const key =
    only === 'work'
      ? 'eligibility.goal.notMetWork'
      : only === 'studies'
        ? 'eligibility.goal.notMetStudies'
        : 'eligibility.goal.notMet'
  return result('goal', 'notMet', key)
}

function questionCriterion(
  rule: NonNullable<EligibilityRules['questions']>[number],
  facts: ApplicantFacts,
) {
  const criterion: CriterionKey = `question:${rule.id}`
  const answer = facts.answers?.[rule.id]
  if (answer === undefined) return result(criterion, 'unknown', 'eligibility.question.unknown')
  return answer === rule.expected
    ? result(criterion, 'met', 'eligibility.question.met')
    : result(criterion, 'notMet', 'eligibility.question.notMet')
}

// ---- Validation of rules edited by staff (messages here are for staff, in English) ----
// As in formSchema.ts: zod/mini has no default texts, so the checks staff can trip say what to fix.

const yearsRange = 'Give an age in whole years from 0 to 120'
const yearsSchema = z
  .number()
  .check(z.int(yearsRange), z.gte(0, yearsRange), z.lte(120, yearsRange))
const uniqueList = <T extends z.ZodMiniType>(item: T) =>
  z.array(item).check(
    z.minLength(1, 'Give at least one value'),
    z.refine((list) => new Set(list).size === list.length, 'Each value may appear only once'),
  )

export const eligibilityRulesSchema: z.ZodMiniType<EligibilityRules> = z.strictObject({
  age: z.optional(
    z.strictObject({ min: z.optional(yearsSchema), max: z.optional(yearsSchema) }).check(
      z.refine(
        (age) => age.min !== undefined || age.max !== undefined,
        'Give a minimum age, a maximum age or both',
      ),
      z.refine((age) => age.min === undefined || age.max === undefined || age.min <= age.max, {
        message: 'The minimum age must not be above the maximum age',
        path: ['min'],
      }),
    ),
  ),
  residence: z.optional(
    z.strictObject({
      municipalities: uniqueList(
        z.string().check(z.regex(/^\d{4}$/, 'A municipality code has four digits')),
      ),
    }),
  ),
  careContact: z.optional(z.strictObject({ anyOf: uniqueList(z.enum(careContactKinds)) })),
  consentToCollaboration: z.optional(z.boolean()),
  goal: z.optional(z.strictObject({ anyOf: uniqueList(z.enum(goals)) })),
  questions: z.optional(
    z
      .array(
        z.strictObject({
          id: z
            .string()
            .check(
              z.regex(
                /^[a-z][a-zA-Z0-9]{0,49}$/,
                'Use letters and digits, starting with a lower-case letter',
              ),
            ),
          question: localizedTextSchema,
          expected: z.boolean(),
        }),
      )
      .check(
        z.refine(
          (qs) => new Set(qs.map((q) => q.id)).size === qs.length,
          'Each question needs its own id',
        ),
      ),
  ),
})
