import type { Payload, TypedUser } from 'payload'

import { demoUsers, paragraph, richText } from '@stodportalen/seed'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { cmsUrl, login, testPayload } from '../support/cms'
import { drawnImage, handWrittenPdf, uploadOverRest } from '../support/uploads'

const collections = ['referrals', 'referral-events', 'fidelity-reviews'] as const
type Actor = 'anonymous' | 'editor' | 'intake of another service' | 'staff of another unit'

let payload: Payload
let ipsReferral: { id: number }
let ipsEvent: { id: number }
let ipsReview: { id: number }
const users = new Map<string, TypedUser>()
const headers = new Map<Actor, Record<string, string>>()

const demo = (role: string, service?: string) =>
  demoUsers.find(
    (u) => u.role === role && (!service || (u.services as readonly string[]).includes(service)),
  )!

const userOf = async (email: string) => {
  const { docs } = await payload.find({
    collection: 'users',
    where: { email: { equals: email } },
    limit: 1,
  })
  return { ...docs[0], collection: 'users' } as unknown as TypedUser
}

beforeAll(async () => {
  payload = await testPayload()
  const { docs } = await payload.find({
    collection: 'referrals',
    where: { 'service.slug': { equals: 'ips' } },
    limit: 1,
    depth: 0,
  })
  ipsReferral = docs[0] as { id: number }
  const events = await payload.find({
    collection: 'referral-events',
    where: { referral: { equals: ipsReferral.id } },
    limit: 1,
  })
  ipsEvent = events.docs[0] as { id: number }
  ipsReview = (await payload.create({
    collection: 'fidelity-reviews',
    data: {
      service: (ipsReferral as unknown as { service: number }).service,
      date: '2025-05-31',
      scores: [{ item: 'caseload', score: 4 }],
    },
  })) as { id: number }
  users.set('editor', await userOf(demo('editor').email))
  users.set('intake of another service', await userOf(demo('intake', 'se').email))
  const otherUnit = demo('unitAdmin', 'ips-enkoping-habo')
  users.set('staff of another unit', await userOf(otherUnit.email))
  headers.set('staff of another unit', await login(otherUnit.email, otherUnit.password))
  headers.set('anonymous', {})
  headers.set('editor', await login(demo('editor').email, demo('editor').password))
  headers.set(
    'intake of another service',
    await login(demo('intake', 'se').email, demo('intake', 'se').password),
  )
})

const target = (collection: (typeof collections)[number]) =>
  ({ referrals: ipsReferral, 'referral-events': ipsEvent, 'fidelity-reviews': ipsReview })[
    collection
  ]
const actors: Actor[] = [
  'anonymous',
  'editor',
  'intake of another service',
  'staff of another unit',
]

describe.each(actors)('%s', (actor) => {
  const localUser = () => (actor === 'anonymous' ? undefined : users.get(actor))

  describe.each(collections)('%s', (collection) => {
    test('Local API: cannot read, update or delete an IPS row', async () => {
      const options = {
        collection,
        id: target(collection).id,
        overrideAccess: false,
        user: localUser(),
      } as const
      await expect(payload.findByID(options)).rejects.toThrow()
      const { docs } = await payload
        .find({ collection, overrideAccess: false, user: localUser(), limit: 500, depth: 0 })
        .catch(() => ({ docs: [] }))
      expect(docs.map((d) => d.id)).not.toContain(target(collection).id)
      await expect(
        payload.update({ ...options, data: { note: 'x', priority: 'high' } as never }),
      ).rejects.toThrow()
      await expect(payload.delete(options)).rejects.toThrow()
      const still = await payload.findByID({ collection, id: target(collection).id, depth: 0 })
      expect(still.id).toBe(target(collection).id)
    })

    test('REST: cannot read, update or delete an IPS row', async () => {
      const url = `${cmsUrl()}/api/${collection}`
      const auth = headers.get(actor)!
      const one = await fetch(`${url}/${target(collection).id}`, { headers: auth })
      expect([403, 404]).toContain(one.status)
      const list = await fetch(`${url}?limit=500&depth=0`, { headers: auth })
      if (list.ok) {
        const body = (await list.json()) as { docs: { id: number }[] }
        expect(body.docs.map((d) => d.id)).not.toContain(target(collection).id)
      } else {
        expect(list.status).toBe(403)
      }
      const patch = await fetch(`${url}/${target(collection).id}`, {
        method: 'PATCH',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify({ priority: 'high', note: 'x' }),
      })
      expect([403, 404]).toContain(patch.status)
      const del = await fetch(`${url}/${target(collection).id}`, {
        method: 'DELETE',
        headers: auth,
      })
      expect([403, 404]).toContain(del.status)
    })
  })

  test('REST: cannot record or read a start, an employer contact or an action plan of an IPS referral', async () => {
    const auth = headers.get(actor)!
    const { docs } = await payload.find({
      collection: 'referral-events',
      where: { type: { equals: 'workStart' }, 'referral.service.slug': { equals: 'ips' } },
      limit: 1,
      depth: 0,
    })
    expect(docs, 'a seeded IPS start').toHaveLength(1)
    const start = docs[0] as { id: number; referral: number }
    const read = await fetch(`${cmsUrl()}/api/referral-events/${start.id}`, { headers: auth })
    expect([403, 404]).toContain(read.status)
    const date = new Date().toISOString().slice(0, 10)
    for (const record of [
      {
        type: 'workStart',
        date,
        workStart: { kind: 'studies', schoolKind: 'university', hoursPerWeek: 20 },
      },
      { type: 'workEnd', date, workEnd: { start: start.id, reason: 'otherReason' } },
      { type: 'employerContact', date },
      { type: 'actionPlan', date },
    ]) {
      const response = await fetch(`${cmsUrl()}/api/referral-events`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify({ referral: start.referral, ...record }),
      })
      expect(response.status, record.type).toBe(403)
    }
  })

  test('GraphQL: referrals, their events and fidelity reviews are not in the schema at all', async () => {
    for (const query of [
      '{ Referrals { docs { id } } }',
      '{ ReferralEvents { docs { id } } }',
      '{ Referral(id: 1) { id } }',
      '{ FidelityReviews { docs { id } } }',
    ]) {
      const response = await fetch(`${cmsUrl()}/api/graphql`, {
        method: 'POST',
        headers: { ...headers.get(actor)!, 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      })
      const body = (await response.json()) as { data?: unknown; errors?: { message: string }[] }
      expect(body.errors?.[0]?.message, query).toMatch(/Cannot query field/)
      expect(body.data).toBeUndefined()
    }
  })
})

test('intake staff of the service itself can read the row (the denials above are not vacuous)', async () => {
  const auth = await login(demo('intake', 'ips').email, demo('intake', 'ips').password)
  const response = await fetch(`${cmsUrl()}/api/referrals/${ipsReferral.id}`, { headers: auth })
  expect(response.status).toBe(200)
  const events = await fetch(`${cmsUrl()}/api/referral-events/${ipsEvent.id}`, { headers: auth })
  expect(events.status).toBe(200)
  const review = await fetch(`${cmsUrl()}/api/fidelity-reviews/${ipsReview.id}`, { headers: auth })
  expect(review.status).toBe(200)
})

test('intake staff write fidelity reviews for their own services only', async () => {
  const ips = await login(demo('intake', 'ips').email, demo('intake', 'ips').password)
  const post = (auth: Record<string, string>, service: number) =>
    fetch(`${cmsUrl()}/api/fidelity-reviews`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ service, date: '2025-06-30' }),
    })
  const ipsService = (ipsReferral as unknown as { service: number }).service
  const own = await post(ips, ipsService)
  expect(own.status, await own.clone().text()).toBe(201)
  const { doc } = (await own.json()) as { doc: { id: number } }
  const { docs } = await payload.find({
    collection: 'services',
    where: { slug: { equals: 'se' } },
    depth: 0,
  })
  expect((await post(ips, docs[0].id as number)).status).toBe(403)
  const move = await fetch(`${cmsUrl()}/api/fidelity-reviews/${doc.id}`, {
    method: 'PATCH',
    headers: { ...ips, 'content-type': 'application/json' },
    body: JSON.stringify({ service: docs[0].id }),
  })
  expect([403, 404]).toContain(move.status)
  await payload.delete({ collection: 'fidelity-reviews', id: doc.id })
})

test('the intake user of SE sees SE referrals and nothing else', async () => {
  const response = await fetch(`${cmsUrl()}/api/referrals?limit=1000&depth=1`, {
    headers: headers.get('intake of another service')!,
  })
  const body = (await response.json()) as { docs: { service: { slug: string } }[] }
  expect(body.docs.length).toBeGreaterThan(0)
  expect(new Set(body.docs.map((d) => d.service.slug))).toEqual(new Set(['se']))
})

/**
 * Events: the public reads published ones only (on every read path), editors manage them, and intake
 * staff, who may read drafts as signed-in staff, change nothing.
 */
describe('events', () => {
  let draft: { id: number }
  let published: { id: number; slug: string }
  const eventData = (slug: string) => ({
    title: `Utkast ${slug}`,
    slug,
    kind: 'dropIn',
    start: '2030-03-01T09:00:00.000Z',
    end: '2030-03-01T10:00:00.000Z',
    attendance: 'online',
    onlineUrl: 'https://mote.example/utkast',
  })

  beforeAll(async () => {
    draft = (await payload.create({
      collection: 'events',
      data: eventData('access-test-draft') as never,
      draft: true,
    })) as { id: number }
    const { docs } = await payload.find({
      collection: 'events',
      where: { _status: { equals: 'published' } },
      limit: 1,
      depth: 0,
    })
    published = docs[0] as { id: number; slug: string }
    expect(published, 'the seed has published events').toBeDefined()
  })

  afterAll(async () => {
    await payload.delete({ collection: 'events', where: { slug: { like: 'access-test-' } } })
  })

  const rest = (path: string, actor: Actor, init: RequestInit = {}) =>
    fetch(`${cmsUrl()}/api/events${path}`, {
      ...init,
      headers: { ...headers.get(actor)!, 'content-type': 'application/json' },
    })

  test('anonymous: reads published events, and no draft over REST, versions or GraphQL', async () => {
    const answer = await rest('?limit=100&depth=0&draft=true', 'anonymous')
    const list = (await answer.json()) as { docs: { id: number; _status: string }[] }
    expect(answer.status, JSON.stringify(list)).toBe(200)
    expect(list.docs.map((d) => d.id)).toContain(published.id)
    expect(list.docs.map((d) => d.id)).not.toContain(draft.id)
    expect(new Set(list.docs.map((d) => d._status))).toEqual(new Set(['published']))
    expect([403, 404]).toContain((await rest(`/${draft.id}`, 'anonymous')).status)
    expect([403, 404]).toContain((await rest(`/${draft.id}?draft=true`, 'anonymous')).status)
    expect((await rest(`/${published.id}`, 'anonymous')).status).toBe(200)
    expect((await rest('/versions?limit=100', 'anonymous')).status).toBe(403)

    const graphql = async (query: string) =>
      (await (
        await fetch(`${cmsUrl()}/api/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query }),
        })
      ).json()) as { data?: Record<string, unknown>; errors?: { message: string }[] }
    const many = await graphql('{ Events(draft: true, limit: 100) { docs { id } } }')
    const ids = (many.data?.Events as { docs: { id: number }[] }).docs.map((d) => d.id)
    expect(ids).toContain(published.id)
    expect(ids).not.toContain(draft.id)
    const one = await graphql(`{ Event(id: ${draft.id}, draft: true) { id } }`)
    expect(one.data?.Event ?? null).toBeNull()
    const versions = await graphql('{ versionsEvents(limit: 100) { docs { id } } }')
    expect(versions.errors?.[0]?.message, JSON.stringify(versions)).toBeDefined()
  })

  test.each(['anonymous', 'intake of another service'] as const)(
    '%s: cannot create, update or delete an event',
    async (actor) => {
      const create = await rest('', actor, {
        method: 'POST',
        body: JSON.stringify(eventData('access-test-refused')),
      })
      expect(create.status).toBe(403)
      const update = await rest(`/${published.id}`, actor, {
        method: 'PATCH',
        body: JSON.stringify({ cancelled: true }),
      })
      expect([403, 404]).toContain(update.status)
      expect([403, 404]).toContain(
        (await rest(`/${published.id}`, actor, { method: 'DELETE' })).status,
      )
      const still = await payload.findByID({ collection: 'events', id: published.id, depth: 0 })
      expect(still.cancelled).toBe(false)
    },
  )

  test('editor: creates, publishes, changes and deletes an event', async () => {
    const create = await rest('', 'editor', {
      method: 'POST',
      body: JSON.stringify({ ...eventData('access-test-editor'), _status: 'published' }),
    })
    expect(create.status, await create.clone().text()).toBe(201)
    const { doc } = (await create.json()) as { doc: { id: number } }
    const update = await rest(`/${doc.id}`, 'editor', {
      method: 'PATCH',
      body: JSON.stringify({ cancelled: true }),
    })
    expect(update.status, await update.clone().text()).toBe(200)
    expect((await rest(`/${doc.id}`, 'anonymous')).status).toBe(200)
    expect((await rest(`/${doc.id}`, 'editor', { method: 'DELETE' })).status).toBe(200)
  })
})

/**
 * The outreach log is staff only: never public over REST, GraphQL or versions. Outreach staff
 * (editors) keep it; intake staff read it beside the report and change nothing.
 */
describe('outreach-activities', () => {
  let activity: { id: number }
  const activityData = (title: string) => ({
    title,
    date: '2025-05-05T12:00:00.000Z',
    arena: 'school',
    format: 'visit',
    peopleReached: 8,
    hours: 2,
  })

  beforeAll(async () => {
    activity = (await payload.create({
      collection: 'outreach-activities',
      data: activityData('access-test-activity') as never,
    })) as { id: number }
  })

  afterAll(async () => {
    await payload.delete({
      collection: 'outreach-activities',
      where: { title: { like: 'access-test-' } },
    })
  })

  const rest = (path: string, auth: Record<string, string>, init: RequestInit = {}) =>
    fetch(`${cmsUrl()}/api/outreach-activities${path}`, {
      ...init,
      headers: { ...auth, 'content-type': 'application/json' },
    })
  const graphql = async (auth: Record<string, string>, query: string) =>
    (await (
      await fetch(`${cmsUrl()}/api/graphql`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      })
    ).json()) as { data?: Record<string, { docs?: { id: number }[] } | null>; errors?: unknown[] }
  const intakeAuth = () => login(demo('intake', 'ips').email, demo('intake', 'ips').password)

  test('anonymous: nothing over REST, versions or GraphQL, and no way to write', async () => {
    const auth = headers.get('anonymous')!
    expect((await rest('?limit=100', auth)).status).toBe(403)
    expect([403, 404]).toContain((await rest(`/${activity.id}`, auth)).status)
    expect([400, 403, 404]).toContain((await rest('/versions', auth)).status)
    expect([400, 403, 404]).toContain((await rest(`/versions/${activity.id}`, auth)).status)
    const create = await rest('', auth, {
      method: 'POST',
      body: JSON.stringify(activityData('access-test-anonymous')),
    })
    expect(create.status).toBe(403)
    const many = await graphql(auth, '{ OutreachActivities(limit: 100) { docs { id } } }')
    expect(many.data?.OutreachActivities ?? null, JSON.stringify(many)).toBeNull()
    const one = await graphql(auth, `{ OutreachActivity(id: ${activity.id}) { id } }`)
    expect(one.data?.OutreachActivity ?? null, JSON.stringify(one)).toBeNull()
  })

  test('intake staff read the log (REST and GraphQL) and change nothing', async () => {
    const auth = await intakeAuth()
    const list = await rest('?limit=100&depth=0', auth)
    expect(list.status).toBe(200)
    const body = (await list.json()) as { docs: { id: number }[] }
    expect(body.docs.map((d) => d.id)).toContain(activity.id)
    const many = await graphql(auth, '{ OutreachActivities(limit: 100) { docs { id } } }')
    expect(many.data?.OutreachActivities?.docs?.map((d) => d.id)).toContain(activity.id)
    expect(
      (
        await rest('', auth, {
          method: 'POST',
          body: JSON.stringify(activityData('access-test-intake')),
        })
      ).status,
    ).toBe(403)
    const update = await rest(`/${activity.id}`, auth, {
      method: 'PATCH',
      body: JSON.stringify({ hours: 99 }),
    })
    expect([403, 404]).toContain(update.status)
    expect([403, 404]).toContain((await rest(`/${activity.id}`, auth, { method: 'DELETE' })).status)
    const still = await payload.findByID({ collection: 'outreach-activities', id: activity.id })
    expect((still as { hours: number }).hours).toBe(2)
  })

  test('editors (outreach staff) log, change and delete activities; there are no versions', async () => {
    const auth = headers.get('editor')!
    const create = await rest('', auth, {
      method: 'POST',
      body: JSON.stringify(activityData('access-test-editor')),
    })
    expect(create.status, await create.clone().text()).toBe(201)
    const { doc } = (await create.json()) as { doc: { id: number; campaignCode: string } }
    expect(doc.campaignCode).toMatch(/^[2-9A-HJKMNP-TV-Y]{6}$/)
    const update = await rest(`/${doc.id}`, auth, {
      method: 'PATCH',
      body: JSON.stringify({ peopleReached: 12 }),
    })
    expect(update.status, await update.clone().text()).toBe(200)
    // No versions: the path is no route, at most an id that is not one.
    expect([400, 403, 404]).toContain((await rest('/versions', auth)).status)
    expect((await rest(`/${doc.id}`, auth, { method: 'DELETE' })).status).toBe(200)
  })
})

/**
 * Stories: as events (published only for the public, editors manage, intake changes nothing), and
 * the consent record is staff-only data: no anonymous read path shows it, nor lets it be searched.
 */
describe('stories', () => {
  let draft: { id: number }
  let published: { id: number; slug: string }
  let ipsId: number
  const storyData = (slug: string) => ({
    title: `Utkast ${slug}`,
    name: 'Påhittad',
    slug,
    text: richText([paragraph('Text')]),
    service: ipsId,
    outcome: 'work',
    consent: { givenOn: '2026-01-10T00:00:00.000Z', scope: ['website'] },
  })

  beforeAll(async () => {
    const services = await payload.find({
      collection: 'services',
      where: { slug: { equals: 'ips' } },
      limit: 1,
      depth: 0,
    })
    ipsId = services.docs[0]!.id as number
    draft = (await payload.create({
      collection: 'stories',
      data: storyData('access-test-draft') as never,
      draft: true,
    })) as { id: number }
    const { docs } = await payload.find({
      collection: 'stories',
      where: { _status: { equals: 'published' } },
      limit: 1,
      depth: 0,
    })
    published = docs[0] as { id: number; slug: string }
    expect(published, 'the seed has published stories').toBeDefined()
  })

  afterAll(async () => {
    await payload.delete({ collection: 'stories', where: { slug: { like: 'access-test-' } } })
  })

  const rest = (path: string, actor: Actor, init: RequestInit = {}) =>
    fetch(`${cmsUrl()}/api/stories${path}`, {
      ...init,
      headers: { ...headers.get(actor)!, 'content-type': 'application/json' },
    })
  const graphql = async (query: string, actor: Actor = 'anonymous') =>
    (await (
      await fetch(`${cmsUrl()}/api/graphql`, {
        method: 'POST',
        headers: { ...headers.get(actor)!, 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      })
    ).json()) as { data?: Record<string, unknown>; errors?: { message: string }[] }

  test('anonymous: reads published stories, and no draft over REST, versions or GraphQL', async () => {
    const answer = await rest('?limit=100&depth=0&draft=true', 'anonymous')
    const list = (await answer.json()) as { docs: { id: number; _status: string }[] }
    expect(answer.status, JSON.stringify(list)).toBe(200)
    expect(list.docs.map((d) => d.id)).toContain(published.id)
    expect(list.docs.map((d) => d.id)).not.toContain(draft.id)
    expect(new Set(list.docs.map((d) => d._status))).toEqual(new Set(['published']))
    expect([403, 404]).toContain((await rest(`/${draft.id}?draft=true`, 'anonymous')).status)
    expect((await rest('/versions?limit=100', 'anonymous')).status).toBe(403)
    const many = await graphql('{ Stories(draft: true, limit: 100) { docs { id } } }')
    const ids = (many.data?.Stories as { docs: { id: number }[] }).docs.map((d) => d.id)
    expect(ids).toContain(published.id)
    expect(ids).not.toContain(draft.id)
    const versions = await graphql('{ versionsStories(limit: 100) { docs { id } } }')
    expect(versions.errors?.[0]?.message, JSON.stringify(versions)).toBeDefined()
  })

  test('anonymous: the consent record is not in any answer, nor searchable', async () => {
    const one = (await (await rest(`/${published.id}?depth=0`, 'anonymous')).json()) as object
    expect(one).toHaveProperty('name')
    expect(one, JSON.stringify(one)).not.toHaveProperty('consent')
    const list = (await (await rest('?depth=0&limit=100', 'anonymous')).json()) as {
      docs: object[]
    }
    for (const doc of list.docs) expect(doc, JSON.stringify(doc)).not.toHaveProperty('consent')
    const gql = await graphql(`{ Story(id: ${published.id}) { name consent { givenOn } } }`)
    const story = gql.data?.Story as { consent?: { givenOn?: unknown } } | null
    expect(story?.consent?.givenOn ?? null, JSON.stringify(gql)).toBeNull()
    // A search on the consent date would tell it, one guess at a time.
    const probe = await rest('?where[consent.givenOn][exists]=true&depth=0', 'anonymous')
    const probed = (await probe.json()) as { docs?: unknown[] }
    expect(probe.status === 200 && (probed.docs?.length ?? 0) > 0, JSON.stringify(probed)).toBe(
      false,
    )
  })

  test('editor: reads the consent record', async () => {
    const one = (await (await rest(`/${published.id}?depth=0`, 'editor')).json()) as {
      consent?: { givenOn?: string }
    }
    expect(one.consent?.givenOn, JSON.stringify(one)).toBeTruthy()
  })

  test.each(['anonymous', 'intake of another service'] as const)(
    '%s: cannot create, update or delete a story',
    async (actor) => {
      const create = await rest('', actor, {
        method: 'POST',
        body: JSON.stringify(storyData('access-test-refused')),
      })
      expect(create.status).toBe(403)
      const update = await rest(`/${published.id}`, actor, {
        method: 'PATCH',
        body: JSON.stringify({ name: 'Ändrad' }),
      })
      expect([403, 404]).toContain(update.status)
      expect([403, 404]).toContain(
        (await rest(`/${published.id}`, actor, { method: 'DELETE' })).status,
      )
      const still = await payload.findByID({ collection: 'stories', id: published.id, depth: 0 })
      expect(still.name).not.toBe('Ändrad')
    },
  )

  test('editor: creates, publishes, changes and deletes a story', async () => {
    const create = await rest('', 'editor', {
      method: 'POST',
      body: JSON.stringify({ ...storyData('access-test-editor'), _status: 'published' }),
    })
    expect(create.status, await create.clone().text()).toBe(201)
    const { doc } = (await create.json()) as { doc: { id: number } }
    const update = await rest(`/${doc.id}`, 'editor', {
      method: 'PATCH',
      body: JSON.stringify({ name: 'Ny' }),
    })
    expect(update.status, await update.clone().text()).toBe(200)
    expect((await rest(`/${doc.id}`, 'anonymous')).status).toBe(200)
    expect((await rest(`/${doc.id}`, 'editor', { method: 'DELETE' })).status).toBe(200)
  })
})

/**
 * Images and documents: anyone reads them (the site and any visitor), editors manage them, intake
 * staff and the public change nothing.
 */
describe.each(['media', 'documents'] as const)('%s', (collection) => {
  let existing: { id: number }
  const file = async () =>
    collection === 'media'
      ? {
          data: await drawnImage({ width: 480, height: 300 }),
          name: 'kulle.png',
          type: 'image/png',
        }
      : { data: handWrittenPdf(), name: 'broschyr.pdf', type: 'application/pdf' }
  const fields =
    collection === 'media'
      ? { alt: 'En grön kulle.' }
      : { title: 'Broschyr', language: 'sv' as const }

  beforeAll(async () => {
    const { data, name, type } = await file()
    existing = (await payload.create({
      collection,
      data: fields as never,
      file: { data, name, mimetype: type, size: data.length },
    })) as { id: number }
  })

  afterAll(async () => {
    await payload.delete({ collection, id: existing.id })
  })

  const rest = (path: string, actor: Actor, init: RequestInit = {}) =>
    fetch(`${cmsUrl()}/api/${collection}${path}`, { ...init, headers: headers.get(actor)! })

  test('anonymous reads them over REST and GraphQL', async () => {
    const list = await rest('?depth=0', 'anonymous')
    expect(list.status, await list.clone().text()).toBe(200)
    expect(((await list.json()) as { docs: { id: number }[] }).docs.map((d) => d.id)).toContain(
      existing.id,
    )
    const query =
      collection === 'media' ? '{ allMedia { docs { id } } }' : '{ Documents { docs { id } } }'
    const graphql = await fetch(`${cmsUrl()}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    })
    const body = JSON.stringify(await graphql.json())
    expect(body).toContain(`"id":${existing.id}`)
  })

  test.each(['anonymous', 'intake of another service'] as const)(
    '%s: cannot upload, change or delete',
    async (actor) => {
      const upload = await uploadOverRest(
        `${cmsUrl()}/api/${collection}`,
        headers.get(actor)!,
        await file(),
        fields,
      )
      expect(upload.status, upload.text).toBe(403)
      const update = await rest(`/${existing.id}`, actor, {
        method: 'PATCH',
        headers: { ...headers.get(actor)!, 'content-type': 'application/json' },
        body: JSON.stringify(collection === 'media' ? { alt: 'Ändrad' } : { title: 'Ändrad' }),
      })
      expect([403, 404]).toContain(update.status)
      expect([403, 404]).toContain(
        (await rest(`/${existing.id}`, actor, { method: 'DELETE' })).status,
      )
      expect(await payload.findByID({ collection, id: existing.id })).toMatchObject(fields)
    },
  )

  test('editor: uploads, changes and deletes', async () => {
    const upload = await uploadOverRest(
      `${cmsUrl()}/api/${collection}`,
      headers.get('editor')!,
      await file(),
      fields,
    )
    expect(upload.status, upload.text).toBe(201)
    const { id } = upload.json().doc as { id: number }
    const update = await fetch(`${cmsUrl()}/api/${collection}/${id}`, {
      method: 'PATCH',
      headers: { ...headers.get('editor')!, 'content-type': 'application/json' },
      body: JSON.stringify(collection === 'media' ? { alt: 'Ändrad' } : { title: 'Ändrad' }),
    })
    expect(update.status, await update.clone().text()).toBe(200)
    expect((await rest(`/${id}`, 'editor', { method: 'DELETE' })).status).toBe(200)
  })
})

/**
 * The caseload import: only administrators check or import a file, download the template or read the
 * import records; nobody, administrators included, writes the records but the import itself.
 */
describe('caseload import', () => {
  const csv = () => {
    const form = new FormData()
    form.set('file', new Blob(['Ärende-id;Tjänst;Inkom\nA-1;IPS;2026-01-01\n']), 'lista.csv')
    return form
  }
  const call = (path: string, auth: Record<string, string>, init: RequestInit = {}) =>
    fetch(`${cmsUrl()}/api${path}`, { ...init, headers: { ...auth, ...init.headers } })

  test.each([...actors, 'intake of the service itself'] as const)(
    '%s: no dry run, no template, no import records on any path',
    async (actor) => {
      const auth =
        actor === 'intake of the service itself'
          ? await login(demo('intake', 'ips').email, demo('intake', 'ips').password)
          : headers.get(actor)!
      expect([401, 403]).toContain(
        (await call('/referrals/import', auth, { method: 'POST', body: csv() })).status,
      )
      expect([401, 403]).toContain((await call('/referrals/import-template', auth)).status)
      expect([401, 403]).toContain((await call('/caseload-imports', auth)).status)
      const user = actor === 'anonymous' ? undefined : await userOf(demo(...roleOf(actor)).email)
      await expect(
        payload.find({ collection: 'caseload-imports', overrideAccess: false, user }),
      ).rejects.toThrow()
    },
  )

  test('an administrator checks a file, downloads the template and reads the records, but writes none by hand', async () => {
    const auth = await login(demo('admin').email, demo('admin').password)
    const dryRun = await call('/referrals/import', auth, { method: 'POST', body: csv() })
    const report = (await dryRun.json()) as { counts: { ready: number } }
    expect(dryRun.status, JSON.stringify(report)).toBe(200)
    expect(report.counts.ready).toBe(1)
    const template = await call('/referrals/import-template?format=csv', auth)
    expect(template.status).toBe(200)
    // With its byte order mark (which text() would drop), so Excel reads å, ä and ö.
    const bytes = Buffer.from(await template.arrayBuffer())
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]))
    expect(bytes.toString('utf8', 3)).toMatch(/^Ärende-id;Enhet;Tjänst;Inkom/)
    expect((await call('/caseload-imports', auth)).status).toBe(200)
    const write = await call('/caseload-imports', auth, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ fileName: 'x.csv' }),
    })
    expect(write.status).toBe(403)
    const graphql = await call('/graphql', auth, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ CaseloadImports { docs { id } } }' }),
    })
    const body = (await graphql.json()) as { errors?: { message: string }[] }
    expect(body.errors?.[0]?.message).toMatch(/Cannot query field/)
  })
})

const roleOf = (actor: string): [string, string?] =>
  actor === 'editor'
    ? ['editor']
    : actor === 'intake of another service'
      ? ['intake', 'se']
      : ['intake', 'ips']

/**
 * The estimate's parameters per year: the staff who see the report read them beside it (any intake
 * account: they hold no one's data), administrators change them, nobody else sees them.
 */
describe('estimate parameters', () => {
  const url = () => `${cmsUrl()}/api/estimate-parameters`
  const json = { 'content-type': 'application/json' }
  const parameters = (year: number) => ({
    year,
    taxRate: 0.32,
    taxRateSource: 'Kommunens skattesats.',
    productionFactor: 1.4,
    productionFactorSource: '[003]',
    housingHourlyCost: 480,
    housingHourlyCostSource: 'Ekonomiavdelningen.',
  })
  let saved: { id: number }
  beforeAll(async () => {
    saved = (await payload.create({
      collection: 'estimate-parameters',
      data: parameters(2031),
    })) as { id: number }
  })
  afterAll(async () => {
    await payload.delete({
      collection: 'estimate-parameters',
      where: { year: { in: [2031, 2032] } },
    })
  })

  test.each(['anonymous', 'editor'] as const)(
    '%s: reads, writes and deletes nothing',
    async (actor) => {
      const auth = headers.get(actor)!
      expect([401, 403, 404]).toContain(
        (await fetch(`${url()}/${saved.id}`, { headers: auth })).status,
      )
      const list = await fetch(url(), { headers: auth })
      expect(list.status).toBe(403)
      const create = await fetch(url(), {
        method: 'POST',
        headers: { ...auth, ...json },
        body: JSON.stringify(parameters(2032)),
      })
      expect(create.status).toBe(403)
      const del = await fetch(`${url()}/${saved.id}`, { method: 'DELETE', headers: auth })
      expect([403, 404]).toContain(del.status)
      await expect(
        payload.find({
          collection: 'estimate-parameters',
          overrideAccess: false,
          user: actor === 'anonymous' ? undefined : users.get(actor),
        }),
      ).rejects.toThrow()
    },
  )

  test('intake staff (of any service) read them and change nothing', async () => {
    const auth = headers.get('intake of another service')!
    const one = await fetch(`${url()}/${saved.id}`, { headers: auth })
    expect(one.status, await one.clone().text()).toBe(200)
    expect(((await one.json()) as { taxRate: number }).taxRate).toBe(0.32)
    const patch = await fetch(`${url()}/${saved.id}`, {
      method: 'PATCH',
      headers: { ...auth, ...json },
      body: JSON.stringify({ taxRate: 0.5 }),
    })
    expect(patch.status).toBe(403)
    const create = await fetch(url(), {
      method: 'POST',
      headers: { ...auth, ...json },
      body: JSON.stringify(parameters(2032)),
    })
    expect(create.status).toBe(403)
    expect((await fetch(`${url()}/${saved.id}`, { method: 'DELETE', headers: auth })).status).toBe(
      403,
    )
    const still = await payload.findByID({ collection: 'estimate-parameters', id: saved.id })
    expect(still.taxRate).toBe(0.32)
  })

  test('an administrator creates, changes and deletes them; a year only once', async () => {
    const auth = await login(demo('admin').email, demo('admin').password)
    const create = await fetch(url(), {
      method: 'POST',
      headers: { ...auth, ...json },
      body: JSON.stringify(parameters(2032)),
    })
    expect(create.status, await create.clone().text()).toBe(201)
    const { doc } = (await create.json()) as { doc: { id: number } }
    const again = await fetch(url(), {
      method: 'POST',
      headers: { ...auth, ...json },
      body: JSON.stringify(parameters(2032)),
    })
    expect(again.status).toBe(400)
    const patch = await fetch(`${url()}/${doc.id}`, {
      method: 'PATCH',
      headers: { ...auth, ...json },
      body: JSON.stringify({ taxRate: 0.3 }),
    })
    expect(patch.status).toBe(200)
    expect((await fetch(`${url()}/${doc.id}`, { method: 'DELETE', headers: auth })).status).toBe(
      200,
    )
  })
})

/** GraphQL as an actor: the answer's data and errors. */
const graphqlAs = async (actor: Actor, query: string, variables?: Record<string, unknown>) =>
  (await (
    await fetch(`${cmsUrl()}/api/graphql`, {
      method: 'POST',
      headers: { ...headers.get(actor)!, 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    })
  ).json()) as { data?: Record<string, { id: number } | null>; errors?: { message: string }[] }

const unitIdByName = async (name: string) =>
  (
    await payload.find({
      collection: 'units',
      where: { name: { equals: name } },
      limit: 1,
      depth: 0,
    })
  ).docs[0].id as number
const uppsalaName = 'Arbetsmarknadsförvaltningen, Uppsala kommun'
const enkopingHaboName = 'Samordningsförbundet Enköping–Håbo'

/**
 * Units: anyone reads them (the site routes residents by them); only a central admin creates one; a
 * unit's own unit admins change it (its editors write its services and pages, not its contact or area). Staff of one unit never change another, on any path.
 * ('editor' is an editor of Uppsala; 'staff of another unit' the unit admin of Enköping–Håbo.)
 */
describe('units', () => {
  const ids = { uppsala: 0, enkopingHabo: 0 }
  const nameOf = async (id: number) =>
    (await payload.findByID({ collection: 'units', id, depth: 0 })).name

  beforeAll(async () => {
    ids.uppsala = await unitIdByName(uppsalaName)
    ids.enkopingHabo = await unitIdByName(enkopingHaboName)
  })

  afterAll(async () => {
    await payload.delete({ collection: 'units', where: { name: { like: 'Enhet från GraphQL' } } })
  })

  test.each(actors)('%s: creates no unit over GraphQL', async (actor) => {
    const answer = await graphqlAs(
      actor,
      `mutation { createUnit(data: { name: "Enhet från GraphQL ${actor}" }) { id } }`,
    )
    expect(answer.errors?.[0]?.message, JSON.stringify(answer)).toBeDefined()
    const { totalDocs } = await payload.count({
      collection: 'units',
      where: { name: { equals: `Enhet från GraphQL ${actor}` } },
    })
    expect(totalDocs).toBe(0)
  })

  test.each([
    ['anonymous', 'uppsala'],
    ['intake of another service', 'uppsala'],
    ['editor', 'enkopingHabo'],
    ['editor', 'uppsala'],
    ['staff of another unit', 'uppsala'],
  ] as const)(
    '%s: changes no unit it does not manage, over REST, GraphQL or the Local API',
    async (actor, unit) => {
      const id = ids[unit]
      const before = await nameOf(id)
      const patch = await fetch(`${cmsUrl()}/api/units/${id}`, {
        method: 'PATCH',
        headers: { ...headers.get(actor)!, 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'Ändrad över REST' }),
      })
      expect([403, 404]).toContain(patch.status)
      const answer = await graphqlAs(
        actor,
        `mutation { updateUnit(id: ${id}, data: { name: "Ändrad över GraphQL" }) { id } }`,
      )
      expect(answer.errors?.[0]?.message, JSON.stringify(answer)).toBeDefined()
      await expect(
        payload.update({
          collection: 'units',
          id,
          data: { name: 'Ändrad lokalt' },
          overrideAccess: false,
          user: actor === 'anonymous' ? undefined : users.get(actor),
        }),
      ).rejects.toThrow()
      const remove = await fetch(`${cmsUrl()}/api/units/${id}`, {
        method: 'DELETE',
        headers: headers.get(actor)!,
      })
      expect([403, 404]).toContain(remove.status)
      expect(await nameOf(id)).toBe(before)
    },
  )

  test('the unit admin changes their own unit over GraphQL; a central admin creates one (the refusals are not vacuous)', async () => {
    const own = await graphqlAs(
      'staff of another unit',
      `mutation { updateUnit(id: ${ids.enkopingHabo}, data: { contact: { phone: "031-390 06 42" } }) { id } }`,
    )
    expect(own.errors, JSON.stringify(own)).toBeUndefined()
    const admin = demo('admin')
    const response = await fetch(`${cmsUrl()}/api/graphql`, {
      method: 'POST',
      headers: {
        ...(await login(admin.email, admin.password)),
        'content-type': 'application/json',
      },
      body: JSON.stringify({
        query: 'mutation { createUnit(data: { name: "Enhet från GraphQL, central" }) { id } }',
      }),
    })
    const created = (await response.json()) as { data?: { createUnit?: { id: number } } }
    expect(created.data?.createUnit?.id, JSON.stringify(created)).toBeTypeOf('number')
  })
})

/**
 * Pages per unit: a page without a unit is the whole install's (central admins and editors write it);
 * a unit's page is written by that unit's admins and editors, and central admins. Unit admins read the
 * install-wide pages and change none; nobody moves a page into a unit they do not belong to.
 */
describe('pages', () => {
  const ids = { uppsala: 0, enkopingHabo: 0 }
  const pages = { installWide: 0, uppsala: 0, enkopingHabo: 0 }
  const pageData = (slug: string, unit?: number) => ({
    slug,
    unit,
    audience: 'about',
    _status: 'published',
    title: `Sida ${slug}`,
    summary: 'En sida för behörighetstestet.',
    body: richText([paragraph('Text')]),
  })
  const rest = (actor: Actor, path: string, method = 'GET', body?: unknown) =>
    fetch(`${cmsUrl()}/api/pages${path}`, {
      method,
      headers: { ...headers.get(actor)!, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
  const createOverGraphql = (actor: Actor, slug: string, unit: number) =>
    graphqlAs(
      actor,
      `mutation ($body: JSON) { createPage(data: { slug: "${slug}", unit: ${unit}, audience: about, title: "${slug}", summary: "En sida.", body: $body }) { id } }`,
      { body: richText([paragraph('Text')]) },
    )
  const titleOf = async (id: number) =>
    (await payload.findByID({ collection: 'pages', id, depth: 0 })).title
  const refusedPath = async (response: Response) => {
    const body = JSON.stringify(await response.json())
    expect(response.status, body).toBe(400)
    return body
  }

  beforeAll(async () => {
    ids.uppsala = await unitIdByName(uppsalaName)
    ids.enkopingHabo = await unitIdByName(enkopingHaboName)
    for (const [key, unit] of [
      ['installWide', undefined],
      ['uppsala', ids.uppsala],
      ['enkopingHabo', ids.enkopingHabo],
    ] as const) {
      const doc = await payload.create({
        collection: 'pages',
        data: pageData(`access-test-${key.toLowerCase()}`, unit) as never,
      })
      pages[key] = doc.id as number
    }
  })

  afterAll(async () => {
    await payload.delete({ collection: 'pages', where: { slug: { like: 'access-test-' } } })
  })

  test('the public reads published pages of every kind, as before', async () => {
    const response = await rest('anonymous', '?limit=100&depth=0&where[_status][equals]=published')
    const { docs } = (await response.json()) as { docs: { id: number }[] }
    expect(docs.map((d) => d.id)).toEqual(expect.arrayContaining(Object.values(pages)))
  })

  test.each(['anonymous', 'intake of another service'] as const)(
    '%s: creates, changes and deletes no page',
    async (actor) => {
      const create = await rest(actor, '', 'POST', pageData('access-test-refused'))
      expect(create.status).toBe(403)
      for (const id of Object.values(pages)) {
        expect([403, 404]).toContain((await rest(actor, `/${id}`, 'PATCH', { title: 'X' })).status)
        expect([403, 404]).toContain((await rest(actor, `/${id}`, 'DELETE')).status)
        expect(await titleOf(id)).not.toBe('X')
      }
    },
  )

  test('a unit admin creates, changes and deletes their unit’s pages over REST and GraphQL', async () => {
    const actor = 'staff of another unit'
    const created = await rest(actor, '', 'POST', pageData('access-test-eh-own', ids.enkopingHabo))
    expect(created.status, await created.clone().text()).toBe(201)
    const { doc } = (await created.json()) as { doc: { id: number } }
    const answer = await graphqlAs(
      actor,
      `mutation { updatePage(id: ${doc.id}, data: { title: "Ändrad över GraphQL" }) { id } }`,
    )
    expect(answer.errors, JSON.stringify(answer)).toBeUndefined()
    expect(await titleOf(doc.id)).toBe('Ändrad över GraphQL')
    expect((await rest(actor, `/${doc.id}`, 'DELETE')).status).toBe(200)
    const overGraphql = await createOverGraphql(actor, 'access-test-eh-gql', ids.enkopingHabo)
    expect(overGraphql.data?.createPage?.id, JSON.stringify(overGraphql)).toBeTypeOf('number')
  })

  test.each([
    ['staff of another unit', 'installWide'],
    ['staff of another unit', 'uppsala'],
    ['editor', 'enkopingHabo'],
  ] as const)('%s: reads the %s page but changes or deletes it on no path', async (actor, page) => {
    const id = pages[page]
    expect((await rest(actor, `/${id}?depth=0`)).status).toBe(200)
    expect([403, 404]).toContain((await rest(actor, `/${id}`, 'PATCH', { title: 'X' })).status)
    const answer = await graphqlAs(
      actor,
      `mutation { updatePage(id: ${id}, data: { title: "X" }) { id } }`,
    )
    expect(answer.errors?.[0]?.message, JSON.stringify(answer)).toBeDefined()
    await expect(
      payload.update({
        collection: 'pages',
        id,
        data: { title: 'X' },
        overrideAccess: false,
        user: users.get(actor),
      }),
    ).rejects.toThrow()
    expect([403, 404]).toContain((await rest(actor, `/${id}`, 'DELETE')).status)
    expect(await titleOf(id)).not.toBe('X')
  })

  test('a unit admin creates no install-wide page nor one of another unit, and moves none there', async () => {
    const actor = 'staff of another unit'
    const otherUnit = await rest(actor, '', 'POST', pageData('access-test-eh-x', ids.uppsala))
    expect(await refusedPath(otherUnit)).toContain('"path":"unit"')
    const installWide = await rest(actor, '', 'POST', pageData('access-test-eh-y'))
    expect(await refusedPath(installWide)).toContain('"path":"unit"')
    const graphql = await createOverGraphql(actor, 'access-test-eh-z', ids.uppsala)
    expect(graphql.errors?.[0]?.message, JSON.stringify(graphql)).toBeDefined()
    const move = await rest(actor, `/${pages.enkopingHabo}`, 'PATCH', { unit: ids.uppsala })
    expect(await refusedPath(move)).toContain('"path":"unit"')
    const cleared = await rest(actor, `/${pages.enkopingHabo}`, 'PATCH', { unit: null })
    expect(await refusedPath(cleared)).toContain('"path":"unit"')
    const { totalDocs } = await payload.count({
      collection: 'pages',
      where: { slug: { in: ['access-test-eh-x', 'access-test-eh-y', 'access-test-eh-z'] } },
    })
    expect(totalDocs).toBe(0)
    const still = await payload.findByID({ collection: 'pages', id: pages.enkopingHabo, depth: 0 })
    expect(still.unit).toBe(ids.enkopingHabo)
  })

  test('an editor writes install-wide pages and their own unit’s, and creates none for another unit', async () => {
    for (const id of [pages.installWide, pages.uppsala]) {
      const patch = await rest('editor', `/${id}`, 'PATCH', { order: 7 })
      expect(patch.status, await patch.clone().text()).toBe(200)
    }
    const other = await rest('editor', '', 'POST', pageData('access-test-ed-x', ids.enkopingHabo))
    expect(await refusedPath(other)).toContain('"path":"unit"')
  })
})
