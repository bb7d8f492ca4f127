import type { Payload } from 'payload'

import { paragraph, richText } from '@stodportalen/seed'
import { signPreviewToken } from '@stodportalen/support-services/preview-token'
import { afterAll, beforeAll, expect, inject, test } from 'vitest'

import { loadPreview } from '../../site/src/lib/preview'
import { cmsUrl, testPayload } from '../support/cms'
import { drawnImage } from '../support/uploads'

/**
 * A draft preview shows an image uploaded after the last build: the site's preview route reads it
 * from the CMS when the preview opens (the built site has no copy of it yet).
 */
let payload: Payload
let mediaId: number
let pageId: number
let published: { image?: null | number; body?: unknown }

beforeAll(async () => {
  payload = await testPayload()
  // The site's preview code reads the CMS of this test system.
  process.env.CMS_URL = cmsUrl()
  const media = await payload.create({
    collection: 'media',
    data: { alt: 'En stig över gröna kullar.' } as never,
    file: {
      data: await drawnImage(),
      name: 'forhandsgranskning.png',
      mimetype: 'image/png',
      size: 0,
    },
    locale: 'sv',
  })
  mediaId = media.id as number
  const { docs } = await payload.find({ collection: 'pages', limit: 1, depth: 0, locale: 'sv' })
  pageId = docs[0].id as number
  published = docs[0] as typeof published
})

afterAll(async () => {
  await payload.update({
    collection: 'pages',
    id: pageId,
    draft: true,
    locale: 'sv',
    data: { image: published.image ?? null, body: published.body } as never,
  })
  await payload.delete({ collection: 'media', id: mediaId })
})

test('a draft shows an image uploaded since the last build, as hero and in the text', async () => {
  await payload.update({
    collection: 'pages',
    id: pageId,
    draft: true,
    locale: 'sv',
    data: {
      image: mediaId,
      body: richText([
        paragraph('Text före bilden.'),
        {
          type: 'upload',
          version: 3,
          format: '',
          relationTo: 'media',
          value: mediaId,
          fields: null,
        },
      ] as never),
    } as never,
  })
  const token = signPreviewToken(
    { kind: 'page', id: pageId, locale: 'sv' },
    inject('system').secrets.PREVIEW_TOKEN_KEY,
  )
  const preview = await loadPreview(token)
  if (!preview.ok) throw new Error(`no preview: ${preview.status} ${preview.message}`)
  if (preview.kind !== 'page') throw new Error(`a ${preview.kind}, not the page`)

  const image = preview.doc.image
  expect(image, 'the hero image').toBeDefined()
  expect(image!.alt.sv).toBe('En stig över gröna kullar.')
  // One file per cut, inline: the same bytes the CMS serves for that size.
  const stored = await payload.findByID({ collection: 'media', id: mediaId, depth: 0 })
  const sizes = stored.sizes as Record<string, { url: string; width: number }>
  expect(image!.content.map((f) => f.width)).toEqual([800])
  expect(image!.hero.map((f) => f.width)).toEqual([800])
  const [file] = image!.content
  expect(file.src.startsWith('data:image/webp;base64,'), file.src.slice(0, 40)).toBe(true)
  const served = Buffer.from(await (await fetch(new URL(sizes.w800.url, cmsUrl()))).arrayBuffer())
  expect(Buffer.from(file.src.split(',')[1], 'base64').equals(served)).toBe(true)

  expect(preview.doc.body.sv).toContain(
    '<figure class="text-image"><img src="data:image/webp;base64,',
  )
})
