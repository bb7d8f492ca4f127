import type { Payload } from 'payload'

import { demoUsers, paragraph, richText } from '@stodportalen/seed'
import { signPreviewToken } from '@stodportalen/support-services/preview-token'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { inject } from 'vitest'

import { cmsUrl, login, testPayload } from '../support/cms'

let payload: Payload
let editor: Record<string, string>
let ipsId: number

beforeAll(async () => {
  payload = await testPayload()
  const user = demoUsers.find((u) => u.role === 'editor')!
  editor = await login(user.email, user.password)
  const { docs } = await payload.find({
    collection: 'services',
    where: { slug: { equals: 'ips' } },
    limit: 1,
    depth: 0,
  })
  ipsId = docs[0]!.id
})

afterAll(async () => {
  await payload.delete({ collection: 'stories', where: { slug: { like: 'stories-test-' } } })
})

const story = (slug: string, consent: Record<string, unknown>) => ({
  title: `Berättelse ${slug}`,
  name: 'Påhittad',
  slug,
  text: richText([paragraph('En påhittad berättelse.')]),
  service: ipsId,
  outcome: 'studies',
  consent,
})

const api = (path: string, init: RequestInit = {}, auth = editor) =>
  fetch(`${cmsUrl()}/api${path}`, {
    ...init,
    headers: { ...auth, 'content-type': 'application/json' },
  })

/** What the public API says of a story: its status, or 404 when the public cannot read it. */
const publicStatus = async (id: number) => {
  const response = await api(`/stories/${id}?depth=0`, {}, {})
  return response.status === 200 ? ((await response.json()) as { _status: string })._status : 404
}

const publish = async (slug: string) => {
  const created = await api('/stories', {
    method: 'POST',
    body: JSON.stringify({ ...story(slug, { givenOn: '2026-02-01' }), _status: 'published' }),
  })
  expect(created.status, await created.clone().text()).toBe(201)
  const { doc } = (await created.json()) as { doc: { id: number } }
  expect(await publicStatus(doc.id)).toBe('published')
  return doc.id
}

describe('consent', () => {
  test('a story without the consent date cannot be published, and says why in Swedish', async () => {
    const response = await api('/stories', {
      method: 'POST',
      body: JSON.stringify({ ...story('stories-test-no-consent', {}), _status: 'published' }),
    })
    const body = await response.text()
    expect(response.status, body).toBe(400)
    expect(body).toMatch(/kan inte publiceras utan datum för samtycket/)
  })

  test('the same story is saved as a draft', async () => {
    const response = await api('/stories?draft=true', {
      method: 'POST',
      body: JSON.stringify(story('stories-test-draft', {})),
    })
    expect(response.status, await response.clone().text()).toBe(201)
  })

  test('publishing with a withdrawal recorded unpublishes the story in that save', async () => {
    const id = await publish('stories-test-withdrawn-on-publish')
    const response = await api(`/stories/${id}`, {
      method: 'PATCH',
      body: JSON.stringify({
        consent: { givenOn: '2026-02-01', withdrawnOn: '2026-06-01' },
        _status: 'published',
      }),
    })
    expect(response.status, await response.clone().text()).toBe(200)
    expect(await publicStatus(id), 'the public no longer reads it').toBe(404)
    const again = await api(`/stories/${id}`, {
      method: 'PATCH',
      body: JSON.stringify({ _status: 'published' }),
    })
    expect(again.status, await again.clone().text()).toBe(200)
    expect(await publicStatus(id), 'publishing while withdrawn keeps it a draft').toBe(404)
  })

  test('a withdrawal saved as a draft unpublishes the live version too', async () => {
    const id = await publish('stories-test-withdrawn-as-draft')
    const response = await api(`/stories/${id}?draft=true`, {
      method: 'PATCH',
      body: JSON.stringify({ consent: { givenOn: '2026-02-01', withdrawnOn: '2026-06-01' } }),
    })
    expect(response.status, await response.clone().text()).toBe(200)
    expect(await publicStatus(id), 'the public no longer reads it').toBe(404)
    const stored = await payload.findByID({ collection: 'stories', id, depth: 0 })
    expect(stored._status).toBe('draft')
    expect(stored.consent?.withdrawnOn).toBeTruthy()
  })
})

describe('preview endpoint', () => {
  const secret = () => inject('system').secrets.PREVIEW_TOKEN_KEY
  const document = (token: string) =>
    fetch(`${cmsUrl()}/api/preview/document?token=${encodeURIComponent(token)}`)

  test('gives the latest draft the token names, in every language, without the consent', async () => {
    const id = await publish('stories-test-preview')
    const draft = await api(`/stories/${id}?draft=true&locale=sv`, {
      method: 'PATCH',
      body: JSON.stringify({ title: 'Ny rubrik i utkastet' }),
    })
    expect(draft.status, await draft.clone().text()).toBe(200)
    const response = await document(signPreviewToken({ kind: 'story', id, locale: 'ar' }, secret()))
    const body = (await response.json()) as {
      kind: string
      locale: string
      doc: { title: Record<string, string>; consent?: unknown }
    }
    expect(response.status, JSON.stringify(body)).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(body).toMatchObject({ kind: 'story', locale: 'ar' })
    expect(body.doc.title.sv).toBe('Ny rubrik i utkastet')
    expect(body.doc, JSON.stringify(body.doc)).not.toHaveProperty('consent')
    expect(await publicStatus(id), 'the public still reads the published version').toBe('published')
  })

  test('refuses a missing, tampered, foreign or expired token with 4xx', async () => {
    const token = signPreviewToken({ kind: 'page', id: 1, locale: 'sv' }, secret())
    const [payloadPart, signature] = token.split('.')
    const other = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(payloadPart, 'base64url').toString()), id: 2 }),
    ).toString('base64url')
    for (const bad of [
      '',
      'nonsense',
      `${other}.${signature}`,
      signPreviewToken({ kind: 'page', id: 1, locale: 'sv' }, 'not-the-key-of-this-system'),
    ]) {
      const response = await document(bad)
      expect(response.status, bad).toBe(403)
    }
    const expired = signPreviewToken(
      { kind: 'page', id: 1, locale: 'sv' },
      secret(),
      Date.now() - 11 * 60 * 1000,
    )
    expect((await document(expired)).status).toBe(410)
  })

  test('the preview link is for signed-in staff only', async () => {
    const open = (auth: Record<string, string>) =>
      fetch(`${cmsUrl()}/api/preview/open?kind=page&id=1&locale=sv`, {
        headers: auth,
        redirect: 'manual',
      })
    expect((await open({})).status).toBe(401)
    // The CMS of the integration tests runs without a site: a clear 503 rather than a broken link.
    expect([302, 503]).toContain((await open(editor)).status)
  })
})
