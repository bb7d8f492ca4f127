import type { CareContactKind, EligibilityRules, Goal } from '../domain'

import { localizedFromStored, type StoredText } from './localized'

/** The stored shape of a service's `eligibility` group (all locales when read with `locale: 'all'`). */
export interface StoredEligibility {
  ageMin?: null | number
  ageMax?: null | number
  municipalities?: null | string[]
  careContactAnyOf?: null | string[]
  consentRequired?: boolean | null
  goalAnyOf?: null | string[]
  questions?: null | { questionId: string; question: StoredText; expected?: boolean | null }[]
}

const present = <T>(list: null | T[] | undefined): list is T[] =>
  Array.isArray(list) && list.length > 0

/** Stored fields → the domain's rules. Empty fields mean "no such criterion". */
export const rulesFromStored = (stored: null | StoredEligibility | undefined): EligibilityRules => {
  if (!stored) return {}
  const rules: EligibilityRules = {}
  if (stored.ageMin != null || stored.ageMax != null) {
    rules.age = {
      ...(stored.ageMin != null && { min: stored.ageMin }),
      ...(stored.ageMax != null && { max: stored.ageMax }),
    }
  }
  if (present(stored.municipalities)) rules.residence = { municipalities: stored.municipalities }
  if (present(stored.careContactAnyOf))
    rules.careContact = { anyOf: stored.careContactAnyOf as CareContactKind[] }
  if (stored.consentRequired) rules.consentToCollaboration = true
  if (present(stored.goalAnyOf)) rules.goal = { anyOf: stored.goalAnyOf as Goal[] }
  if (present(stored.questions)) {
    rules.questions = stored.questions.map((q) => ({
      id: q.questionId,
      question: localizedFromStored(q.question) ?? { sv: q.questionId },
      expected: q.expected ?? true,
    }))
  }
  return rules
}

/** The domain's rules → stored fields (used by the seed). */
export const storedFromRules = (rules: EligibilityRules): StoredEligibility => ({
  ageMin: rules.age?.min ?? null,
  ageMax: rules.age?.max ?? null,
  municipalities: rules.residence?.municipalities ?? [],
  careContactAnyOf: rules.careContact?.anyOf ?? [],
  consentRequired: rules.consentToCollaboration ?? false,
  goalAnyOf: rules.goal?.anyOf ?? [],
  questions: (rules.questions ?? []).map((q) => ({
    questionId: q.id,
    question: q.question,
    expected: q.expected,
  })),
})
