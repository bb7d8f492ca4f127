import { APIError, type CollectionBeforeChangeHook } from 'payload'

/**
 * An anonymised case is statistics only: it cannot be reopened, moved or edited, or personal data
 * would creep back into a record that promises to hold none.
 */
export const refuseAnonymisedChange: CollectionBeforeChangeHook = ({ operation, originalDoc }) => {
  if (operation === 'update' && originalDoc?.anonymisedAt) {
    const message = 'Anmälan är anonymiserad och kan inte ändras.'
    throw new APIError(message, 400, [{ field: 'anonymisedAt', code: 'anonymised', message }], true)
  }
}
