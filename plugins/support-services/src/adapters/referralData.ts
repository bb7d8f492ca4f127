import {
  type Answers,
  type EligibilityResult,
  type FormDefinition,
  questionKey,
  referralSourceOf,
  standardFieldKeys,
} from '../domain'

const isStandard = (key: string) => (standardFieldKeys as readonly string[]).includes(key)

/**
 * Validated answers → the referral's columns. Standard fields get typed columns (filters, duplicate
 * checks, reports); the form's own questions are kept together as `customAnswers`.
 */
export const referralDataFromAnswers = (
  form: FormDefinition,
  answers: Answers,
  eligibility: EligibilityResult,
) => {
  const a = answers as Record<string, never>
  const customKeys = form.steps
    .flatMap((s) => s.questions.map(questionKey))
    .filter((key) => !isStandard(key))
  return {
    applicant: {
      name: a.name,
      phone: a.phone,
      email: (a.email as string | undefined)?.toLowerCase(),
      dateOfBirth: a.dateOfBirth,
      age: a.age,
      gender: a.gender ?? 'notStated',
      municipality: a.municipality,
      contactChannels: a.contactChannels,
      bestTimeToContact: a.bestTimeToContact,
      preferredLanguage: a.preferredLanguage,
      interpreterNeeded: a.interpreterNeeded,
      emailConfirmation: a.emailConfirmation,
      statusUpdates: a.statusUpdates,
      message: a.message,
    },
    referrer: {
      kind: a.referrerKind ?? 'self',
      name: a.referrerName,
      organisation: a.referrerOrganisation,
      phone: a.referrerPhone,
      email: a.referrerEmail,
    },
    consent: { collaboration: a.consentToCollaboration ?? false },
    goals: a.goals,
    careContacts: a.careContacts,
    heardFrom: a.heardFrom,
    source: referralSourceOf(answers),
    customAnswers: Object.fromEntries(
      customKeys.filter((key) => key in answers).map((key) => [key, answers[key]]),
    ),
    eligibility,
    eligibilityOverall: eligibility.overall,
  }
}
