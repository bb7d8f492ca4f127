import type { Payload } from 'payload'

import { paragraph, richText } from '@stodportalen/seed'
import { signPreviewToken } from '@stodportalen/support-services/preview-token'
import { afterAll, beforeAll, expect, inject, test } from 'vitest'

import { loadPreview, previewDocumentFile } from '../../site/src/lib/preview'
import { cmsUrl, testPayload } from '../support/cms'
import { handWrittenPdf } from '../support/uploads'

/**
 * A draft preview links to a document attached since the last build (the built site has no copy of
 * it yet): the link goes to the preview's own download route, which gives the file with the
 * preview's token only, and only a document the draft links to.
 */
let payload: Payload
let attached: number
let other: number
let pageId: number

const key = () => inject('system').secrets.PREVIEW_TOKEN_KEY

const newDocument = async (title: string, name: string) =>
  (
    await payload.create({
      collection: 'documents',
      data: { title, language: 'sv' } as never,
      file: { data: handWrittenPdf(), name, mimetype: 'application/pdf', size: 0 },
    })
  ).id as number

beforeAll(async () => {
  payload = await testPayload()
  // The site's preview code reads the CMS of this test system.
  process.env.CMS_URL = cmsUrl()
  attached = await newDocument('Broschyr om stödet', 'forhandsgranskning-broschyr.pdf')
  other = await newDocument('Ett annat dokument', 'forhandsgranskning-annat.pdf')
  // A published page of its own, without the document: the draft adds it.
  const page = await payload.create({
    collection: 'pages',
    locale: 'sv',
    data: {
      title: 'Dokumenttest',
      summary: 'Testdata',
      body: richText([paragraph('Publicerad text.')]),
      slug: `forhandsgranskning-dokument-${Date.now().toString(36)}`,
      audience: 'about',
      _status: 'published',
    } as never,
  })
  pageId = page.id as number
})

afterAll(async () => {
  await payload.delete({ collection: 'pages', id: pageId })
  await payload.delete({ collection: 'documents', where: { id: { in: [attached, other] } } })
})

test('a draft links to a newly attached document, given only with its token', async () => {
  await payload.update({
    collection: 'pages',
    id: pageId,
    draft: true,
    locale: 'sv',
    data: {
      body: richText([
        paragraph('Läs mer i broschyren.'),
        {
          type: 'block',
          version: 2,
          format: '',
          fields: { blockType: 'document', blockName: '', document: attached, text: '' },
        },
      ] as never),
    } as never,
  })
  const token = signPreviewToken({ kind: 'page', id: pageId, locale: 'sv' }, key())
  const preview = await loadPreview(token)
  if (!preview.ok) throw new Error(`no preview: ${preview.status} ${preview.message}`)
  if (preview.kind !== 'page') throw new Error(`a ${preview.kind}, not the page`)

  const href = `/forhandsgranska/dokument?${new URLSearchParams({ token, id: String(attached) })}`
  const escaped = href.replace(/&/g, '&amp;')
  expect(preview.doc.body.sv).toContain(
    `<p class="document"><a href="${escaped}" hreflang="sv" download>Broschyr om stödet</a>`,
  )
  expect(preview.doc.body.sv).toContain('(PDF, 1 kB, på svenska)')

  // The link gives the same bytes the CMS keeps, as a download that is never cached.
  const file = await previewDocumentFile(token, attached)
  expect(file.status, await file.clone().text()).toBe(200)
  expect(file.headers.get('content-type')).toBe('application/pdf')
  expect(file.headers.get('content-disposition')).toMatch(/^attachment; filename="/)
  expect(file.headers.get('cache-control')).toBe('no-store')
  expect(file.headers.get('x-robots-tag')).toContain('noindex')
  const stored = await payload.findByID({ collection: 'documents', id: attached, depth: 0 })
  const kept = Buffer.from(
    await (await fetch(new URL(stored.url as string, cmsUrl()))).arrayBuffer(),
  )
  expect(Buffer.from(await file.arrayBuffer()).equals(kept)).toBe(true)

  // The token opens no document the draft does not link to.
  const notLinked = await previewDocumentFile(token, other)
  expect(notLinked.status).toBe(404)
  expect(await notLinked.text()).toContain('länkar inte till')
  // Without a valid token, nothing; an expired one says so.
  expect((await previewDocumentFile(null, attached)).status).toBe(403)
  expect((await previewDocumentFile(`${token}x`, attached)).status).toBe(403)
  const old = signPreviewToken(
    { kind: 'page', id: pageId, locale: 'sv' },
    key(),
    Date.now() - 20 * 60 * 1000,
  )
  expect((await previewDocumentFile(old, attached)).status).toBe(410)
  // A token for another page does not open this page's document.
  const { docs } = await payload.find({
    collection: 'pages',
    where: { id: { not_equals: pageId } },
    limit: 1,
    depth: 0,
  })
  const elsewhere = signPreviewToken(
    { kind: 'page', id: docs[0].id as number, locale: 'sv' },
    key(),
  )
  expect((await previewDocumentFile(elsewhere, attached)).status).toBe(404)
  // The published page, which the public reads, has no link to it.
  const live = await payload.findByID({ collection: 'pages', id: pageId, depth: 0, locale: 'sv' })
  expect(JSON.stringify(live.body)).not.toContain('"document"')
})
