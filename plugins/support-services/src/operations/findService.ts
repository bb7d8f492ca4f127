import type { Payload } from 'payload'

import type { StoredEligibility } from '../adapters/eligibilityRules'

import { slugs } from '../defaults'

export interface ServiceDoc {
  id: number | string
  slug: string
  status: 'closed' | 'open' | 'paused'
  eligibility?: StoredEligibility | null
}

/** A service by its public slug, as the public endpoints see it. */
export const findServiceBySlug = async (payload: Payload, slug: string) => {
  // PostgreSQL refuses to compare text with U+0000 (a 500); no slug holds it.
  if (slug.includes('\u0000')) return undefined
  const { docs } = await payload.find({
    collection: slugs.services,
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
    pagination: false,
    select: { slug: true, status: true, eligibility: true },
  })
  return docs[0] as unknown as ServiceDoc | undefined
}
