import { z } from 'zod'

import type { ContentContext } from '../lib/blocks'
import type { SiteImage } from '../lib/images'

import { cmsFiles } from '../lib/cmsFiles'
import { documentIdsOf, previewDocuments } from '../lib/previewDocuments'
import { mediaIdsOf, previewImages } from '../lib/previewImages'
import { richTextHtml } from '../lib/richText'
import { getAll } from './client'
import {
  type CmsEvent,
  type CmsStory,
  type Page,
  type PublicEvent,
  type PublicStory,
  type Service,
} from './schemas'

/**
 * CMS documents as the site keeps them, made the same way for the build (content.config.ts) and for
 * the draft preview (pages/forhandsgranska.astro), so a preview shows what the build will.
 */

export type PublicService = Omit<Service, 'image'> & { serviceId: number; image?: SiteImage }
export type PublicPage = Omit<Page, 'body' | 'image'> & {
  body: Record<string, string>
  image?: SiteImage
}

/**
 * The slugs by id of the services whose form page the site has (not closed, with a form in use): a
 * call to action leads there; to one of any other service, it leads to the check (lib/blocks.ts).
 */
const serviceSlugs = async () => {
  const [services, forms] = await Promise.all([
    getAll(
      '/api/services?depth=0&where[status][not_equals]=closed&sort=id',
      z.object({ id: z.number(), slug: z.string() }),
    ),
    getAll(
      '/api/referral-forms?depth=0&where[active][equals]=true&sort=id',
      z.object({ service: z.number() }),
    ),
  ])
  const withForm = new Set(forms.map((form) => form.service))
  return new Map(services.filter(({ id }) => withForm.has(id)).map(({ id, slug }) => [id, slug]))
}

let built: Promise<ContentContext> | undefined

/**
 * What rich text and images refer to at build time: the CMS's images and documents, copied into the
 * site (lib/cmsFiles.ts), and the services' slugs. Read once per build; the loaders share it.
 */
export const buildContext = () =>
  (built ??= (async () => {
    const [files, slugs] = await Promise.all([cmsFiles(), serviceSlugs()])
    return { ...files, serviceSlugs: slugs }
  })())

/**
 * What a draft preview refers to, read now: the images the draft shows (inline, so one uploaded since
 * the last build shows too; lib/previewImages.ts), the documents it links to (through the preview's
 * own download route, with its token; lib/previewDocuments.ts) and the services' slugs.
 */
export const previewContext = async (doc: unknown, token: string): Promise<ContentContext> => {
  const [images, documents, slugs] = await Promise.all([
    previewImages(mediaIdsOf(doc)),
    previewDocuments(documentIdsOf(doc), token),
    serviceSlugs(),
  ])
  return { images, documents, serviceSlugs: slugs }
}

/** The image in place of its id; none when it was left out (cmsFiles says why). */
const imageOf = (links: ContentContext, id: null | number | undefined) =>
  id ? links.images.get(id) : undefined

export const publicService = (doc: Service, links: ContentContext): PublicService => ({
  ...doc,
  serviceId: doc.id,
  image: imageOf(links, doc.image),
})

export const publicPage = (doc: Page, links: ContentContext): PublicPage => ({
  ...doc,
  body: richTextHtml(doc.body, links),
  image: imageOf(links, doc.image),
})

export const publicEvent = (doc: CmsEvent, links: ContentContext): PublicEvent => ({
  ...doc,
  eventId: doc.id,
  text: richTextHtml(doc.text ?? {}, links),
  image: imageOf(links, doc.image),
})

export const publicStory = (doc: CmsStory, links: ContentContext): PublicStory => ({
  ...doc,
  storyId: doc.id,
  text: richTextHtml(doc.text, links),
  photo: imageOf(links, doc.photo) ?? null,
})
