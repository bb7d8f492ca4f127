import { request } from 'node:http'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { beforeAll, describe, expect, inject, test } from 'vitest'

const siteUrl = () => inject('system').siteUrl!

interface RawResponse {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: Buffer
}

/** A request with exactly these headers and the body as it came: fetch would ask for and undo compression itself. */
const raw = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
  new Promise<RawResponse>((resolve, reject) => {
    const { port } = new URL(siteUrl())
    const hostname = '127.0.0.1' // where the site listens (localhost may resolve to ::1 first)
    // The path as given, not normalised as a URL would be (`/../x` stays `/../x`).
    request({ hostname, port, path, method, headers }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () =>
        resolve({
          status: response.statusCode!,
          headers: response.headers,
          body: Buffer.concat(chunks),
        }),
      )
      response.on('error', reject)
    })
      .on('error', reject)
      .end()
  })

const decoded = ({ headers, body }: RawResponse) =>
  headers['content-encoding'] === 'br'
    ? brotliDecompressSync(body)
    : headers['content-encoding'] === 'gzip'
      ? gunzipSync(body)
      : body

const immutable = 'public, max-age=31536000, immutable'
const revalidate = 'public, max-age=0, must-revalidate'

/** A hashed script of the form's island, and its bytes as built. */
let asset: string
let original: Buffer

beforeAll(async () => {
  const html = (await raw('/stod/ips/anmalan')).body.toString()
  asset = /component-url="(\/_astro\/[^"]+\.js)"/.exec(html)?.[1] ?? ''
  expect(asset, 'the form page names its island script under /_astro/').not.toBe('')
  original = (await raw(asset)).body
  expect(original.length).toBeGreaterThan(1000)
})

describe('a hashed asset', () => {
  test.each([
    ['gzip, deflate, br, zstd', 'br'],
    ['br', 'br'],
    ['gzip, deflate', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['gzip;q=1, br;q=0.5', 'gzip'],
    ['*', 'br'],
    ['identity', undefined],
    ['', undefined],
  ])('Accept-Encoding "%s" → %s', async (accept, encoding) => {
    const response = await raw(asset, accept ? { 'accept-encoding': accept } : {})
    expect(response.status).toBe(200)
    expect(response.headers['content-encoding']).toBe(encoding)
    expect(response.headers['vary']).toBe('Accept-Encoding')
    expect(response.headers['cache-control']).toBe(immutable)
    expect(response.headers['content-type']).toBe('text/javascript; charset=utf-8')
    expect(Number(response.headers['content-length'])).toBe(response.body.length)
    expect(response.headers['x-content-type-options'], 'the security headers too').toBe('nosniff')
    if (encoding) expect(response.body.length, 'smaller compressed').toBeLessThan(original.length)
    expect(decoded(response).equals(original), 'the same bytes once decoded').toBe(true)
  })

  test('HEAD gives the headers of the GET and no body', async () => {
    const response = await raw(asset, { 'accept-encoding': 'br' }, 'HEAD')
    expect(response.status).toBe(200)
    expect(response.headers['content-encoding']).toBe('br')
    expect(Number(response.headers['content-length'])).toBeGreaterThan(0)
    expect(response.body.length).toBe(0)
  })
})

describe('a prerendered page', () => {
  test('comes compressed, revalidated on every use, and answers 304 while unchanged', async () => {
    const response = await raw('/stod/ips', { 'accept-encoding': 'gzip, deflate, br' })
    expect(response.status).toBe(200)
    expect(response.headers['content-encoding']).toBe('br')
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(response.headers['cache-control']).toBe(revalidate)
    expect(response.headers['vary']).toBe('Accept-Encoding')
    expect(decoded(response).toString()).toContain('<html')

    const etag = response.headers['etag'] as string
    expect(etag).toBeTruthy()
    const again = await raw('/stod/ips', {
      'accept-encoding': 'gzip, deflate, br',
      'if-none-match': etag,
    })
    expect(again.status).toBe(304)
    expect(again.body.length).toBe(0)
    expect(again.headers['vary']).toBe('Accept-Encoding')

    const plain = await raw('/stod/ips')
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.headers['cache-control']).toBe(revalidate)
    expect(plain.body.equals(decoded(response)), 'the same page in every encoding').toBe(true)
  })

  test('the home page at / and a language home with and without its slash', async () => {
    for (const path of ['/', '/en', '/en/']) {
      const response = await raw(path, { 'accept-encoding': 'gzip' })
      expect(response.status, path).toBe(200)
      expect(response.headers['content-encoding'], path).toBe('gzip')
      expect(decoded(response).toString(), path).toContain('<html')
    }
  })
})

describe('a page rendered on demand', () => {
  test.each([
    ['gzip, deflate, br', 'br'],
    ['gzip', 'gzip'],
    ['', undefined],
  ])(
    'Accept-Encoding "%s" → %s, compressed as it is sent and never stored',
    async (accept, encoding) => {
      const response = await raw('/stod/ips/anmalan', accept ? { 'accept-encoding': accept } : {})
      expect(response.status).toBe(200)
      expect(response.headers['content-encoding']).toBe(encoding)
      expect(response.headers['vary']).toBe('Accept-Encoding')
      expect(response.headers['cache-control']).toBe('no-store')
      expect(decoded(response).toString()).toMatch(/<form[^>]+class="referral"[\s\S]*<\/html>$/)
    },
  )
})

test('paths outside the built files are not served from disk', async () => {
  for (const path of ['/../package.json', '/%2e%2e/server/entry.mjs', '/.astro/data-store.json']) {
    const response = await raw(path, { 'accept-encoding': 'br' })
    expect(response.status, path).toBe(404)
    expect(decoded(response).toString(), path).not.toMatch(/"name"|import |"entries"/)
  }
})
