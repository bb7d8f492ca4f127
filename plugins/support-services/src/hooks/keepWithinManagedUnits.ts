import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import type { SanitizedOptions } from '../sanitizeOptions'

import { managedUnitsOf, managesUnit } from '../access/unitAccess'
import { slugs } from '../defaults'
import { idOf } from './relationIds'

/**
 * A service is created in a unit its author manages, and a form is written for (or moved to) a service
 * of such a unit: the row-level `Where` guards what exists, this guards where it goes.
 */
export const keepWithinManagedUnits =
  (access: SanitizedOptions['access'], field: 'service' | 'unit'): CollectionBeforeChangeHook =>
  async ({ collection, data, originalDoc, req }) => {
    if (req.user == null || managedUnitsOf(access, req.user) === 'all') return data
    const target = idOf(data[field] ?? originalDoc?.[field])
    if (target == null) return data
    const unit =
      field === 'unit'
        ? target
        : (
            await req.payload.findByID({
              collection: slugs.services,
              id: target as number,
              depth: 0,
              select: { unit: true },
              disableErrors: true,
              req,
            })
          )?.unit
    if (managesUnit(access, req.user, unit)) return data
    throw new ValidationError({
      collection: collection.slug,
      errors: [
        {
          message:
            field === 'unit'
              ? 'Välj en enhet som du administrerar.'
              : 'Välj en tjänst i en enhet som du administrerar.',
          path: field,
        },
      ],
      req,
    })
  }
