import { type Locale, locales } from '@stodportalen/support-services/domain'
import { createHash } from 'node:crypto'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { z } from 'zod'

import type { ImageFile, SiteImage } from './images'

import { cmsUrl, getAll } from '../cms/client'

/**
 * The CMS's images and documents, copied into the site at build time: the site serves them itself
 * at `/media/<content hash>-<name>` with a year's cache (staticFiles.mjs). The CMS need not be
 * reachable from the internet, pages work while it is down, the content policy stays 'self', and a
 * name that changes with the content can be cached for good. A file the CMS cannot give is left out
 * with a warning (its id only); the pages that use it are built without it.
 */

/** Where the build keeps the downloaded files until the `/media/[file]` route writes them out. */
export const filesDir = path.resolve('node_modules/.astro/cms-files')

const sizeSchema = z
  .object({
    url: z.string().nullable().optional(),
    width: z.number().nullable().optional(),
    height: z.number().nullable().optional(),
  })
  .nullable()
  .optional()

export const mediaSchema = z.object({
  id: z.number(),
  alt: z.record(z.string(), z.string().nullable().optional()).nullable().optional(),
  sizes: z.record(z.string(), sizeSchema).nullable().optional(),
})

export const documentSchema = z.object({
  id: z.number(),
  title: z.string(),
  language: z.enum(locales),
  url: z.string().nullable().optional(),
  filename: z.string().nullable().optional(),
  filesize: z.number().nullable().optional(),
  mimeType: z.string().nullable().optional(),
})

export interface SiteDocument {
  id: number
  title: string
  language: Locale
  href: string
  bytes: number
  /** PDF, ODT or DOCX. */
  format: string
}

const warn = (message: string) => console.warn(`[cms files] ${message}`)

/**
 * Downloads one file from the CMS into `filesDir` under its content hash; undefined if it cannot.
 * `label` names it in a warning by kind and id only (a file name may say who is in a picture).
 */
const download = async (url: string, name: string, label: string): Promise<string | undefined> => {
  try {
    // Payload gives absolute URLs when its serverURL is set, paths when not.
    const response = await fetch(new URL(url, cmsUrl()))
    if (!response.ok) return void warn(`${label}: the CMS answered ${response.status}`)
    const bytes = Buffer.from(await response.arrayBuffer())
    const hash = createHash('sha256').update(bytes).digest('base64url').slice(0, 12)
    const file = `${hash}-${name.replace(/[^a-zA-Z0-9._-]/g, '-')}`
    await mkdir(filesDir, { recursive: true })
    // Several builds may run at once: each writes its own copy, then swaps it in whole.
    const temporary = path.join(filesDir, `.${file}.${process.pid}`)
    await writeFile(temporary, bytes)
    await rename(temporary, path.join(filesDir, file))
    return `/media/${file}`
  } catch (error) {
    return void warn(`${label}: could not be read (${(error as Error).name})`)
  }
}

export type CmsMedia = z.output<typeof mediaSchema>

/** One size of an image in the CMS: its name (`w800`, `hero1600`), URL and dimensions. */
export interface CmsImageSize {
  name: string
  url: string
  width: number
  height: number
}

/** The sizes of one cut of an image (`w`: as drawn, `hero`: 16:9) that have a file, narrowest first. */
export const sizesOf = (doc: CmsMedia, prefix: 'hero' | 'w'): CmsImageSize[] =>
  Object.entries(doc.sizes ?? {})
    .flatMap(([name, size]) =>
      name.startsWith(prefix) && size?.url && size.width && size.height
        ? [{ name, url: size.url, width: size.width, height: size.height }]
        : [],
    )
    .sort((a, b) => a.width - b.width)

/** How the site gets the files of one cut of an image: copied into the build (or inlined by a preview). */
export type ImageFilesOf = (doc: CmsMedia, prefix: 'hero' | 'w') => Promise<ImageFile[]>

const downloadedFiles: ImageFilesOf = async (doc, prefix) => {
  const files = await Promise.all(
    sizesOf(doc, prefix).map(async ({ name, url, width, height }) => {
      const src = await download(url, `${doc.id}-${name}.webp`, `image ${doc.id} (${name})`)
      return src ? { src, width, height } : undefined
    }),
  )
  return files.filter((file) => file !== undefined)
}

/** An image as the site shows it, or undefined (with a warning) when it cannot be shown. */
export const toImage = async (
  doc: CmsMedia,
  imageFiles: ImageFilesOf = downloadedFiles,
): Promise<SiteImage | undefined> => {
  const sv = doc.alt?.sv?.trim()
  if (!sv) return void warn(`image ${doc.id} left out: no Swedish alternative text`)
  const [content, hero] = await Promise.all([imageFiles(doc, 'w'), imageFiles(doc, 'hero')])
  if (content.length === 0) return void warn(`image ${doc.id} left out: no sizes to show`)
  const alt = Object.fromEntries(
    Object.entries(doc.alt ?? {}).filter(([, text]) => text?.trim()),
  ) as SiteImage['alt']
  return { id: doc.id, alt, content, hero }
}

export type CmsDocument = z.output<typeof documentSchema>

/** Where the site links one document's file (copied into the build, or served by a preview); undefined if it cannot. */
export type DocumentHrefOf = (
  doc: CmsDocument & { url: string; filename: string },
) => Promise<string | undefined>

const downloadedDocument: DocumentHrefOf = (doc) =>
  download(doc.url, doc.filename, `document ${doc.id}`)

/** A document as the site links it, or undefined (with a warning) when it cannot be given. */
export const toDocument = async (
  doc: CmsDocument,
  hrefOf: DocumentHrefOf = downloadedDocument,
): Promise<SiteDocument | undefined> => {
  const { url, filename } = doc
  if (!url || !filename) return void warn(`document ${doc.id} left out: no file`)
  const href = await hrefOf({ ...doc, url, filename })
  if (!href) return void warn(`document ${doc.id} left out: its file could not be read`)
  return {
    id: doc.id,
    title: doc.title,
    language: doc.language,
    href,
    bytes: doc.filesize ?? 0,
    format: path.extname(filename).slice(1).toUpperCase(),
  }
}

const byId = <T extends { id: number }>(items: (T | undefined)[]) =>
  new Map(items.filter((item) => item !== undefined).map((item) => [item.id, item]))

let library: Promise<{ images: Map<number, SiteImage>; documents: Map<number, SiteDocument> }>

/** Every image and document in the CMS, downloaded once per build (the loaders share it). */
export const cmsFiles = () =>
  (library ??= (async () => {
    const [media, documents] = await Promise.all([
      getAll('/api/media?locale=all&depth=0&sort=id', mediaSchema),
      getAll('/api/documents?depth=0&sort=id', documentSchema),
    ])
    return {
      images: byId(await Promise.all(media.map((doc) => toImage(doc)))),
      documents: byId(await Promise.all(documents.map((doc) => toDocument(doc)))),
    }
  })())

/** The bytes of a downloaded file, for the `/media/[file]` route. */
export const fileBytes = (src: string) => readFile(path.join(filesDir, path.basename(src)))
