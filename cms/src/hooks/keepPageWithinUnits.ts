import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { hasRole, unitsOf } from '../access/roles'

const idOf = (value: unknown) =>
  typeof value === 'object' && value !== null ? (value as { id: unknown }).id : value

/**
 * Where a page goes: a unit admin writes pages of their own units only, an editor install-wide pages or
 * their own units'; the access `Where` guards the page that exists, this guards the unit it is given.
 */
export const keepPageWithinUnits: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  if (!req.user || hasRole(req.user, 'admin')) return data
  const unit = idOf(data.unit !== undefined ? data.unit : originalDoc?.unit)
  const allowed =
    unit == null ? hasRole(req.user, 'editor') : unitsOf(req.user).includes(String(unit))
  if (allowed) return data
  throw new ValidationError({
    collection: 'pages',
    errors: [
      {
        path: 'unit',
        message:
          unit == null
            ? 'Välj en av dina enheter. Sidor för hela webbplatsen skrivs av redaktörer och centrala administratörer.'
            : 'Välj en enhet som du hör till.',
      },
    ],
    req,
  })
}
