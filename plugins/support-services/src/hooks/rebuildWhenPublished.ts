import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import type { SupportServicesOptions } from '../types'

type Notify = SupportServicesOptions['onPublicContentChange']

/**
 * For a collection with drafts that the site shows only when published: tell the host (to rebuild the
 * site) when a document is published, or a published one changes or goes. A draft saved on a
 * published document notifies too, harmlessly: the site stays the same. Returns the collection's
 * hooks, to spread among its own.
 */
export const rebuildWhenPublished = (
  notify: Notify,
): { afterChange: CollectionAfterChangeHook[]; afterDelete: CollectionAfterDeleteHook[] } => ({
  afterChange: [
    ({ doc, previousDoc, req, context }) => {
      if (doc._status === 'published' || previousDoc?._status === 'published')
        notify?.({ req, context })
    },
  ],
  afterDelete: [
    ({ doc, req, context }) => {
      if (doc._status === 'published') notify?.({ req, context })
    },
  ],
})
