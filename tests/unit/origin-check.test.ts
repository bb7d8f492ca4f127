import { describe, expect, test } from 'vitest'

import { isForbiddenCrossSitePost } from '../../site/src/lib/originCheck'

const site = 'https://stod.example.se'
const post = (path: string, headers: Record<string, string>, method = 'POST') => {
  const url = new URL(path, site)
  return isForbiddenCrossSitePost(new Request(url, { method, headers }), url)
}
const form = { 'content-type': 'application/x-www-form-urlencoded' }

describe('cross-site form posts (Astro’s checkOrigin rule, with the status page’s own forms)', () => {
  test('a form posted from the site itself passes', () => {
    expect(post('/stod/ips/anmalan', { ...form, origin: site })).toBe(false)
  })

  test('a form posted from another site is refused, on every path', () => {
    for (const path of ['/stod/ips/anmalan', '/min-anmalan/abc', '/en/min-anmalan/'])
      expect(post(path, { ...form, origin: 'https://evil.example' }), path).toBe(true)
  })

  test('the status page’s own form (Origin: null under no-referrer, same-origin fetch) passes', () => {
    const own = { ...form, origin: 'null', 'sec-fetch-site': 'same-origin' }
    expect(post('/min-anmalan/abc', own)).toBe(false)
    expect(post('/ar/min-anmalan/', own)).toBe(false)
  })

  test('Origin: null is refused elsewhere, and on the status page when the fetch is not same-origin', () => {
    expect(
      post('/stod/ips/anmalan', { ...form, origin: 'null', 'sec-fetch-site': 'same-origin' }),
    ).toBe(true)
    expect(
      post('/min-anmalan/abc', { ...form, origin: 'null', 'sec-fetch-site': 'cross-site' }),
    ).toBe(true)
    expect(post('/min-anmalan/abc', { ...form, origin: 'null' })).toBe(true)
  })

  test('reads and non-form bodies are left to the routes, as Astro does', () => {
    expect(post('/min-anmalan/abc', { origin: 'https://evil.example' }, 'GET')).toBe(false)
    expect(
      post('/api/x', { origin: 'https://evil.example', 'content-type': 'application/json' }),
    ).toBe(false)
  })
})
