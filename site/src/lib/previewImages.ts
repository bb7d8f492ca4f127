import type { SiteImage } from './images'

import { cmsUrl, getAll } from '../cms/client'
import { type ImageFilesOf, mediaSchema, sizesOf, toImage } from './cmsFiles'

/**
 * The images a draft preview shows, read from the CMS when the preview opens: the site serves the
 * images a build copied in (lib/cmsFiles.ts), so one uploaded since the last build has no file on the
 * site yet. Each cut of an image comes inline, as one data: URL of the size a browser without `srcset`
 * gets: the content policy allows data: images, and the reader's browser need not reach the CMS.
 */

/** The media a CMS document refers to by id: its image or photo, and the images in its rich text. */
export const mediaIdsOf = (doc: unknown): number[] => {
  const ids = new Set<number>()
  const idOf = (value: unknown) =>
    typeof value === 'number' ? value : (value as { id?: unknown } | null)?.id
  const visit = (value: unknown, key?: string) => {
    if (Array.isArray(value)) return value.forEach((item) => visit(item))
    if ((key === 'image' || key === 'photo') && typeof idOf(value) === 'number')
      ids.add(idOf(value) as number)
    if (typeof value !== 'object' || value === null) return
    const node = value as Record<string, unknown>
    if (
      node.type === 'upload' &&
      node.relationTo === 'media' &&
      typeof idOf(node.value) === 'number'
    )
      ids.add(idOf(node.value) as number)
    for (const [name, child] of Object.entries(node)) visit(child, name)
  }
  visit(doc)
  return [...ids].sort((a, b) => a - b)
}

/** The size `imageAttributes` gives as `src`: the first at least 800 px wide, else the widest. */
const inlineFiles: ImageFilesOf = async (doc, prefix) => {
  const sizes = sizesOf(doc, prefix)
  const size = sizes.find((s) => s.width >= 800) ?? sizes.at(-1)
  if (!size) return []
  try {
    const response = await fetch(new URL(size.url, cmsUrl()), {
      signal: AbortSignal.timeout(10_000),
    })
    if (!response.ok) return []
    const type = response.headers.get('content-type') ?? 'image/webp'
    const data = Buffer.from(await response.arrayBuffer()).toString('base64')
    return [{ src: `data:${type};base64,${data}`, width: size.width, height: size.height }]
  } catch {
    return []
  }
}

/** The images by id, as the preview shows them; one that cannot be shown is left out, as in a build. */
export const previewImages = async (ids: readonly number[]): Promise<Map<number, SiteImage>> => {
  if (ids.length === 0) return new Map()
  const media = await getAll(
    `/api/media?locale=all&depth=0&where[id][in]=${ids.join(',')}`,
    mediaSchema,
  )
  const images = await Promise.all(media.map((doc) => toImage(doc, inlineFiles)))
  return new Map(images.filter((image) => image !== undefined).map((image) => [image.id, image]))
}
