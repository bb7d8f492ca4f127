import type { CollectionConfig } from 'payload'

import { nobody } from '../access/scopedAccess'
import { slugs } from '../defaults'

/**
 * Counters of the public path's rate limits, one row per bucket (a client's keyed hash, or the global
 * ceiling) and window. They live in PostgreSQL so that every CMS process counts the same submissions;
 * `operations/rateLimit.ts` updates them in one statement and removes windows that have ended. Nobody
 * reads or edits them through Payload: no admin, no API, no GraphQL, no document locks.
 */
export const rateLimitsCollection = (): CollectionConfig => ({
  slug: slugs.rateLimits,
  labels: { singular: 'Gräns', plural: 'Gränser' },
  admin: { hidden: true },
  graphQL: false,
  lockDocuments: false,
  timestamps: false,
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'bucket', type: 'text', required: true, unique: true },
    { name: 'windowEndsAt', type: 'date', required: true, index: true },
    { name: 'hits', type: 'number', required: true },
  ],
})
