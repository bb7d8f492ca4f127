/**
 * Which compression a response goes out in: the encodings the site sends, and the choice among them
 * by the browser's Accept-Encoding (server.mjs for built files, src/middleware.ts for on-demand pages).
 */

/** In the order the server prefers them: brotli is 5–15 % smaller than gzip on the site's files. */
export const encodings = /** @type {const} */ ([
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
])

/**
 * The codings of an Accept-Encoding header with their weights: `br;q=0.8, gzip` → br 0.8, gzip 1.
 * @param {string | null | undefined} header
 */
const weights = (header) =>
  new Map(
    (header ?? '').split(',').flatMap((part) => {
      const [coding, ...parameters] = part.trim().toLowerCase().split(';')
      if (!coding) return []
      const q = parameters.map((p) => p.trim()).find((p) => p.startsWith('q='))
      const weight = q === undefined ? 1 : Number(q.slice(2))
      return [[coding === 'x-gzip' ? 'gzip' : coding, Number.isFinite(weight) ? weight : 0]]
    }),
  )

/**
 * The encoding to send among those available (in the server's order of preference): the one the
 * header weighs highest, `*` standing for codings it does not name; undefined when it accepts none.
 * @param {string | null | undefined} header
 * @param {readonly string[]} available
 * @returns {string | undefined}
 */
export const chooseEncoding = (header, available) => {
  const accepted = weights(header)
  let best
  let bestWeight = 0
  for (const name of available) {
    const weight = accepted.get(name) ?? accepted.get('*') ?? 0
    if (weight > bestWeight) [best, bestWeight] = [name, weight]
  }
  return best
}
