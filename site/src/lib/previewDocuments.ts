import type { ContentContext } from './blocks'

import { getAll } from '../cms/client'
import { documentSchema, toDocument } from './cmsFiles'

/**
 * The documents a draft preview links to, read from the CMS when the preview opens: a build copies
 * the documents into the site (lib/cmsFiles.ts), so one attached since the last build has no file on
 * the site yet. Its link goes to the preview's own download route (pages/forhandsgranska/dokument.ts),
 * which gives the file only with the preview's token, and only if the draft it names links to it.
 */

/** The documents a CMS document links to by id: its document blocks, in every language. */
export const documentIdsOf = (doc: unknown): number[] => {
  const ids = new Set<number>()
  const visit = (value: unknown) => {
    if (Array.isArray(value)) return value.forEach(visit)
    if (typeof value !== 'object' || value === null) return
    const node = value as Record<string, unknown>
    const id =
      typeof node.document === 'number'
        ? node.document
        : (node.document as { id?: unknown } | null)?.id
    if (node.blockType === 'document' && typeof id === 'number') ids.add(id)
    Object.values(node).forEach(visit)
  }
  visit(doc)
  return [...ids].sort((a, b) => a - b)
}

/** The address of a document's file in a preview: good as long as the preview's token. */
export const previewDocumentHref = (token: string, id: number) =>
  `/forhandsgranska/dokument?${new URLSearchParams({ token, id: String(id) })}`

/** The documents by id, as the preview links them; one without a file is left out, as in a build. */
export const previewDocuments = async (
  ids: readonly number[],
  token: string,
): Promise<ContentContext['documents']> => {
  if (ids.length === 0) return new Map()
  const documents = await getAll(
    `/api/documents?depth=0&where[id][in]=${ids.join(',')}`,
    documentSchema,
  )
  const linked = await Promise.all(
    documents.map((doc) => toDocument(doc, async () => previewDocumentHref(token, doc.id))),
  )
  return new Map(linked.filter((doc) => doc !== undefined).map((doc) => [doc.id, doc]))
}
