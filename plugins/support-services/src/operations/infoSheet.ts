import type { Payload } from 'payload'

import { sheetServiceFromStored, type StoredSheetService } from '../adapters/sheetService'
import { slugs } from '../defaults'
import { type InfoSheet, infoSheet, sheetLink, type SheetRequest } from '../domain'
import { queueStatus } from './queueStatus'

/**
 * A service's information sheet as asked for: its texts in every language, its public queue figures
 * now, and the campaign link (or the service page) on the public site. Null for an unknown slug.
 */
export const serviceInfoSheet = async (
  payload: Payload,
  args: SheetRequest & { slug: string; siteUrl: string },
): Promise<InfoSheet | null> => {
  // PostgreSQL refuses to compare text with U+0000 (a 500); no slug holds it.
  if (args.slug.includes('\u0000')) return null
  const { docs } = await payload.find({
    collection: slugs.services,
    where: { slug: { equals: args.slug } },
    locale: 'all',
    limit: 1,
    depth: 0,
    pagination: false,
  })
  const doc = docs[0] as unknown as (StoredSheetService & { id: number }) | undefined
  if (!doc) return null
  return infoSheet({
    service: sheetServiceFromStored(doc),
    audience: args.audience,
    locale: args.locale,
    variant: args.variant,
    size: args.size,
    queueStatus: await queueStatus(payload, { id: doc.id, slug: doc.slug }),
    link: sheetLink({
      siteUrl: args.siteUrl,
      slug: doc.slug,
      locale: args.locale,
      code: args.code,
    }),
  })
}
