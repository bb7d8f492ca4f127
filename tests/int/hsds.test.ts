/**
 * The open data (HSDS 3.1 under /api/hsds) over real HTTP on the test system: every answer conforms
 * to our schema of the specification, lists page and filter, texts follow the language, ETags save
 * a download, bad input is a 4xx naming the parameter, paused and closed services are absent, the
 * queue is given as the site gives it, and nothing about referrals or staff is in any answer.
 */
import type { Payload } from 'payload'

import { beforeAll, describe, expect, test } from 'vitest'
import { z } from 'zod'

import {
  hsdsId,
  hsdsOrganization,
  hsdsPage,
  hsdsRoot,
  hsdsService,
  hsdsServiceAtLocation,
  hsdsTaxonomy,
  hsdsTaxonomyTerm,
  hsdsTermId,
} from '../../plugins/support-services/src/domain/hsds'
import { services as seeded } from '../../seed/data/services'
import { cmsUrl, testPayload } from '../support/cms'
import { firstUnit } from '../support/units'

const schemas: Record<string, z.ZodType> = {
  services: hsdsService,
  service_at_locations: hsdsServiceAtLocation,
  organizations: hsdsOrganization,
  taxonomies: hsdsTaxonomy,
  taxonomy_terms: hsdsTaxonomyTerm,
}

/** The schema an answer on this path must conform to (a list, one object, or the root). */
const schemaOf = (path: string) => {
  const [, kind, id] = new URL(path, 'http://x').pathname.replace(/^\/api\/hsds\/?/, '/').split('/')
  if (!kind) return hsdsRoot
  return id ? schemas[kind] : hsdsPage(schemas[kind])
}

interface Answer<T> {
  status: number
  headers: Headers
  body: T
  text: string
}

/** GET on the open data; a 200 is checked against the schema, any answer for a 5xx. */
const get = async <T = Record<string, unknown>>(
  path: string,
  headers: Record<string, string> = {},
): Promise<Answer<T>> => {
  const response = await fetch(`${cmsUrl()}/api/hsds${path}`, { headers })
  const text = await response.text()
  expect(response.status, `${path}: ${text.slice(0, 300)}`).toBeLessThan(500)
  const body = text ? JSON.parse(text) : null
  if (response.status === 200 && !path.startsWith('/openapi.json')) {
    const checked = schemaOf(path).safeParse(body)
    expect(
      checked.success,
      `${path} does not conform: ${JSON.stringify(checked.error?.issues.slice(0, 5))}`,
    ).toBe(true)
  }
  return { status: response.status, headers: response.headers, body, text }
}

type Page<T> = {
  total_items: number
  total_pages: number
  size: number
  contents: T[]
  empty: boolean
  last_page: boolean
}
type Service = z.infer<typeof hsdsService>

let payload: Payload
const unique = `hsds-${Date.now().toString(36)}`
const intakeEmail = `intag.${unique}@stodportalen.example`
const ids: Record<'open' | 'paused' | 'closed', number> = { open: 0, paused: 0, closed: 0 }

const createService = async (status: keyof typeof ids, provider: string) =>
  (
    await payload.create({
      collection: 'services',
      data: {
        unit: await firstUnit(payload),
        name: `Öppna data ${status} ${unique}`,
        summary: 'Testdata för öppna data',
        slug: `${unique}-${status}`,
        method: 'se',
        status,
        provider,
        contact: { phone: '031-390 06 99', email: `se.${unique}@stodportalen.example` },
        eligibility: { ageMin: 20, ageMax: 30, consentRequired: true },
        notifications: { notifyIntake: true, intakeEmail },
      } as never,
    })
  ).id as number

beforeAll(async () => {
  payload = await testPayload()
  ids.open = await createService('open', `Utförare ${unique}`)
  ids.paused = await createService('paused', `Pausad utförare ${unique}`)
  ids.closed = await createService('closed', `Utförare ${unique}`)
})

const serviceId = (key: keyof typeof ids) => hsdsId('service', ids[key])

/** Every service in the list, page by page. */
const allServices = async (query = '') => {
  const first = await get<Page<Service>>(`/services?per_page=100${query}`)
  const all = [...first.body.contents]
  for (let page = 2; page <= first.body.total_pages; page++)
    all.push(
      ...(await get<Page<Service>>(`/services?per_page=100&page=${page}${query}`)).body.contents,
    )
  return all
}

describe('what is published', () => {
  test('the root names version 3.1, the profile and an OpenAPI document that is there', async () => {
    const { body } = await get<{ version: string; openapi_url: string; profile: string }>('')
    expect(body.version).toBe('3.1')
    const openapi = await fetch(body.openapi_url)
    expect(openapi.status).toBe(200)
    const document = await openapi.json()
    expect(document.openapi).toBe('3.1.0')
    expect(Object.keys(document.paths)).toContain('/services/{id}')
  })

  test('every open service and no paused or closed one', async () => {
    const open = await payload.count({
      collection: 'services',
      where: { status: { equals: 'open' } },
    })
    const listed = await allServices()
    expect(listed).toHaveLength(open.totalDocs)
    const listedIds = listed.map((s) => s.id)
    expect(listedIds).toContain(serviceId('open'))
    expect(listedIds).not.toContain(serviceId('paused'))
    expect(listedIds).not.toContain(serviceId('closed'))
    for (const slug of ['ips', 'sed', 'se'])
      expect(listed.map((s) => s.name)).toContain(seeded.find((s) => s.slug === slug)!.name.sv)
    expect(listed.every((s) => s.status === 'active')).toBe(true)
  })

  test('a paused or closed service answers 404 by id, its place too, and its own provider is absent', async () => {
    for (const key of ['paused', 'closed'] as const) {
      expect((await get(`/services/${serviceId(key)}`)).status).toBe(404)
      expect(
        (await get(`/service_at_locations/${hsdsId('service_at_location', ids[key])}`)).status,
      ).toBe(404)
    }
    const organizations = await get<Page<{ name: string }>>('/organizations?per_page=100')
    const names = organizations.body.contents.map((o) => o.name)
    expect(names).toContain(`Utförare ${unique}`)
    expect(names).not.toContain(`Pausad utförare ${unique}`)
    expect(
      (await get(`/organizations/${hsdsId('organization', `Pausad utförare ${unique}`)}`)).status,
    ).toBe(404)
  })

  test('a resident-facing service with its rules, provider, contact, links and capacity', async () => {
    const { body } = await get<Service>(`/services/${serviceId('open')}`)
    expect(body).toMatchObject({
      name: `Öppna data open ${unique}`,
      minimum_age: 20,
      maximum_age: 30,
      url: expect.stringMatching(new RegExp(`/stod/${unique}-open$`)),
      organization_id: hsdsId('organization', `Utförare ${unique}`),
    })
    expect(body.eligibility_description).toContain('Personen är 20–30 år.')
    expect(body.attributes?.some((a) => a.taxonomy_term_id === hsdsTermId('se'))).toBe(true)
    expect(body.additional_urls?.[0].url).toMatch(new RegExp(`/stod/${unique}-open/anmalan$`))
    expect(body.phones?.[0].number).toBe('031-390 06 99')
    // Nobody in its queue: masked as on the site, "fewer than 5".
    expect(body.capacities?.[0]).toMatchObject({
      available: 5,
      attributes: [{ value: 'fewerThan' }],
    })
    const organization = await get<{ name: string }>(`/organizations/${body.organization_id}`)
    expect(organization.body.name).toBe(`Utförare ${unique}`)
    const place = await get<{ service_id: string }>(
      `/service_at_locations/${hsdsId('service_at_location', ids.open)}`,
    )
    expect(place.body.service_id).toBe(body.id)
  })

  test("the queue's figures are the site's: the same count, masked alike, and the same estimate", async () => {
    for (const slug of ['ips', 'sed', 'se']) {
      const site = await (await fetch(`${cmsUrl()}/api/services/${slug}/queue-status`)).json()
      const [doc] = (
        await payload.find({ collection: 'services', where: { slug: { equals: slug } }, depth: 0 })
      ).docs
      const { body } = await get<Service>(`/services/${hsdsId('service', doc.id)}`)
      const [waiting, wait] = body.capacities ?? []
      expect(waiting.available, slug).toBe(site.waiting.value)
      expect(waiting.attributes?.[0].value, slug).toBe(site.waiting.kind)
      if (site.estimatedWait)
        expect(wait, slug).toMatchObject({
          available: site.estimatedWait.low,
          maximum: site.estimatedWait.high,
        })
      else expect(wait, slug).toBeUndefined()
    }
  })
})

describe('lists', () => {
  test('page by page, each item once, and past the last page an empty page', async () => {
    const one = await get<Page<Service>>('/services?per_page=1')
    expect(one.body.size).toBe(1)
    expect(one.body.total_pages).toBe(one.body.total_items)
    const second = await get<Page<Service>>('/services?per_page=1&page=2')
    expect(second.body.contents[0].id).not.toBe(one.body.contents[0].id)
    const past = await get<Page<Service>>(`/services?per_page=1&page=${one.body.total_items + 1}`)
    expect(past.status).toBe(200)
    expect(past.body).toMatchObject({ size: 0, contents: [], empty: false, last_page: true })
  })

  test('filters: taxonomy term, organization, modified after, search', async () => {
    const se = await allServices(`&taxonomy_term_id=${hsdsTermId('se')}`)
    expect(se.map((s) => s.id)).toContain(serviceId('open'))
    expect(
      se.every((s) => s.attributes?.some((a) => a.taxonomy_term_id === hsdsTermId('se'))),
    ).toBe(true)
    const unknownTerm = await get<Page<Service>>(
      `/services?taxonomy_term_id=${hsdsId('service', 1)}`,
    )
    expect(unknownTerm.body).toMatchObject({ total_items: 0, empty: true })

    const byOrganization = await get<Page<Service>>(
      `/services?organization_id=${hsdsId('organization', `Utförare ${unique}`)}`,
    )
    expect(byOrganization.body.contents.map((s) => s.id)).toEqual([serviceId('open')])

    const future = await get<Page<Service>>('/services?modified_after=2999-01-01')
    expect(future.body.total_items).toBe(0)
    const { updatedAt } = await payload.findByID({ collection: 'services', id: ids.open, depth: 0 })
    const recent = await allServices(`&modified_after=${encodeURIComponent(updatedAt as string)}`)
    expect(recent.map((s) => s.id)).toContain(serviceId('open'))

    const found = await get<Page<Service>>(
      `/services?search=${encodeURIComponent(`data open ${unique}`)}`,
    )
    expect(found.body.contents.map((s) => s.id)).toEqual([serviceId('open')])
    const places = await get<Page<{ service_id: string }>>(`/service_at_locations?search=${unique}`)
    expect(places.body.contents.map((p) => p.service_id)).toEqual([serviceId('open')])
  })

  test('the taxonomy of methods and its three terms', async () => {
    const taxonomies = await get<Page<{ id: string }>>('/taxonomies')
    expect(taxonomies.body.total_items).toBe(1)
    const terms = await get<Page<{ code: string }>>(
      `/taxonomy_terms?taxonomy_id=${taxonomies.body.contents[0].id}`,
    )
    expect(terms.body.contents.map((t) => t.code)).toEqual(['IPS', 'SED', 'SE'])
    expect((await get(`/taxonomy_terms/${hsdsTermId('sed')}`)).status).toBe(200)
    expect((await get(`/taxonomies/${taxonomies.body.contents[0].id}`)).status).toBe(200)
  })
})

describe('languages', () => {
  const ips = seeded.find((s) => s.slug === 'ips')!
  const ipsId = async () =>
    hsdsId(
      'service',
      (await payload.find({ collection: 'services', where: { slug: { equals: 'ips' } }, depth: 0 }))
        .docs[0].id,
    )

  test('Swedish by default, another language by `lang` or Accept-Language', async () => {
    const id = await ipsId()
    const sv = await get<Service>(`/services/${id}`)
    expect(sv.body.name).toBe(ips.name.sv)
    expect(sv.headers.get('content-language')).toBe('sv')
    const en = await get<Service>(`/services/${id}?lang=en`)
    expect(en.body.name).toBe(ips.name.en)
    expect(en.body.url).toMatch(/\/en\/stod\/ips$/)
    const ar = await get<Service>(`/services/${id}`, { 'accept-language': 'ar,en;q=0.5' })
    expect(ar.body.name).toBe(ips.name.ar)
    expect(ar.headers.get('content-language')).toBe('ar')
  })
})

describe('caching', () => {
  test('an unchanged answer is a 304 for its ETag; a change gives a new one', async () => {
    const path = `/services/${serviceId('open')}`
    const first = await get(path)
    const etag = first.headers.get('etag')!
    expect(etag).toMatch(/^"[\w-]+"$/)
    expect(first.headers.get('cache-control')).toBe('public, max-age=60')
    const again = await fetch(`${cmsUrl()}/api/hsds${path}`, { headers: { 'if-none-match': etag } })
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')
    await payload.update({
      collection: 'services',
      id: ids.open,
      data: { summary: 'Ändrad sammanfattning' } as never,
    })
    const changed = await get(path, { 'if-none-match': etag })
    expect(changed.status).toBe(200)
    expect(changed.headers.get('etag')).not.toBe(etag)
  })

  test('the kept directory never outlives an edit: a rename, a pause and a reopening show at once', async () => {
    const path = `/services/${serviceId('open')}`
    const rename = (name: string) =>
      payload.update({ collection: 'services', id: ids.open, data: { name } as never })
    await get(path) // the directory is kept now
    await rename(`Nytt namn ${unique}`)
    expect((await get<Service>(path)).body.name).toBe(`Nytt namn ${unique}`)
    const setStatus = (status: string) =>
      payload.update({ collection: 'services', id: ids.open, data: { status } as never })
    await setStatus('paused')
    expect((await get(path)).status).toBe(404)
    await setStatus('open')
    expect((await get(path)).status).toBe(200)
    await rename(`Öppna data open ${unique}`)
  })
})

describe('bad input: a 4xx with a JSON error, never a 5xx', () => {
  test.each([
    ['/services?per_page=0', 400, 'per_page'],
    ['/services?per_page=-1', 400, 'per_page'],
    ['/services?per_page=101', 400, 'per_page'],
    ['/services?page=0', 400, 'page'],
    ['/services?page=x', 400, 'page'],
    ['/services?modified_after=2026-13-01', 400, 'modified_after'],
    ['/services?modified_after=igår', 400, 'modified_after'],
    ['/services?where[status][equals]=paused', 400, 'where[status][equals]'],
    ['/services?limit=5', 400, 'limit'],
    ['/services?organization_id=1', 400, 'organization_id'],
    ['/services?lang=fr', 400, 'lang'],
    ['/organizations?taxonomy_term_id=x', 400, 'taxonomy_term_id'],
    ['/services/1', 400, 'id'],
    ['/services/%00', 400, 'id'],
    ['/services/00000000-0000-5000-8000-000000000000', 404, 'id'],
    ['/organizations/00000000-0000-5000-8000-000000000000', 404, 'id'],
    ['/service_at_locations/x', 400, 'id'],
    ['/taxonomy_terms/00000000-0000-5000-8000-000000000000', 404, 'id'],
  ])('%s: %i naming %s', async (path, status, field) => {
    const answer = await get<{ errors: Array<{ field: string; message: string }> }>(path)
    expect(answer.status, answer.text).toBe(status)
    expect(answer.body.errors[0].field).toBe(field)
    expect(answer.body.errors[0].message.length).toBeGreaterThan(0)
  })
})

describe('nothing private', () => {
  test('no referral, staff address or staff-only setting in any answer', async () => {
    const referrals = await payload.find({
      collection: 'referrals',
      limit: 20,
      depth: 0,
      overrideAccess: true,
    })
    expect(referrals.docs.length).toBeGreaterThan(0)
    const texts = [
      ...(await Promise.all(
        [
          '/services?per_page=100',
          '/service_at_locations?per_page=100',
          '/organizations?per_page=100',
          '/taxonomy_terms',
        ].map(async (path) => (await get(path)).text),
      )),
      (await get(`/services/${serviceId('open')}`)).text,
    ]
    for (const text of texts) {
      expect(text).not.toContain(intakeEmail)
      expect(text).not.toMatch(
        /"(applicant|reference|referral|notifications|retention|caseloadTarget|intakeEmail|assignee)"/,
      )
      for (const referral of referrals.docs)
        expect(text).not.toContain(referral.reference as string)
    }
  })
})
