import { defineCollection } from 'astro:content'
import { z } from 'zod'

import type { ContentContext } from './lib/blocks'

import { getAll, getJson } from './cms/client'
import {
  eventSchema,
  formSchema,
  pageSchema,
  queueStatusSchema,
  serviceSchema,
} from './cms/schemas'
import { cmsFiles } from './lib/cmsFiles'
import { richTextHtml } from './lib/richText'

// Everything the public pages show comes from the CMS at build time, validated on the way in: each
// collection in one paged query at depth 0, with only the fields its schema reads (cms/client.ts).
// Publishing in the CMS triggers a rebuild (see README "Publishing").

/**
 * What rich text and hero images refer to: the CMS's images and documents (copied into the site,
 * lib/cmsFiles.ts) and the services' slugs (a call to action may lead to a service's form).
 */
let context: Promise<ContentContext> | undefined
const contentContext = () =>
  (context ??= (async () => {
    const [files, services] = await Promise.all([
      cmsFiles(),
      getAll(
        '/api/services?depth=0&where[status][not_equals]=closed&sort=id',
        z.object({ id: z.number(), slug: z.string() }),
      ),
    ])
    return { ...files, serviceSlugs: new Map(services.map(({ id, slug }) => [id, slug])) }
  })())

/** The hero image in place of its id; none when it was left out (cmsFiles says why). */
const heroImage = (links: ContentContext, id: null | number | undefined) =>
  id ? links.images.get(id) : undefined

const services = defineCollection({
  loader: async () => {
    const docs = await getAll(
      '/api/services?locale=all&depth=0&where[status][not_equals]=closed&sort=id',
      serviceSchema,
    )
    const links = await contentContext()
    return docs.map((doc) => ({
      ...doc,
      id: doc.slug,
      serviceId: doc.id,
      image: heroImage(links, doc.image),
    }))
  },
})

const referralForms = defineCollection({
  loader: async () => {
    const docs = await getAll(
      '/api/referral-forms?locale=all&depth=0&where[active][equals]=true&sort=createdAt',
      formSchema,
    )
    return docs.map((doc) => ({ ...doc, id: String(doc.id) }))
  },
})

/** The waiting time shown on the service pages, as of the build; the site is rebuilt at least daily. */
const queueStatus = defineCollection({
  loader: async () => {
    const docs = await getAll(
      '/api/services?depth=0&where[status][equals]=open',
      z.object({ slug: z.string() }),
    )
    return Promise.all(
      docs.map(async ({ slug }) => ({
        ...(await getJson(`/api/services/${slug}/queue-status`, queueStatusSchema)),
        id: slug,
      })),
    )
  },
})

/**
 * Editor-written pages at /om/<slug>: the public API gives published pages only, and we ask for no
 * other. Their text is kept as HTML, converted once here.
 */
const pages = defineCollection({
  loader: async () => {
    const docs = await getAll(
      '/api/pages?locale=all&depth=0&where[_status][equals]=published&sort=order',
      pageSchema,
    )
    const links = await contentContext()
    return docs.map((doc) => ({
      ...doc,
      id: doc.slug,
      body: richTextHtml(doc.body, links),
      image: heroImage(links, doc.image),
    }))
  },
})

/**
 * Published events that have not ended as of the build, soonest first. One that ends leaves the site
 * with the next rebuild (on publishing, and every six hours under `npm start`).
 */
const events = defineCollection({
  loader: async () => {
    const now = encodeURIComponent(new Date().toISOString())
    const docs = await getAll(
      `/api/events?locale=all&depth=0&where[_status][equals]=published&where[end][greater_than]=${now}&sort=start`,
      eventSchema,
    )
    const links = await contentContext()
    return docs.map((doc) => ({
      ...doc,
      id: doc.slug,
      eventId: doc.id,
      text: richTextHtml(doc.text ?? {}, links),
      image: heroImage(links, doc.image),
    }))
  },
})

/** The files of the CMS's images and documents that the site serves at /media/<file> (pages/media). */
const files = defineCollection({
  loader: async () => {
    const { images, documents } = await cmsFiles()
    const sources = [
      ...[...images.values()].flatMap((image) => [...image.content, ...image.hero]),
      ...documents.values(),
    ].map((file) => ('src' in file ? file.src : file.href))
    return [...new Set(sources)].map((src) => ({ id: src.slice('/media/'.length), src }))
  },
})

export const collections = { services, referralForms, queueStatus, pages, events, files }
