/**
 * No 5xx on a public path: malformed ids and query parameters answer 400 in Payload's error shape,
 * naming the parameter, over REST and GraphQL; callers who are not signed in are capped in `limit`
 * and `depth`; what the site asks for still answers. The fuzz test (e2e/fuzz.test.ts) covers the
 * same surface at random.
 */
import { demoUsers } from '@stodportalen/seed'
import { beforeAll, describe, expect, test } from 'vitest'

import { cmsUrl, login } from '../support/cms'

interface Refusal {
  errors?: Array<{
    message?: string
    data?: { parameter?: string }
    extensions?: { statusCode?: number; data?: { parameter?: string } }
  }>
}

const get = async (path: string, headers: Record<string, string> = {}) => {
  const response = await fetch(`${cmsUrl()}${path}`, { headers })
  return {
    status: response.status,
    body: (await response.json().catch(() => null)) as Refusal | null,
  }
}
const graphql = async (body: string) => {
  const response = await fetch(`${cmsUrl()}/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  })
  return {
    status: response.status,
    body: (await response.json().catch(() => null)) as Refusal | null,
  }
}

const refusedNaming = (answer: { status: number; body: Refusal | null }, parameter: string) => {
  expect(answer.status, JSON.stringify(answer.body)).toBe(400)
  expect(answer.body?.errors?.[0]?.data?.parameter, JSON.stringify(answer.body)).toBe(parameter)
  expect(answer.body?.errors?.[0]?.message).toMatch(
    new RegExp(`^${parameter.replace(/[[\]]/g, '\\$&')}: .+`),
  )
}

describe('malformed ids answer 400, not 500', () => {
  test.each(['/api/services/abc', '/api/pages/1.5', '/api/referral-forms/abc'])(
    '%s',
    async (path) => {
      refusedNaming(await get(path), 'id')
    },
  )

  test.each([
    '/api/media/abc',
    '/api/services/1e30',
    '/api/services/2147483648',
    '/api/services/NaN',
    '/api/services/%00',
    '/api/services/0',
  ])('%s', async (path) => {
    refusedNaming(await get(path), 'id')
  })

  test('a well-formed id that does not exist is a 404', async () => {
    expect((await get('/api/services/2147483647')).status).toBe(404)
  })
})

describe('malformed query parameters answer 400 naming the parameter', () => {
  test.each([
    ['/api/services?depth=abc', 'depth'],
    ['/api/services?depth=1.5', 'depth'],
    ['/api/services?limit=1.5', 'limit'],
    ['/api/services?limit=-1', 'limit'],
    ['/api/services?page=-1', 'page'],
    ['/api/services?page=1e20', 'page'],
    ['/api/services?sort=nope', 'sort'],
    ['/api/services?sort[a]=1', 'sort'],
    ['/api/pages?draft=abc', 'draft'],
    ['/api/pages?locale=xx', 'locale'],
    ['/api/pages?fallbackLocale=xx', 'fallbackLocale'],
    ['/api/services?select=abc', 'select'],
    ['/api/services?select[nope]=true', 'select'],
    ['/api/services?where=abc', 'where'],
    ['/api/services?where[or]=x', 'where[or]'],
    ['/api/services?where[id][equals]=1.5', 'where[id][equals]'],
    ['/api/services?where[id][in]=a,b', 'where[id][in]'],
    ['/api/services?where[slug][equals]=%00', 'where[slug][equals]'],
    ['/api/services?where[slug][all]=a', 'where[slug][all]'],
    ['/api/services?where[status][equals]=nope', 'where[status][equals]'],
    ['/api/services?where[status][like]=x', 'where[status][like]'],
    ['/api/services?where[createdAt][greater_than]=99999-01-01', 'where[createdAt][greater_than]'],
    ['/api/pages?where[audience][equals]=nope', 'where[audience][equals]'],
    ['/api/referral-forms?where[service][equals]=abc', 'where[service][equals]'],
    ['/api/referral-forms?where[service.id][equals]=1.5', 'where[service.id][equals]'],
    ['/api/services/count?where[id][equals]=1.5', 'where[id][equals]'],
  ])('%s → %s', async (path, parameter) => {
    refusedNaming(await get(path), parameter)
  })

  test('the plugin endpoints and the account and file paths answer 4xx to what cannot be stored', async () => {
    expect((await get('/api/services/%00/queue-status')).status).toBe(404)
    expect((await get('/api/media/file/nope.png')).status).toBe(404)
    const login = await fetch(`${cmsUrl()}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'a\u0000@x.se', password: 'x' }),
    })
    expect(login.status).toBe(400)
    const verify = await fetch(`${cmsUrl()}/api/users/verify/abc`, { method: 'POST' })
    expect(verify.status).toBe(404)
  })
})

describe('callers who are not signed in are capped', () => {
  let editor: Record<string, string>
  beforeAll(async () => {
    const user = demoUsers.find((u) => u.role === 'editor')!
    editor = await login(user.email, user.password)
  })

  test('limit above 100, limit=0 (everything), pagination=false and depth above 2 are refused', async () => {
    refusedNaming(await get('/api/services?limit=101'), 'limit')
    refusedNaming(await get('/api/services?limit=0'), 'limit')
    refusedNaming(await get('/api/services?pagination=false'), 'pagination')
    refusedNaming(await get('/api/services?depth=3'), 'depth')
  })

  test('signed-in staff are not capped', async () => {
    expect((await get('/api/services?limit=101&depth=3', editor)).status).toBe(200)
  })

  test("the site's own queries still answer", async () => {
    for (const path of [
      '/api/services?locale=all&depth=0&where[status][not_equals]=closed&sort=id&limit=100&page=1',
      '/api/referral-forms?locale=all&depth=0&where[active][equals]=true&sort=createdAt&limit=100&page=1',
      '/api/services?depth=0&where[status][equals]=open&select[slug]=true&limit=100&page=1',
      '/api/pages?locale=all&depth=0&where[_status][equals]=published&sort=order&limit=100&page=1',
      '/api/services/ips/queue-status',
      '/api/services/1',
    ]) {
      expect((await get(path)).status, path).toBe(200)
    }
  })
})

describe('GraphQL', () => {
  test('malformed arguments are errors with status 400 naming the parameter, never 500', async () => {
    for (const [query, parameter] of [
      ['{ Services(page: -1) { docs { id } } }', 'page'],
      ['{ Services(limit: 1000) { docs { id } } }', 'limit'],
      ['{ Services(sort: "nope") { docs { id } } }', 'sort'],
      [
        '{ Services(where: { slug: { equals: "\\u0000" } }) { docs { id } } }',
        'where[slug][equals]',
      ],
    ]) {
      const { status, body } = await graphql(JSON.stringify({ query }))
      expect(status, query).toBeLessThan(500)
      expect(body?.errors?.[0]?.extensions?.statusCode, `${query}: ${JSON.stringify(body)}`).toBe(
        400,
      )
      expect(body?.errors?.[0]?.extensions?.data?.parameter, query).toBe(parameter)
    }
  })

  test('a body that is not JSON is a 400', async () => {
    const { status, body } = await graphql('nope')
    expect(status).toBe(400)
    expect(body?.errors?.[0]?.message).toBeTruthy()
  })
})
