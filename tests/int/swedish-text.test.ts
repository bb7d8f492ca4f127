import type { Payload } from 'payload'

import { demoUsers, paragraph, richText } from '@stodportalen/seed'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { cmsUrl, login, testPayload } from '../support/cms'
import { firstUnit } from '../support/units'

/**
 * Every text is written in Swedish first (hooks/requireSwedishText.ts): whatever language the editor
 * works in, a document is not published, or a service saved, with a text that has no Swedish, and the
 * refused save leaves nothing behind. Drafts may be anything. Over REST, as the admin saves.
 */
let payload: Payload
let editor: Record<string, string>
let admin: Record<string, string>
const unique = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`

beforeAll(async () => {
  payload = await testPayload()
  const as = async (role: string) => {
    const user = demoUsers.find((u) => u.role === role)!
    return login(user.email, user.password)
  }
  ;[editor, admin] = await Promise.all([as('editor'), as('admin')])
})

afterAll(async () => {
  await payload.delete({ collection: 'pages', where: { slug: { like: 'svenska-' } } })
  await payload.delete({ collection: 'events', where: { slug: { like: 'svenska-' } } })
  await payload.delete({ collection: 'services', where: { slug: { like: 'svenska-' } } })
})

const api = (path: string, method: string, body: unknown, auth = editor) =>
  fetch(`${cmsUrl()}/api${path}`, {
    method,
    headers: { ...auth, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })

/** The paths of the fields a refusal names (each must carry the Swedish-first message). */
const refusedFields = async (response: Response) => {
  const body = (await response.json()) as {
    errors: { data?: { errors?: { path: string; message: string }[] } }[]
  }
  expect(response.status, JSON.stringify(body)).toBe(400)
  const errors = body.errors.flatMap((e) => e.data?.errors ?? [])
  for (const { message } of errors) expect(message).toMatch(/saknas på svenska/)
  return errors.map((e) => e.path)
}

const englishPage = (slug: string) => ({
  title: 'About the service',
  summary: 'In English only.',
  body: richText([paragraph('Written in English first.')]),
  slug,
  audience: 'about',
})

const pagesWith = async (slug: string) =>
  (await payload.count({ collection: 'pages', where: { slug: { equals: slug } } })).totalDocs

describe('a page', () => {
  test('published in English only is refused, its Swedish fields named, and nothing is saved', async () => {
    const slug = `svenska-${unique()}`
    const response = await api('/pages?locale=en', 'POST', {
      ...englishPage(slug),
      _status: 'published',
    })
    expect(await response.clone().text(), 'the labels, in the admin language').toMatch(
      /Följande fält är ogiltiga: Rubrik, Sammanfattning, Text/,
    )
    expect(await refusedFields(response)).toEqual(['title', 'summary', 'body'])
    expect(await pagesWith(slug)).toBe(0)
  })

  test('is drafted in English, refused publication until its Swedish is written, then published', async () => {
    const slug = `svenska-${unique()}`
    const draft = await api('/pages?locale=en&draft=true', 'POST', englishPage(slug))
    expect(draft.status, await draft.clone().text()).toBe(201)
    const { doc } = (await draft.json()) as { doc: { id: number } }

    const publish = () => api(`/pages/${doc.id}?locale=en`, 'PATCH', { _status: 'published' })
    expect(await refusedFields(await publish())).toEqual(['title', 'summary', 'body'])

    const swedish = await api(`/pages/${doc.id}?locale=sv&draft=true`, 'PATCH', {
      title: 'Om tjänsten',
      summary: 'På svenska.',
      body: richText([paragraph('Skriven på svenska.')]),
    })
    expect(swedish.status, await swedish.clone().text()).toBe(200)
    const published = await publish()
    expect(published.status, await published.clone().text()).toBe(200)

    const stored = await payload.findByID({ collection: 'pages', id: doc.id, locale: 'all' })
    expect(stored._status).toBe('published')
    expect(stored.title).toMatchObject({ sv: 'Om tjänsten', en: 'About the service' })
  })
})

describe('an event', () => {
  test('a translation is saved; a text written only in English is refused and not kept', async () => {
    const created = await api('/events?locale=sv', 'POST', {
      title: 'Informationsmöte',
      slug: `svenska-${unique()}`,
      kind: 'informationMeeting',
      start: '2027-03-02T13:00:00.000Z',
      end: '2027-03-02T14:00:00.000Z',
      attendance: 'venue',
      venue: { name: 'Stadsbiblioteket', city: 'Uppsala' },
      _status: 'published',
    })
    expect(created.status, await created.clone().text()).toBe(201)
    const { doc } = (await created.json()) as { doc: { id: number } }

    const translated = await api(`/events/${doc.id}?locale=en`, 'PATCH', {
      title: 'Information meeting',
    })
    expect(translated.status, await translated.clone().text()).toBe(200)

    const englishOnly = await api(`/events/${doc.id}?locale=en`, 'PATCH', {
      venue: { directions: 'Take the lift to the second floor.' },
    })
    expect(await refusedFields(englishOnly)).toEqual(['venue.directions'])
    const stored = await payload.findByID({ collection: 'events', id: doc.id, locale: 'all' })
    expect(stored.title).toMatchObject({ sv: 'Informationsmöte', en: 'Information meeting' })
    expect(stored.venue?.directions ?? {}).not.toHaveProperty('en', expect.anything())
  })
})

describe('a service', () => {
  test('created in English is refused, its required Swedish fields named', async () => {
    const slug = `svenska-${unique()}`
    const response = await api(
      '/services?locale=en',
      'POST',
      {
        name: 'Work support',
        summary: 'Support to find a job.',
        slug,
        method: 'ips',
        status: 'closed',
        unit: await firstUnit(payload),
      },
      admin,
    )
    expect(await refusedFields(response)).toEqual(['name', 'summary'])
    const left = await payload.count({ collection: 'services', where: { slug: { equals: slug } } })
    expect(left.totalDocs).toBe(0)
  })
})
