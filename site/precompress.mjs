/**
 * Compression at build time: once `astro build` is done, every text file of the built site (pages,
 * scripts, styles, SVG) gets a brotli (`.br`) and a gzip (`.gz`) copy beside it, so the server
 * (staticFiles.mjs) sends compressed bytes without compressing on each request. Node's own zlib.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'

import { encodings } from './encoding.mjs'

/** The files worth compressing, by extension, with the type they are sent as (as Astro's server sends them). */
export const compressibleTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
}

const brotli = promisify(brotliCompress)
const gzipAsync = promisify(gzip)

/**
 * Hashed assets change rarely and are cached for a year: worth the slowest, smallest settings. Pages
 * are all rebuilt on every publish: brotli's quality 6 takes about 1 ms a page where 11 takes 30–40 ms,
 * for pages 8 % larger, and gzip's level 6 is as small as 9 on them (measured on the site's pages;
 * `npm run bench -- site` times the whole build).
 */
const settings = {
  asset: { brotli: constants.BROTLI_MAX_QUALITY, gzip: constants.Z_BEST_COMPRESSION },
  page: { brotli: 6, gzip: 6 },
}

const compressors = (file, size) => {
  const { brotli: quality, gzip: level } =
    settings[file.includes(`${path.sep}_astro${path.sep}`) ? 'asset' : 'page']
  return {
    br: (data) =>
      brotli(data, {
        params: {
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_QUALITY]: quality,
          [constants.BROTLI_PARAM_SIZE_HINT]: size,
        },
      }),
    gzip: (data) => gzipAsync(data, { level }),
  }
}

/** Writes the compressed copies of one file, each only when it is smaller than the file itself. */
const compressFile = async (file) => {
  const data = await readFile(file)
  const compress = compressors(file, data.length)
  let written = 0
  for (const { name, suffix } of encodings) {
    const compressed = await compress[name](data)
    if (compressed.length >= data.length) continue
    await writeFile(`${file}${suffix}`, compressed)
    written += 1
  }
  return written
}

/** Compresses every text file under `dir`, a few at a time (zlib works on libuv's thread pool). */
export const compressDirectory = async (dir) => {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  const files = entries
    .filter((entry) => entry.isFile() && Object.hasOwn(compressibleTypes, path.extname(entry.name)))
    .map((entry) => path.join(entry.parentPath, entry.name))
  let next = 0
  let written = 0
  const worker = async () => {
    while (next < files.length) written += await compressFile(files[next++])
  }
  await Promise.all(Array.from({ length: Math.max(2, availableParallelism()) }, worker))
  return { files: files.length, written }
}

/** The Astro integration: compresses the client folder once the build is done. */
export const precompress = () => ({
  name: 'precompress',
  hooks: {
    'astro:build:done': async ({ dir, logger }) => {
      const started = performance.now()
      const { files, written } = await compressDirectory(fileURLToPath(dir))
      logger.info(
        `${written} brotli and gzip copies of ${files} files in ${Math.round(performance.now() - started)} ms`,
      )
    },
  },
})
