import { describe, expect, it } from 'vitest'

import type { SheetQueueStatus } from '../../plugins/support-services/src/domain'

import {
  hsdsId,
  hsdsMaxPerPage,
  hsdsOpenApi,
  hsdsPageOf,
  hsdsService,
  hsdsServiceAtLocation,
  hsdsServiceAtLocationOf,
  hsdsServiceOf,
  type HsdsServiceSource,
  hsdsTaxonomyTerm,
  hsdsTermId,
  hsdsTermOf,
  isUuid,
  methodOfTerm,
  parseHsdsQuery,
  uuidV5,
} from '../../plugins/support-services/src/domain/hsds'
import { services } from '../../seed/data/services'

const seed = services.find((service) => service.slug === 'ips')!
const site = 'https://stodportalen.example'

/** The seeded IPS service as the open data reads it. */
const ips: HsdsServiceSource = {
  id: 7,
  slug: seed.slug,
  status: 'open',
  method: seed.method,
  name: seed.name,
  summary: seed.summary,
  whoFor: seed.whoFor,
  provider: seed.provider,
  municipalityName: seed.municipality.name,
  contact: seed.contact,
  languages: seed.languages,
  updatedAt: '2026-12-01T09:00:00.000Z',
  rules: {
    ...seed.eligibilityRules,
    questions: [
      {
        id: 'wantsWork',
        question: { sv: 'Vill du arbeta?', en: 'Do you want to work?' },
        expected: true,
      },
    ],
  },
}

const status = (waiting: number, wait: SheetQueueStatus['estimatedWait']): SheetQueueStatus => ({
  waiting: waiting < 5 ? { kind: 'fewerThan', value: 5 } : { kind: 'exact', value: waiting },
  estimatedWait: wait,
  asOf: '2026-12-01T10:00:00.000Z',
})

/** Parses with our schema and says what does not conform. */
const conforms = <T>(
  schema: { safeParse: (v: unknown) => { success: boolean; error?: unknown } },
  value: T,
) => {
  const result = schema.safeParse(value)
  expect(result.success, JSON.stringify(result.error, null, 1)).toBe(true)
  return value
}

describe('HSDS ids', () => {
  it('are RFC 9562 version-5 UUIDs (the RFC’s own example)', () => {
    // RFC 9562, appendix A.4: the DNS namespace and www.example.com.
    expect(uuidV5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'www.example.com')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    )
  })

  it('are the same for the same row every time, and differ by kind and row', () => {
    expect(hsdsId('service', 7)).toBe(hsdsId('service', 7))
    expect(isUuid(hsdsId('service', 7))).toBe(true)
    const ids = new Set([hsdsId('service', 7), hsdsId('service', 8), hsdsId('location', 7)])
    expect(ids.size).toBe(3)
  })

  it('lead back from a taxonomy term to its method', () => {
    expect(methodOfTerm(hsdsTermId('sed'))).toBe('sed')
    expect(methodOfTerm(hsdsTermId('sed').toUpperCase())).toBe('sed')
    expect(methodOfTerm(hsdsId('service', 1))).toBeUndefined()
    conforms(hsdsTaxonomyTerm, hsdsTermOf('ips', 'ar'))
  })
})

describe('a service as HSDS', () => {
  const sv = conforms(
    hsdsService,
    hsdsServiceOf(ips, status(12, { unit: 'weeks', low: 2, high: 3 }), {
      locale: 'sv',
      siteUrl: site,
    }),
  )

  it('has its texts, links, provider, contact and schedule', () => {
    expect(sv.id).toBe(hsdsId('service', 7))
    expect(sv.name).toBe(seed.name.sv)
    expect(sv.description).toBe(seed.summary.sv)
    expect(sv.status).toBe('active')
    expect(sv.url).toBe(`${site}/stod/ips`)
    expect(sv.additional_urls?.[0].url).toBe(`${site}/stod/ips/anmalan`)
    expect(sv.organization_id).toBe(hsdsId('organization', seed.provider))
    expect(sv.phones?.[0].number).toBe(seed.contact.phone)
    expect(sv.email).toBe(seed.contact.email)
    expect(sv.schedules?.[0].description).toBe(seed.contact.openingHours.sv)
    expect(sv.languages?.map((l) => l.code)).toEqual(seed.languages)
    expect(sv.languages?.[0].name).toBe('svenska')
  })

  it('words its rules: ages as fields, the rest in the description and as attributes', () => {
    expect(sv.minimum_age).toBe(18)
    expect(sv.maximum_age).toBe(65)
    expect(sv.eligibility_description).toContain('Personen är 18–65 år.')
    expect(sv.eligibility_description).toContain('Uppsala')
    const labels = Object.fromEntries(
      (sv.attributes ?? [])
        .filter((a) => a.link_type === 'eligibility')
        .map((a) => [a.value, a.label]),
    )
    expect(labels['0380']).toContain('Uppsala')
    expect(labels['psychiatry,primaryCare']).toMatch(/psykiatrin/)
    expect(labels.true).toMatch(/samverkan med vården/)
    expect(labels.yes).toBe('Vill du arbeta?')
    const method = sv.attributes?.find((a) => a.link_type === 'service_type')
    expect(method?.taxonomy_term_id).toBe(hsdsTermId('ips'))
  })

  it('gives the queue as capacities: people waiting and the estimated wait', () => {
    const [waiting, wait] = sv.capacities ?? []
    expect(waiting.available).toBe(12)
    expect(waiting.attributes?.[0].value).toBe('exact')
    expect(waiting.updated).toBe('2026-12-01T10:00:00.000Z')
    expect(wait).toMatchObject({ available: 2, maximum: 3, unit: { identifier: 'wk' } })
  })

  it('masks fewer than 5 waiting as the site does, and has no wait without an honest estimate', () => {
    const few = hsdsServiceOf(ips, status(2, null), { locale: 'sv', siteUrl: site })
    conforms(hsdsService, few)
    expect(few.capacities).toHaveLength(1)
    expect(few.capacities?.[0]).toMatchObject({ available: 5 })
    expect(few.capacities?.[0].attributes?.[0].value).toBe('fewerThan')
    expect(few.capacities?.[0].description).toContain('Färre än 5')
    expect(JSON.stringify(few)).not.toMatch(/"available":2\b/)
  })

  it('speaks the language asked for, and links to the page in it', () => {
    const en = conforms(hsdsService, hsdsServiceOf(ips, null, { locale: 'en', siteUrl: site }))
    expect(en.name).toBe(seed.name.en)
    expect(en.url).toBe(`${site}/en/stod/ips`)
    expect(en.eligibility_description).toContain('18')
    expect(en.eligibility_description).not.toContain('Personen')
    expect(en.languages?.[0].name).toBe('Swedish')
    expect(en.capacities).toBeUndefined()
  })

  it('has no empty fields for what a service lacks', () => {
    const bare: HsdsServiceSource = {
      ...ips,
      id: 8,
      method: 'other',
      contact: {},
      provider: undefined,
      municipalityName: undefined,
      languages: [],
      rules: {},
    }
    const service = conforms(
      hsdsService,
      hsdsServiceOf(bare, null, { locale: 'sv', siteUrl: site }),
    )
    expect(service.organization_id).toBeUndefined()
    expect(service.eligibility_description).toBeUndefined()
    expect(service.attributes).toEqual([])
    const place = conforms(
      hsdsServiceAtLocation,
      hsdsServiceAtLocationOf(bare, { locale: 'sv', siteUrl: site }),
    )
    expect(place.location).toBeUndefined()
  })

  it('is at its contact address', () => {
    const place = conforms(
      hsdsServiceAtLocation,
      hsdsServiceAtLocationOf(ips, { locale: 'sv', siteUrl: site }),
    )
    expect(place.service_id).toBe(sv.id)
    expect(place.location).toMatchObject({ location_type: 'physical', name: seed.contact.address })
  })
})

describe('the list response', () => {
  it('counts pages as the specification does', () => {
    expect(hsdsPageOf([1, 2], 5, 1, 2)).toMatchObject({
      total_items: 5,
      total_pages: 3,
      size: 2,
      first_page: true,
      last_page: false,
      empty: false,
    })
    expect(hsdsPageOf([5], 5, 3, 2)).toMatchObject({ last_page: true, first_page: false })
    expect(hsdsPageOf([], 0, 1, 50)).toMatchObject({ total_pages: 0, empty: true, last_page: true })
    expect(hsdsPageOf([], 5, 9, 2)).toMatchObject({ size: 0, empty: false, last_page: true })
  })
})

describe('query parameters', () => {
  const parse = (
    query: string,
    allowed: readonly string[] = [
      'page',
      'per_page',
      'search',
      'modified_after',
      'organization_id',
    ],
  ) => parseHsdsQuery(new URLSearchParams(query), allowed)

  it('takes what the endpoint knows', () => {
    expect(parse('page=2&per_page=100&search=ips&modified_after=2026-12-01&lang=en')).toEqual({
      ok: true,
      query: {
        page: 2,
        perPage: 100,
        search: 'ips',
        modifiedAfter: new Date('2026-12-01T00:00:00Z'),
        lang: 'en',
      },
    })
    expect(parse('modified_after=2026-12-01T10:00:00%2B01:00')).toMatchObject({
      query: { modifiedAfter: new Date('2026-12-01T09:00:00Z') },
    })
    expect(parse('')).toEqual({ ok: true, query: { page: 1, perPage: 50 } })
  })

  it.each([
    ['per_page=0', 'per_page'],
    ['per_page=-1', 'per_page'],
    [`per_page=${hsdsMaxPerPage + 1}`, 'per_page'],
    ['per_page=1.5', 'per_page'],
    ['page=0', 'page'],
    ['page=abc', 'page'],
    ['modified_after=yesterday', 'modified_after'],
    ['modified_after=2026-02-30', 'modified_after'],
    ['modified_after=2026-12-01T25:00:00Z', 'modified_after'],
    ['organization_id=42', 'organization_id'],
    ['lang=de', 'lang'],
    ['format=ndjson', 'format'],
    ['page=1&page=2', 'page'],
    ['taxonomy_term_id=' + hsdsId('taxonomy_term', 'ips'), 'taxonomy_term_id'],
    ['where[status][equals]=paused', 'where[status][equals]'],
  ])('refuses %s naming %s', (query, parameter) => {
    const result = parse(query)
    expect(result).toMatchObject({ ok: false, parameter })
    expect(result.ok || result.message).toMatch(
      new RegExp(`^${parameter.replace(/[[\]]/g, '\\$&')}: `),
    )
  })
})

describe('the OpenAPI document', () => {
  it('is generated from the schema and names every path', () => {
    const document = hsdsOpenApi('https://cms.example/api/hsds')
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/',
        '/services',
        '/services/{id}',
        '/organizations',
        '/service_at_locations',
        '/taxonomy_terms',
      ]),
    )
    expect(JSON.stringify(document)).toContain('"temporarily closed"')
  })
})
