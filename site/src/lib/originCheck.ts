/**
 * Astro's check against cross-site form posts (`security.checkOrigin`), with one exception for the
 * resident's status page. That page sends `Referrer-Policy: no-referrer` so its address (the private
 * link) never leaves in a Referer; browsers then send `Origin: null` with its own forms' POSTs, which
 * Astro's check refuses. `Sec-Fetch-Site` still says where such a post came from, and a page cannot set
 * it: `same-origin` with `Origin: null` is the page's own form. Everything else is Astro's rule as is.
 */
const formTypes = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain']
const safeMethods = ['GET', 'HEAD', 'OPTIONS']
const privatePagePattern = /^(?:\/[a-z]+)?\/min-anmalan(?:\/|$)/

export function isForbiddenCrossSitePost(request: Request, url: URL): boolean {
  if (safeMethods.includes(request.method)) return false
  const origin = request.headers.get('origin')
  if (origin === url.origin) return false
  if (
    origin === 'null' &&
    request.headers.get('sec-fetch-site') === 'same-origin' &&
    privatePagePattern.test(url.pathname)
  )
    return false
  const type = request.headers.get('content-type')
  return type === null || formTypes.some((form) => type.toLowerCase().includes(form))
}
