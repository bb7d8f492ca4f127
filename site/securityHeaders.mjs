/**
 * The public site's security headers, in one place. `server.mjs` sets them on every response (pages,
 * assets, errors); the content policy proper (which scripts and styles may run: Astro's own, by hash,
 * never 'unsafe-inline') is Astro's `security.csp` (astro.config.mjs), a <meta> on prerendered pages
 * and a header on on-demand ones (`src/middleware.ts` adds `frame-ancestors` to that header). A <meta>
 * policy cannot say who may frame a page, so the header below always says it.
 */

export const frameAncestors = "frame-ancestors 'none'"

/** Directives Astro adds to the script-src and style-src it fills with hashes. */
export const contentPolicyDirectives = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
]

/** @type {Record<string, string>} */
export const securityHeaders = {
  // Enforced together with the page's own policy: what a <meta> cannot carry, and a floor for the rest.
  'Content-Security-Policy': `${frameAncestors}; object-src 'none'; base-uri 'self'; form-action 'self'`,
  // Browsers heed it over HTTPS only (the proxy in front terminates TLS); two years, as preload lists ask.
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  // For browsers too old for frame-ancestors.
  'X-Frame-Options': 'DENY',
  // The address of a page about psychiatric support is itself sensitive: never sent to another site.
  // (Not no-referrer: browsers would then send `Origin: null` with the form's POST, and Astro's origin
  // check refuses those.)
  'Referrer-Policy': 'same-origin',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy':
    'accelerometer=(), browsing-topics=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
}
