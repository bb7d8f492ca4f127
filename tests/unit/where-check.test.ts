import type { FlattenedField } from 'payload'

import { describe, expect, it } from 'vitest'

import { type QueriedCollection, whereProblem } from '../../cms/src/queryGuard/checkWhere'

const services: QueriedCollection = {
  numericIds: true,
  fields: [
    { name: 'slug', type: 'text' },
    {
      name: 'status',
      type: 'select',
      options: ['open', 'paused', { label: 'Stängd', value: 'closed' }],
    },
    { name: 'createdAt', type: 'date' },
    { name: 'order', type: 'number' },
    { name: 'active', type: 'checkbox' },
    { name: 'eligibility', type: 'group', flattenedFields: [{ name: 'ageMin', type: 'number' }] },
  ] as FlattenedField[],
}
const forms: QueriedCollection = {
  numericIds: true,
  fields: [{ name: 'service', type: 'relationship', relationTo: 'services' }] as FlattenedField[],
}
const lookup = (slug: string) => ({ services, 'referral-forms': forms })[slug]
const problem = (where: unknown, collection = services) => whereProblem(where, collection, lookup)

describe('whereProblem', () => {
  it('passes what the site and the admin ask', () => {
    expect(problem({ status: { not_equals: 'closed' } })).toBeNull()
    expect(problem({ or: [{ slug: { like: 'ip' } }, { id: { in: '1,2,3' } }] })).toBeNull()
    expect(
      problem({ createdAt: { greater_than: '2026-01-01T00:00:00Z' }, order: { less_than: '3' } }),
    ).toBeNull()
    expect(problem({ 'eligibility.ageMin': { equals: 18 }, active: { equals: 'true' } })).toBeNull()
    expect(
      problem({ service: { equals: '1' }, 'service.slug': { equals: 'ips' } }, forms),
    ).toBeNull()
    expect(problem({ service: { exists: 'false' } }, forms)).toBeNull()
    expect(problem({ id: { equals: null } })).toBeNull()
  })

  it('leaves paths it does not know to Payload, which refuses them', () => {
    expect(problem({ nope: { equals: 'x' } })).toBeNull()
  })

  it.each([
    [{ id: { equals: '1.5' } }, 'where[id][equals]', /document id/],
    [{ id: { in: 'a,b' } }, 'where[id][in]', /each value/],
    [{ id: { equals: 2 ** 31 } }, 'where[id][equals]', /document id/],
    [{ id: { like: '1' } }, 'where[id][like]', /compared with/],
    [{ status: { equals: 'nope' } }, 'where[status][equals]', /one of open, paused, closed/],
    [{ status: { like: 'o' } }, 'where[status][like]', /compared with/],
    [{ createdAt: { greater_than: '99999-01-01' } }, 'where[createdAt][greater_than]', /date/],
    [{ createdAt: { equals: 'garbage' } }, 'where[createdAt][equals]', /date/],
    [{ order: { equals: '1e400' } }, 'where[order][equals]', /number/],
    [{ 'eligibility.ageMin': { equals: 'abc' } }, 'where[eligibility.ageMin][equals]', /number/],
    [{ slug: { equals: 'a\u0000b' } }, 'where[slug][equals]', /U\+0000/],
    [{ nope: { equals: 'a\u0000b' } }, 'where[nope][equals]', /U\+0000/],
    [{ slug: { all: 'a' } }, 'where[slug][all]', /compared with/],
    [{ slug: { equals: ['a'] } }, 'where[slug][equals]', /single value/],
    [{ active: { exists: 'abc' } }, 'where[active][exists]', /true or false/],
    [{ or: 'x' }, 'where[or]', /list of conditions/],
    [{ and: [{ slug: 'x' }] }, 'where[and][0][slug]', /operator and a value/],
    ['abc', 'where', /object of conditions/],
  ])('%j → %s', (where, parameter, message) => {
    const found = problem(where)
    expect(found?.parameter).toBe(parameter)
    expect(found?.message).toMatch(message)
  })

  it('checks the related collection through a relationship', () => {
    expect(problem({ service: { equals: 'abc' } }, forms)?.parameter).toBe('where[service][equals]')
    expect(problem({ 'service.status': { equals: 'nope' } }, forms)?.parameter).toBe(
      'where[service.status][equals]',
    )
  })
})
