import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { formFromStored } from '../adapters/formDefinition'
import { formDefinitionSchema } from '../domain'

/** A form that the shared schema builder could not turn into a sound validator is never saved. */
export const validateFormDefinition: CollectionBeforeChangeHook = ({ collection, data, req }) => {
  const result = formDefinitionSchema.safeParse(formFromStored(data))
  if (!result.success) {
    throw new ValidationError({
      collection: collection.slug,
      errors: result.error.issues.map((issue) => ({
        message: issue.message,
        path: issue.path.join('.') || 'steps',
      })),
      req,
    })
  }
  return data
}
