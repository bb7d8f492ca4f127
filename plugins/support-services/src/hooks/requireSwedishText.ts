import { type CollectionAfterChangeHook, ValidationError } from 'payload'

import { swedishGaps } from '../adapters/localized'

/**
 * Swedish is the site's own language: every text is written in Swedish first and the other languages
 * translate it, a missing translation showing the Swedish. Payload checks a required localized field
 * only in the language being saved (payloadcms/payload#1693), so a document written or published from
 * another language could go public without its Swedish text, and the site's build, which refuses
 * such a document, would then publish nothing more (a withdrawn story's removal included). So each
 * save other than a draft is read back as stored, in every language, inside its own transaction, and
 * a gap undoes it with the fields named.
 */
export const requireSwedishText: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  if (doc._status === 'draft') return doc
  const stored = await req.payload.findByID({
    collection: collection.slug,
    id: doc.id,
    locale: 'all',
    depth: 0,
    overrideAccess: true,
    req,
  })
  const gaps = swedishGaps(collection.flattenedFields, stored as unknown as Record<string, unknown>)
  if (gaps.length === 0) return doc
  throw new ValidationError(
    {
      collection: collection.slug,
      errors: gaps.map(({ path, field }) => ({
        path,
        label: 'label' in field ? field.label || undefined : undefined,
        message:
          'Texten saknas på svenska. Skriv den på svenska först: de andra språken översätter den svenska texten.',
      })),
      req,
    },
    req.t,
  )
}
