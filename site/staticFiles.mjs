/**
 * The built site's files as they should travel: compressed ahead of time (precompress.mjs) in the
 * encoding the browser accepts best, and with cache headers by kind. Hashed assets under /_astro/
 * and the CMS's images and documents under /media/ (named by their content hash, lib/cmsFiles.ts)
 * never change under their name, so browsers keep them a year without asking; everything else (the
 * pages, the favicon) is revalidated on every use, since a publish rebuilds it under the same name.
 *
 * `staticFiles(clientDir)` gives a handler that answers what it can and returns false for the rest:
 * a file with no compressed copy the browser accepts goes on to Astro's handler (which sends it as is,
 * keeping the headers set here), and so does every path that is not a file (on-demand pages, 404s).
 */
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'

import { chooseEncoding, encodings } from './encoding.mjs'
import { compressibleTypes } from './precompress.mjs'

const immutable = 'public, max-age=31536000, immutable'
const revalidate = 'public, max-age=0, must-revalidate'

/** The file a URL path names in the client folder (`/stod/ips` is `stod/ips/index.html`); undefined outside it. */
const fileOf = async (clientDir, pathname) => {
  let decoded
  try {
    decoded = decodeURIComponent(pathname)
  } catch {
    return undefined
  }
  // Dot files and folders stay private, as Astro's handler keeps them.
  if (decoded.includes('\0') || decoded.split('/').some((segment) => segment.startsWith('.')))
    return undefined
  const file = path.join(clientDir, decoded)
  if (!file.startsWith(clientDir + path.sep)) return undefined
  const found = await statFile(file)
  if (found) return { file, ...found }
  const index = path.join(file, 'index.html')
  const foundIndex = await statFile(index)
  return foundIndex && { file: index, ...foundIndex }
}

const statFile = async (file) => {
  const stats = await stat(file).catch(() => undefined)
  return stats?.isFile() ? { size: stats.size, mtime: stats.mtime } : undefined
}

/** As Astro's handler (`send`) makes them, with the encoding's copy giving size and time. */
const etagOf = ({ size, mtime }) => `W/"${size.toString(16)}-${mtime.getTime().toString(16)}"`

/** @param {string} clientDir the built site's `client` folder */
export const staticFiles = (clientDir) => {
  const root = path.resolve(clientDir)
  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @returns {Promise<boolean>} whether it answered
   */
  return async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false
    const { pathname } = new URL(req.url ?? '/', 'http://site')
    const found = await fileOf(root, pathname)
    if (!found) return false

    res.setHeader('Cache-Control', /^\/(_astro|media)\//.test(pathname) ? immutable : revalidate)
    const type = compressibleTypes[path.extname(found.file)]
    if (!type) return false
    res.setHeader('Vary', 'Accept-Encoding')

    const copies = await Promise.all(
      encodings.map(async ({ name, suffix }) => ({
        name,
        file: `${found.file}${suffix}`,
        stats: await statFile(`${found.file}${suffix}`),
      })),
    )
    const available = copies.filter((copy) => copy.stats)
    const chosen = chooseEncoding(
      req.headers['accept-encoding'],
      available.map((copy) => copy.name),
    )
    const copy = available.find((c) => c.name === chosen)
    if (!copy?.stats) return false

    res.setHeader('Content-Type', type)
    res.setHeader('Content-Encoding', copy.name)
    res.setHeader('ETag', etagOf(copy.stats))
    res.setHeader('Last-Modified', found.mtime.toUTCString())
    if (req.headers['if-none-match']?.split(/\s*,\s*/).includes(etagOf(copy.stats))) {
      res.writeHead(304).end()
      return true
    }
    res.setHeader('Content-Length', copy.stats.size)
    if (req.method === 'HEAD') {
      res.end()
      return true
    }
    await pipeline(createReadStream(copy.file), res).catch(() => res.destroy())
    return true
  }
}
