import type { CriterionStatus, EligibilityResult } from '../../domain/eligibility'
import type { ReferralRecord } from './caseData'

import { ageOn, isIsoDate } from '../../domain/dates'
import { type FormDefinition, type Question, questionKey } from '../../domain/forms'
import { questionLabel, questionOptions } from '../../domain/formText'
import { messages } from '../../domain/messages'
import { municipalityName } from '../../domain/municipalities'
import { type StandardFieldKey, standardFieldKeys, standardFields } from '../../domain/referral'
import { criterionLabels, criterionStatusLabels } from '../../domain/staffTexts'
import { listText } from './format'

/** The applicant's answers and the eligibility snapshot as staff read them, in Swedish. */

const sv = messages.sv
const yesNo = (value: boolean) => sv[`options.yesNo.${value ? 'yes' : 'no'}`]
const isBlank = (value: unknown) =>
  value === undefined ||
  value === null ||
  value === '' ||
  (Array.isArray(value) && value.length === 0)

/** The referral's columns back under the form's answer keys (standard fields), plus its own questions. */
export function answersOf(referral: ReferralRecord): Record<string, unknown> {
  const { applicant: a, referrer: r } = referral
  return {
    referrerKind: r?.kind,
    referrerName: r?.name,
    referrerOrganisation: r?.organisation,
    referrerPhone: r?.phone,
    referrerEmail: r?.email,
    name: a.name,
    phone: a.phone,
    email: a.email,
    contactChannels: a.contactChannels,
    bestTimeToContact: a.bestTimeToContact,
    dateOfBirth: a.dateOfBirth,
    age: a.age,
    gender: a.gender,
    municipality: a.municipality,
    goals: referral.goals,
    careContacts: referral.careContacts,
    consentToCollaboration: referral.consent?.collaboration,
    preferredLanguage: a.preferredLanguage,
    interpreterNeeded: a.interpreterNeeded,
    message: a.message,
    heardFrom: referral.heardFrom,
    emailConfirmation: a.emailConfirmation,
    statusUpdates: a.statusUpdates,
    ...referral.customAnswers,
  } satisfies Record<StandardFieldKey, unknown>
}

/** An answer as text: options by their labels, yes/no in words; undefined when there is no answer. */
function answerText(question: Question, value: unknown): string | undefined {
  const emptyMeansNone =
    question.kind === 'standard' && standardFields[question.field].emptyMeansNone
  if (emptyMeansNone && Array.isArray(value) && value.length === 0)
    return sv[`options.${questionKey(question)}.none`]
  if (isBlank(value)) return undefined
  if (typeof value === 'boolean') return yesNo(value)
  const options = questionOptions(question, 'sv', sv)
  const labelOf = (v: unknown) => options.find((o) => o.value === v)?.label ?? String(v)
  if (Array.isArray(value)) return listText(value.map(labelOf))
  if (question.kind === 'standard' && question.field === 'age') return `${String(value)} år`
  return options.length
    ? labelOf(value)
    : typeof value === 'object'
      ? JSON.stringify(value)
      : String(value)
}

export interface AnswerRow {
  key: string
  label: string
  value: string
}
export interface AnswerGroup {
  title: string
  rows: AnswerRow[]
}

const rowsOf = (questions: readonly Question[], answers: Record<string, unknown>): AnswerRow[] =>
  questions.flatMap((question) => {
    const key = questionKey(question)
    const value = answerText(question, answers[key])
    return value === undefined
      ? []
      : [{ key, label: questionLabel(question, 'sv', sv) || key, value }]
  })

const standardQuestion = (field: StandardFieldKey): Question => ({
  kind: 'standard',
  field,
  required: false,
})
/** An answer to a question the form no longer has: its key is all there is to label it with. */
const unknownQuestion = (key: string): Question => ({
  kind: 'shortText',
  key,
  label: { sv: key },
  required: false,
  maxLength: 0,
})

/**
 * The answers in the form's order, a group per step, with the form's own wording. Answers the form
 * does not (or no longer) ask come last; without the form, the standard fields in their usual order.
 */
export function answerGroups(referral: ReferralRecord, form: FormDefinition | null): AnswerGroup[] {
  const answers = answersOf(referral)
  const asked = form?.steps.flatMap((step) => step.questions.map(questionKey)) ?? []
  const groups = (form?.steps ?? []).map((step) => ({
    title: step.title.sv,
    rows: rowsOf(step.questions, answers),
  }))
  const rest = [
    ...standardFieldKeys.filter((key) => !asked.includes(key)).map(standardQuestion),
    ...Object.keys(referral.customAnswers ?? {})
      .filter((key) => !asked.includes(key))
      .map(unknownQuestion),
  ]
  groups.push({ title: form ? 'Övriga uppgifter' : 'Svar', rows: rowsOf(rest, answers) })
  return groups.filter((group) => group.rows.length > 0)
}

export interface CriterionRow {
  key: string
  label: string
  status: CriterionStatus
  statusLabel: string
  /** The rule the answer did not meet, when the snapshot says which. */
  rule?: string
  answer: string
}

/** The rule behind a "not met", from the message's parameters. */
function ruleText(
  messageKey: string,
  params: Record<string, string | number> = {},
): string | undefined {
  switch (messageKey) {
    case 'eligibility.age.notInRange':
      return `${params.min}–${params.max} år`
    case 'eligibility.age.belowMin':
      return `minst ${params.min} år`
    case 'eligibility.age.aboveMax':
      return `högst ${params.max} år`
    case 'eligibility.residence.notMet':
      return `bor i ${params.municipalities}`
    default:
      return undefined
  }
}

/** What the applicant answered that the criterion looked at. */
function criterionAnswer(criterion: string, referral: ReferralRecord): string | undefined {
  const answers = answersOf(referral)
  const standard = (field: StandardFieldKey) => answerText(standardQuestion(field), answers[field])
  switch (criterion) {
    case 'age': {
      const { dateOfBirth, age } = referral.applicant
      const day = referral.receivedAt.slice(0, 10)
      if (dateOfBirth && isIsoDate(dateOfBirth) && dateOfBirth <= day)
        return `${ageOn(dateOfBirth, day)} år (född ${dateOfBirth})`
      return age != null ? `${age} år` : undefined
    }
    case 'residence': {
      const code = referral.applicant.municipality
      return code ? (municipalityName(code) ?? sv['options.municipality.other']) : undefined
    }
    case 'careContact':
      return standard('careContacts')
    case 'consent':
      return standard('consentToCollaboration')
    case 'goal':
      return standard('goals')
    default: {
      const value = referral.customAnswers?.[criterion.replace(/^question:/, '')]
      return typeof value === 'boolean' ? yesNo(value) : undefined
    }
  }
}

/**
 * Each criterion of the snapshot taken when the referral came in, with its result. A service's own
 * yes/no questions are labelled by their text (`questionTexts`, by question id).
 */
export function criterionRows(
  referral: ReferralRecord,
  snapshot: EligibilityResult,
  questionTexts: ReadonlyMap<string, string>,
): CriterionRow[] {
  return snapshot.criteria.map(({ criterion, status, messageKey, params }) => {
    const questionId = criterion.startsWith('question:')
      ? criterion.slice('question:'.length)
      : undefined
    const label = questionId
      ? (questionTexts.get(questionId) ?? questionId)
      : criterionLabels[criterion as keyof typeof criterionLabels]
    const rule = status === 'notMet' ? ruleText(messageKey, params) : undefined
    return {
      key: criterion,
      label: label ?? criterion,
      status,
      statusLabel: criterionStatusLabels[status],
      ...(rule ? { rule } : {}),
      answer: criterionAnswer(criterion, referral) ?? 'Inget svar',
    }
  })
}
