import { defineCollection } from 'astro:content'
import { z } from 'zod'

import { getAll, getJson } from './cms/client'
import { buildContext, publicEvent, publicPage, publicService, publicStory } from './cms/public'
import {
  eventSchema,
  formSchema,
  pageSchema,
  queueStatusSchema,
  serviceSchema,
  storySchema,
  unitSchema,
} from './cms/schemas'
import { cmsFiles } from './lib/cmsFiles'

// Everything the public pages show comes from the CMS at build time, validated on the way in: each
// collection in one paged query at depth 0, with only the fields its schema reads (cms/client.ts).
// Publishing in the CMS triggers a rebuild (see README "Publishing").

const services = defineCollection({
  loader: async () => {
    const docs = await getAll(
      '/api/services?locale=all&depth=0&where[status][not_equals]=closed&sort=id',
      serviceSchema,
    )
    const links = await buildContext()
    return docs.map((doc) => ({ ...publicService(doc, links), id: doc.slug }))
  },
})

/** The units that give the services and the areas they serve: residents are routed by where they live. */
const units = defineCollection({
  loader: async () => {
    // Whole documents: with a select, Payload on PostgreSQL leaves out a hasMany field inside an
    // array (payloadcms/payload#15962), and the districts of an area are one.
    const docs = await getAll('/api/units?locale=all&depth=0&sort=name', unitSchema, {
      select: false,
    })
    return docs.map((doc) => ({ ...doc, id: String(doc.id) }))
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
    const links = await buildContext()
    return docs.map((doc) => ({ ...publicPage(doc, links), id: doc.slug }))
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
    const links = await buildContext()
    return docs.map((doc) => ({ ...publicEvent(doc, links), id: doc.slug }))
  },
})

/**
 * Published stories, newest first. A withdrawn consent unpublishes the story in the CMS, and the
 * rebuild that follows takes it off the site.
 */
const stories = defineCollection({
  loader: async () => {
    const docs = await getAll(
      '/api/stories?locale=all&depth=0&where[_status][equals]=published&sort=-createdAt',
      storySchema,
    )
    const links = await buildContext()
    return docs.map((doc) => ({ ...publicStory(doc, links), id: doc.slug }))
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

export const collections = {
  services,
  units,
  referralForms,
  queueStatus,
  pages,
  events,
  stories,
  files,
}
