import { type NextRequest, NextResponse } from 'next/server'

/**
 * The admin's content policy, with a fresh nonce per page: Next.js reads the nonce from the policy on
 * the request and puts it on every script it renders, and 'strict-dynamic' lets those scripts load the
 * admin's code chunks. No inline script runs without the nonce, and no script from elsewhere at all.
 *
 * Styles need 'unsafe-inline': Payload's admin and the libraries it is built on (React's server-rendered
 * `style` attributes, react-select's runtime style sheets) write inline styles, which cannot carry a
 * nonce. Inline CSS cannot run code; what it could do is restyle the page, which the rest of the
 * policy (no scripts, no framing, nothing loaded from elsewhere) keeps within this site.
 */
const contentPolicy = (nonce: string) =>
  [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${process.env.NODE_ENV === 'development' ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "media-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ')

/** Whether a path is not valid percent-encoding (`/api/services/%FF`): Next.js answers those with a bare 500. */
const undecodable = (pathname: string) => {
  try {
    decodeURIComponent(pathname)
    return false
  } catch {
    return true
  }
}

export function proxy(request: NextRequest) {
  if (undecodable(request.nextUrl.pathname)) {
    return NextResponse.json(
      { errors: [{ message: 'The address is not valid percent-encoding.' }] },
      { status: 400 },
    )
  }
  if (request.nextUrl.pathname.startsWith('/api/')) return NextResponse.next()
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64')
  const policy = contentPolicy(nonce)
  const headers = new Headers(request.headers)
  headers.set('content-security-policy', policy)
  const response = NextResponse.next({ request: { headers } })
  response.headers.set('content-security-policy', policy)
  return response
}

export const config = {
  // The API, for paths that are not valid percent-encoding; the admin's pages (and the server
  // functions they post to), for the policy: next.config.mjs gives everything else a static policy.
  // Prefetches carry no scripts of their own.
  matcher: [
    '/api/:path*',
    {
      source: '/admin/:path*',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
}
