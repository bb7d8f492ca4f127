import type { Payload } from 'payload'

import { paragraph, richText } from '@stodportalen/seed'
import { signPreviewToken } from '@stodportalen/support-services/preview-token'
import { afterAll, beforeAll, expect, inject, test } from 'vitest'

import { login, testPayload } from '../support/cms'
import { waitForStatus } from '../support/site'
import { handWrittenPdf, uploadOverRest } from '../support/uploads'

/**
 * What an editor's page links to, on the running site: a draft's newly attached document downloads
 * from its preview (with the preview's link only), and a published page whose calls to action lead
 * to a paused, a closed and a deleted service is built, every button leading to a page that answers.
 */
const siteUrl = () => inject('system').siteUrl!
const cmsUrl = () => inject('system').cmsUrl

let payload: Payload
let admin: Record<string, string>
const pagesMade: number[] = []
const servicesMade: Array<{ id: number; slug: string }> = []
const unique = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`

const callToAction = (service: number, text: string) => ({
  type: 'block',
  version: 2,
  format: '',
  fields: { blockType: 'callToAction', blockName: '', text, target: 'form', service },
})

/** A page over REST as the admin saves it: a draft, or published (which rebuilds the site). */
const newPage = async (body: unknown, published: boolean) => {
  const slug = `lankar-${unique()}`
  const response = await fetch(`${cmsUrl()}/api/pages?locale=sv${published ? '' : '&draft=true'}`, {
    method: 'POST',
    headers: { ...admin, 'content-type': 'application/json' },
    body: JSON.stringify({
      title: 'Länktest',
      summary: 'Testdata',
      body,
      slug,
      audience: 'about',
      _status: published ? 'published' : 'draft',
    }),
  })
  const answer = (await response.json()) as { doc: { id: number } }
  expect(response.status, JSON.stringify(answer)).toBe(201)
  pagesMade.push(answer.doc.id)
  return { id: answer.doc.id, slug }
}

beforeAll(async () => {
  payload = await testPayload()
  admin = await login('admin@stodportalen.example', 'demo-admin-2026')
})

afterAll(async () => {
  for (const id of pagesMade)
    await fetch(`${cmsUrl()}/api/pages/${id}`, { method: 'DELETE', headers: admin })
  // Once no page points at them, the test's services may go, and the tests after this one find the
  // site rebuilt without them.
  for (const { id } of servicesMade)
    await fetch(`${cmsUrl()}/api/services/${id}`, { method: 'DELETE', headers: admin })
  for (const { slug } of servicesMade) await waitForStatus(`/stod/${slug}`, 404)
}, 600_000)

test('a draft’s newly attached document downloads from its preview, and only with its link', async () => {
  const upload = await uploadOverRest(
    `${cmsUrl()}/api/documents`,
    admin,
    { data: handWrittenPdf(), name: 'lanktest-broschyr.pdf', type: 'application/pdf' },
    { title: 'Broschyr', language: 'sv' },
  )
  expect(upload.status, upload.text).toBe(201)
  const documentId = (upload.json().doc as { id: number }).id
  const page = await newPage(
    richText([
      paragraph('Läs broschyren.'),
      {
        type: 'block',
        version: 2,
        format: '',
        fields: { blockType: 'document', blockName: '', document: documentId },
      },
    ] as never),
    false,
  )
  const token = signPreviewToken(
    { kind: 'page', id: page.id, locale: 'sv' },
    inject('system').secrets.PREVIEW_TOKEN_KEY,
  )
  const preview = await fetch(
    new URL(`/forhandsgranska?token=${encodeURIComponent(token)}`, siteUrl()),
  )
  const html = await preview.text()
  expect(preview.status, html.slice(0, 500)).toBe(200)
  const href = /<p class="document"><a href="([^"]+)"/.exec(html)?.[1]?.replace(/&amp;/g, '&')
  expect(href).toBe(`/forhandsgranska/dokument?token=${token}&id=${documentId}`)

  const file = await fetch(new URL(href!, siteUrl()))
  expect(file.status).toBe(200)
  expect(file.headers.get('content-type')).toBe('application/pdf')
  expect(file.headers.get('content-disposition')).toContain('lanktest-broschyr.pdf')
  expect(file.headers.get('cache-control')).toBe('no-store')
  expect(Buffer.from(await file.arrayBuffer()).equals(handWrittenPdf())).toBe(true)
  const withoutToken = await fetch(new URL(`/forhandsgranska/dokument?id=${documentId}`, siteUrl()))
  expect(withoutToken.status).toBe(403)
  expect(await withoutToken.text()).toContain('inte giltig')
})

test('a published page whose calls to action lead to a paused, a closed, a deleted and a formless service is built, and every button leads to a page that answers', async () => {
  // Copies of a seeded service and its form (the build wants their Swedish texts), one per status.
  const withoutIds = (value: unknown) =>
    JSON.parse(JSON.stringify(value, (key, v) => (key === 'id' ? undefined : v))) as Record<
      string,
      unknown
    >
  const [ips] = (
    await payload.find({
      collection: 'services',
      where: { slug: { equals: 'ips' } },
      locale: 'sv',
      depth: 0,
    })
  ).docs
  const [form] = (
    await payload.find({
      collection: 'referral-forms',
      where: { service: { equals: ips.id } },
      locale: 'sv',
      depth: 0,
    })
  ).docs
  const { createdAt: _c, updatedAt: _u, ...service } = withoutIds(ips)
  const newService = async (status: 'closed' | 'open' | 'paused', withForm = true) => {
    const made = await payload.create({
      collection: 'services',
      locale: 'sv',
      data: {
        ...service,
        name: `Länktest ${status}`,
        slug: `lanktest-${status}-${unique()}`,
        status,
      } as never,
    })
    const { title, intro, steps } = withoutIds(form)
    if (withForm)
      await payload.create({
        collection: 'referral-forms',
        locale: 'sv',
        data: { title, intro, steps, service: made.id } as never,
      })
    return made as unknown as { id: number; slug: string }
  }
  const paused = await newService('paused')
  const closed = await newService('closed')
  const gone = await newService('open')
  await payload.delete({ collection: 'services', id: gone.id })
  const formless = await newService('open', false)
  servicesMade.push(paused, closed, formless)

  const page = await newPage(
    richText([
      paragraph('Tre uppmaningar.'),
      callToAction(paused.id, 'Till pausad'),
      callToAction(closed.id, 'Till avslutad'),
      callToAction(gone.id, 'Till borttagen'),
      callToAction(formless.id, 'Till utan formulär'),
    ] as never),
    true,
  )
  // The site rebuilds after publishing.
  const deadline = Date.now() + 180_000
  let html = ''
  while (Date.now() < deadline && !html.includes('Tre uppmaningar.')) {
    const response = await fetch(new URL(`/om/${page.slug}`, siteUrl())).catch(() => null)
    html = response?.ok ? await response.text() : ''
    if (!html.includes('Tre uppmaningar.')) await new Promise((r) => setTimeout(r, 1000))
  }
  expect(html, 'the page after the rebuild').toContain('Tre uppmaningar.')
  const buttons = [...html.matchAll(/<p class="call-to-action"><a class="button" href="([^"]+)"/g)]
  const hrefs = buttons.map((match) => match[1])
  expect(hrefs).toEqual([
    `/stod/${paused.slug}/anmalan`,
    '/passar-det-mig',
    '/passar-det-mig',
    '/passar-det-mig',
  ])
  for (const href of hrefs) {
    const response = await fetch(new URL(href, siteUrl()))
    expect(response.status, href).toBe(200)
    // The paused service's form page says so, naming it.
    if (href.includes(paused.slug))
      expect(await response.text()).toMatch(
        /Just nu tar vi inte emot anmälningar[\s\S]*Länktest paused/,
      )
  }
  // Nor does the formless service's own page offer a form it does not have.
  const formlessPage = await fetch(new URL(`/stod/${formless.slug}`, siteUrl()))
  expect(formlessPage.status).toBe(200)
  expect(await formlessPage.text()).not.toContain(`/stod/${formless.slug}/anmalan`)
}, 300_000)
