import { withPayload } from '@payloadcms/next/withPayload'

/** Every response of the CMS. The admin's pages get their content policy from src/proxy.ts (a nonce per page). */
const securityHeaders = [
  // Browsers heed it over HTTPS only (the proxy in front terminates TLS).
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  // For browsers too old for CSP's frame-ancestors: the admin is never shown inside another page.
  { key: 'X-Frame-Options', value: 'DENY' },
  // Addresses in the admin name referrals: never sent to another site.
  { key: 'Referrer-Policy', value: 'same-origin' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  {
    key: 'Permissions-Policy',
    value:
      'accelerometer=(), browsing-topics=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
  },
]

/**
 * The API answers JSON and serves uploaded files: nothing it returns may run or be framed, so an
 * uploaded SVG or HTML file opened directly cannot run a script in the CMS's origin.
 */
const apiPolicy = {
  key: 'Content-Security-Policy',
  value:
    "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'none'; sandbox",
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  transpilePackages: ['@stodportalen/support-services'],
  // Loaded by Node from node_modules, as pdfkit's and fontkit's own files expect (printed sheets).
  serverExternalPackages: ['pdfkit'],
  poweredByHeader: false,
  // The proxy (src/proxy.ts) runs on /api and would cut a request body at 10 MB, so that an upload
  // just over UPLOAD_MAX_MB failed as a broken request (500). Payload's parser and the upload hook
  // (src/uploads/limits.ts) refuse it with 413 and a Swedish message instead.
  experimental: { proxyClientMaxBodySize: '64mb' },
  // The CMS has no public pages of its own: the public portal is the Astro site.
  redirects: async () => [{ source: '/', destination: '/admin', permanent: false }],
  headers: async () => [
    { source: '/:path*', headers: securityHeaders },
    { source: '/api/:path*', headers: [apiPolicy] },
  ],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
