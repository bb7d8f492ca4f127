import type { Payload } from 'payload'

/** The unit a test's own services belong to (every service has one): the first seeded unit. */
export const firstUnit = async (payload: Payload) =>
  (await payload.find({ collection: 'units', sort: 'id', limit: 1, depth: 0 })).docs[0].id as number
