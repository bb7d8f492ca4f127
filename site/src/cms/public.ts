import { richTextHtml } from '../lib/richText'
import { getAll } from './client'
import {
  type CmsEvent,
  type CmsStory,
  type Media,
  mediaSchema,
  type Page,
  type PublicEvent,
  type PublicStory,
  type Service,
} from './schemas'

/**
 * CMS documents as the site keeps them, made the same way for the build (content.config.ts) and for
 * the draft preview (pages/forhandsgranska.astro), so a preview shows what the build will.
 */

export type PublicService = Service & { serviceId: number }
export type PublicPage = Omit<Page, 'body'> & { body: Record<string, string> }

export const publicService = (doc: Service): PublicService => ({ ...doc, serviceId: doc.id })

export const publicPage = (doc: Page): PublicPage => ({ ...doc, body: richTextHtml(doc.body) })

export const publicEvent = (doc: CmsEvent): PublicEvent => ({
  ...doc,
  eventId: doc.id,
  text: richTextHtml(doc.text ?? {}),
})

/** The stories' photos in one request (public images only; a story without one needs none). */
export const photosOf = async (stories: CmsStory[]): Promise<Map<number, Media>> => {
  const ids = [...new Set(stories.map((story) => story.photo).filter((id) => id != null))]
  if (ids.length === 0) return new Map()
  const images = await getAll(
    `/api/media?locale=all&depth=0&where[id][in]=${ids.join(',')}`,
    mediaSchema,
  )
  return new Map(images.map((image) => [image.id, image]))
}

export const publicStory = (doc: CmsStory, photos: Map<number, Media>): PublicStory => ({
  ...doc,
  storyId: doc.id,
  text: richTextHtml(doc.text),
  photo: doc.photo == null ? null : (photos.get(doc.photo) ?? null),
})
