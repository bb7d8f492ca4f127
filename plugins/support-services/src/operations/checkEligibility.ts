import { rulesFromStored, type StoredEligibility } from '../adapters/eligibilityRules'
import {
  applicantFactsSchema,
  calendarDate,
  type EligibilityResult,
  evaluateEligibility,
  type FieldError,
  fieldErrorsFromZod,
} from '../domain'

/** "Is this for me?" on the server: the same evaluator the site runs in the browser. */
export const checkEligibility = (
  service: { eligibility?: StoredEligibility | null },
  facts: unknown,
  now = new Date(),
): { ok: true; result: EligibilityResult } | { ok: false; errors: FieldError[] } => {
  const parsed = applicantFactsSchema.safeParse(facts)
  if (!parsed.success) return { ok: false, errors: fieldErrorsFromZod(parsed.error) }
  return {
    ok: true,
    result: evaluateEligibility(
      rulesFromStored(service.eligibility),
      parsed.data,
      calendarDate(now),
    ),
  }
}
