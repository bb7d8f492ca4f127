import type { Payload } from 'payload'

import { paragraph, richText } from '@stodportalen/seed'
import { signPreviewToken } from '@stodportalen/support-services/preview-token'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'

import { loadPreview } from '../../site/src/lib/preview'
import { cmsUrl, login, testPayload } from '../support/cms'
import { firstUnit } from '../support/units'

/**
 * Deleting a service: one nothing points at goes, with its own referral form and targets; one that
 * cases, their history, the report's figures or staff's records point at stays, and the refusal names
 * what keeps it (a call to action in a page's, event's or story's text among them). Each test uses
 * services of its own, deleted over REST as an administrator. And a call to action that leads to a
 * service the site does not show (closed, or gone) leads to the check instead.
 */
let payload: Payload
let admin: Record<string, string>

const newService = async (name: string, status: 'closed' | 'open' | 'paused' = 'closed') => {
  const slug = `radering-${name}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`
  const doc = await payload.create({
    collection: 'services',
    data: {
      name: `Raderingstest ${name}`,
      summary: 'Testdata',
      slug,
      method: 'ips',
      status,
      unit: await firstUnit(payload),
      targets: [{ year: 2026, peopleSupported: 20 }],
    } as never,
  })
  return doc.id as number
}

const deleteOverRest = async (id: number) => {
  const response = await fetch(`${cmsUrl()}/api/services/${id}`, {
    method: 'DELETE',
    headers: admin,
  })
  return {
    status: response.status,
    body: (await response.json()) as { errors?: { message: string }[] },
  }
}

const exists = async (collection: 'referral-forms' | 'services', id: number) =>
  (await payload.find({ collection, where: { id: { equals: id } }, depth: 0 })).totalDocs === 1

/** Deleting is refused with 400 and a message naming what keeps the service; the service stays. */
const expectRefused = async (id: number, named: string) => {
  const { status, body } = await deleteOverRest(id)
  expect(status, JSON.stringify(body)).toBe(400)
  const message = body.errors?.[0]?.message ?? ''
  expect(message).toContain('Tjänsten kan inte tas bort')
  expect(message).toContain(named)
  expect(message).toContain('Sätt status till Avslutad')
  expect(await exists('services', id)).toBe(true)
  return message
}

/** A form like a seeded one, for the service (the rows' ids left for Payload to give). */
const newForm = async (service: number) => {
  const { docs } = await payload.find({ collection: 'referral-forms', limit: 1, depth: 0 })
  const { title, steps } = docs[0] as unknown as { title: string; steps: unknown[] }
  const withoutIds = JSON.parse(
    JSON.stringify(steps, (key, value) => (key === 'id' ? undefined : value)),
  )
  return payload.create({
    collection: 'referral-forms',
    data: { title, service, steps: withoutIds } as never,
  })
}

const newReferral = async (service: number, key: string) =>
  (await payload.create({
    collection: 'referrals',
    data: {
      reference: `radering-${key}-${Date.now().toString(36)}`,
      service,
      receivedAt: '2026-01-05T09:00:00.000Z',
      applicant: { name: `Testperson ${key}`, gender: 'woman' },
    } as never,
  })) as unknown as { id: number }

/** A call to action (cms/src/content/blocks.ts) that leads to a service's form, as the editor saves it. */
const callToAction = (service: number, text: string) => ({
  type: 'block',
  version: 2,
  format: '',
  fields: { blockType: 'callToAction', blockName: '', text, target: 'form', service },
})

const unique = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`

/** An online event of its own: the tests' events differ only in what they point at. */
const onlineEvent = (name: string) => ({
  title: 'Informationsträff',
  slug: `radering-${name}-${unique()}`,
  kind: 'dropIn',
  start: '2030-03-01T09:00:00.000Z',
  end: '2030-03-01T10:00:00.000Z',
  attendance: 'online',
  onlineUrl: 'https://mote.example/trff',
})

const pagesMade: number[] = []

/** A page of its own, as a draft unless `published`, with the text given. */
const newPage = async (body: unknown, published = false) => {
  const page = await payload.create({
    collection: 'pages',
    draft: !published,
    locale: 'sv',
    data: {
      title: 'Uppmaningstest',
      summary: 'Testdata',
      body,
      slug: `uppmaning-${unique()}`,
      audience: 'about',
      ...(published ? { _status: 'published' } : {}),
    } as never,
  })
  pagesMade.push(page.id as number)
  return page.id as number
}

beforeAll(async () => {
  payload = await testPayload()
  admin = await login('admin@stodportalen.example', 'demo-admin-2026')
  // The site's preview code reads the CMS of this test system.
  process.env.CMS_URL = cmsUrl()
})

afterAll(async () => {
  if (pagesMade.length > 0)
    await payload.delete({ collection: 'pages', where: { id: { in: pagesMade } } })
})

describe('deleting a service', () => {
  test('one nothing points at is deleted, and its referral form goes with it', async () => {
    const id = await newService('oanvand')
    const form = await newForm(id)
    const { status, body } = await deleteOverRest(id)
    expect(status, JSON.stringify(body)).toBe(200)
    expect(await exists('services', id)).toBe(false)
    expect(await exists('referral-forms', form.id as number)).toBe(false)
  })

  test('its referrals keep it: none is lost, and neither is its form', async () => {
    const id = await newService('anmalningar')
    const form = await newForm(id)
    const referrals = [await newReferral(id, 'a'), await newReferral(id, 'b')]
    await expectRefused(id, '2 anmälningar')
    const kept = await payload.find({
      collection: 'referrals',
      where: { id: { in: referrals.map((r) => r.id) } },
      depth: 0,
    })
    expect(kept.docs.map((r) => (r as unknown as { service: number }).service)).toEqual([id, id])
    expect(await exists('referral-forms', form.id as number)).toBe(true)
  })

  test('a referral moved away keeps it: the history names it', async () => {
    const from = await newService('flytt-fran')
    const to = await newService('flytt-till')
    const referral = await newReferral(from, 'flytt')
    await payload.update({
      collection: 'referrals',
      id: referral.id,
      data: { service: to } as never,
    })
    await expectRefused(from, '1 flytt i anmälningarnas historik')
    const { docs } = await payload.find({
      collection: 'referral-events',
      where: { referral: { equals: referral.id }, fromService: { equals: from } },
      depth: 0,
    })
    expect(docs).toHaveLength(1)
  })

  test('the report’s figures for deleted referrals keep it', async () => {
    const id = await newService('rakning')
    await payload.create({
      collection: 'referral-tallies',
      data: { kind: 'inflow', service: id, day: '2025-03-01', n: 3 } as never,
    })
    await expectRefused(id, 'uppföljningsrapportens siffror för gallrade anmälningar')
  })

  test('a fidelity review keeps it, over REST and the Local API alike', async () => {
    const id = await newService('programtrohet')
    const review = await payload.create({
      collection: 'fidelity-reviews',
      data: { service: id, date: '2025-06-30' } as never,
    })
    await expectRefused(id, '1 programtrohetsmätning')
    await expect(payload.delete({ collection: 'services', id })).rejects.toThrow(
      /1 programtrohetsmätning/,
    )
    const kept = await payload.findByID({ collection: 'fidelity-reviews', id: review.id, depth: 0 })
    expect((kept as unknown as { service: number }).service).toBe(id)
  })

  test('outreach activities, events and stories keep it, each named with its count', async () => {
    const id = await newService('innehall')
    const other = await newService('innehall-landning')
    await payload.create({
      collection: 'outreach-activities',
      data: {
        title: 'Skolbesök',
        date: '2025-03-05T12:00:00Z',
        format: 'visit',
        arena: 'school',
        services: [id],
      } as never,
    })
    await payload.create({
      collection: 'outreach-activities',
      data: {
        title: 'Mässa',
        date: '2025-04-05T12:00:00Z',
        format: 'visit',
        arena: 'school',
        services: [other],
        landing: { target: 'form', service: id },
      } as never,
    })
    await payload.create({
      collection: 'events',
      draft: true,
      data: {
        ...onlineEvent('evenemang'),
        services: [id],
      } as never,
    })
    await payload.create({
      collection: 'stories',
      draft: true,
      data: {
        title: 'Berättelse',
        name: 'Påhittad',
        slug: `radering-berattelse-${Date.now().toString(36)}`,
        text: richText([paragraph('Text')]),
        service: id,
        outcome: 'work',
        consent: { givenOn: '2026-01-10T00:00:00.000Z', scope: ['website'] },
      } as never,
    })
    const message = await expectRefused(id, '2 uppsökande aktiviteter')
    expect(message).toContain('1 evenemang')
    expect(message).toContain('1 berättelse')
    expect(message).toMatch(/, 1 evenemang och 1 berättelse\./)
  })

  test('an event or a story naming it only in a newer draft keeps it', async () => {
    const id = await newService('utkast')
    const other = await newService('utkast-publicerad')
    const event = await payload.create({
      collection: 'events',
      data: {
        ...onlineEvent('utkast-evenemang'),
        services: [other],
        _status: 'published',
      } as never,
    })
    await payload.update({
      collection: 'events',
      id: event.id,
      draft: true,
      data: { services: [other, id] } as never,
    })
    const story = await payload.create({
      collection: 'stories',
      data: {
        title: 'Berättelse',
        name: 'Påhittad',
        slug: `radering-utkast-berattelse-${unique()}`,
        text: richText([paragraph('Text')]),
        service: other,
        outcome: 'work',
        consent: { givenOn: '2026-01-10T00:00:00.000Z', scope: ['website'] },
        _status: 'published',
      } as never,
    })
    await payload.update({
      collection: 'stories',
      id: story.id,
      draft: true,
      data: { service: id },
    })
    const message = await expectRefused(id, '1 evenemang')
    expect(message).toContain('1 berättelse')
  })

  test('a call to action on a page keeps it, in the published text or in a newer draft', async () => {
    const id = await newService('sida')
    await newPage(richText([paragraph('Text'), callToAction(id, 'Anmäl dig')] as never))
    await expectRefused(id, '1 sida med en uppmaning som leder hit')

    const drafted = await newService('sida-utkast')
    const page = await newPage(richText([paragraph('Publicerad text utan uppmaning')]), true)
    await payload.update({
      collection: 'pages',
      id: page,
      draft: true,
      locale: 'en',
      data: { body: richText([callToAction(drafted, 'Sign up')] as never) } as never,
    })
    const message = await expectRefused(drafted, '1 sida med en uppmaning som leder hit')
    expect(message).not.toContain('sidor')
  })

  test('a call to action in an event’s or a story’s text keeps it, counted with them', async () => {
    const id = await newService('text')
    const other = await newService('text-annan')
    await payload.create({
      collection: 'events',
      draft: true,
      data: {
        ...onlineEvent('text-evenemang'),
        services: [other],
        text: richText([callToAction(id, 'Anmäl dig')] as never),
      } as never,
    })
    await payload.create({
      collection: 'stories',
      draft: true,
      data: {
        title: 'Berättelse',
        name: 'Påhittad',
        slug: `radering-text-berattelse-${unique()}`,
        text: richText([paragraph('Text'), callToAction(id, 'Anmäl dig du också')] as never),
        service: other,
        outcome: 'work',
        consent: { givenOn: '2026-01-10T00:00:00.000Z', scope: ['website'] },
      } as never,
    })
    const message = await expectRefused(id, '1 evenemang och 1 berättelse')
    expect(message).not.toContain('sida')
    // The other service is kept by the same two records, by their fields: counted once each.
    await expectRefused(other, '1 evenemang och 1 berättelse')
  })
})

describe('a call to action whose service the site does not show', () => {
  test('leads to the check when the service is closed, gone or without a form in use, and to a paused one’s form page', async () => {
    const open = await newService('visas-oppen', 'open')
    const paused = await newService('visas-pausad', 'paused')
    const closed = await newService('visas-avslutad', 'closed')
    const formless = await newService('visas-utan-formular', 'open')
    for (const id of [open, paused, closed]) await newForm(id)
    const unused = await newForm(formless)
    await payload.update({ collection: 'referral-forms', id: unused.id, data: { active: false } })
    // Gone before anything pointed at it (a text saved before deletion was refused keeps its id).
    const gone = await newService('visas-borttagen', 'open')
    expect((await deleteOverRest(gone)).status).toBe(200)
    const slugOf = async (id: number) =>
      ((await payload.findByID({ collection: 'services', id, depth: 0 })) as { slug: string }).slug

    const page = await newPage(
      richText([
        paragraph('Fem uppmaningar.'),
        callToAction(open, 'Till öppen'),
        callToAction(paused, 'Till pausad'),
        callToAction(closed, 'Till avslutad'),
        callToAction(formless, 'Till formulärlös'),
        callToAction(gone, 'Till borttagen'),
      ] as never),
    )
    // The site's own content code, as for a preview or a build (cms/public.ts, lib/blocks.ts).
    const token = signPreviewToken(
      { kind: 'page', id: page, locale: 'sv' },
      inject('system').secrets.PREVIEW_TOKEN_KEY,
    )
    const preview = await loadPreview(token)
    if (!preview.ok) throw new Error(`no preview: ${preview.status} ${preview.message}`)
    if (preview.kind !== 'page') throw new Error(`a ${preview.kind}, not the page`)
    const html = preview.doc.body.sv
    const button = (href: string, text: string) =>
      `<p class="call-to-action"><a class="button" href="${href}">${text}</a></p>`
    expect(html).toContain(button(`/stod/${await slugOf(open)}/anmalan`, 'Till öppen'))
    // The paused service's form page says it is paused, with what to do instead (status-page e2e).
    expect(html).toContain(button(`/stod/${await slugOf(paused)}/anmalan`, 'Till pausad'))
    expect(html).toContain(button('/passar-det-mig', 'Till avslutad'))
    expect(html).toContain(button('/passar-det-mig', 'Till formulärlös'))
    expect(html).toContain(button('/passar-det-mig', 'Till borttagen'))
    expect(html).not.toContain(`stod/${await slugOf(closed)}`)
    expect(html).not.toContain(`stod/${await slugOf(formless)}`)
  })
})
