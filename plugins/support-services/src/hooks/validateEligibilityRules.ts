import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { rulesFromStored } from '../adapters/eligibilityRules'
import { eligibilityRulesSchema } from '../domain'

/** Staff edit rules as fields; the domain schema checks they make sense together (e.g. min ≤ max). */
export const validateEligibilityRules: CollectionBeforeChangeHook = ({ collection, data, req }) => {
  const result = eligibilityRulesSchema.safeParse(rulesFromStored(data.eligibility))
  if (!result.success) {
    throw new ValidationError({
      collection: collection.slug,
      errors: result.error.issues.map((issue) => ({
        message: issue.message,
        path: ['eligibility', ...issue.path].join('.'),
      })),
      req,
    })
  }
  return data
}
