import type { CollectionBeforeChangeHook } from 'payload'

import { refusal } from './refusal'

/**
 * An anonymised case is statistics only: it cannot be reopened, moved or edited, or personal data
 * would creep back into a record that promises to hold none.
 */
export const refuseAnonymisedChange: CollectionBeforeChangeHook = ({ operation, originalDoc }) => {
  if (operation === 'update' && originalDoc?.anonymisedAt) {
    throw refusal('Anmälan är anonymiserad och kan inte ändras.', 'anonymisedAt', 'anonymised')
  }
}
