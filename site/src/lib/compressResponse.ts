import { Duplex } from 'node:stream'
import { constants, createBrotliCompress, createGzip } from 'node:zlib'

import { chooseEncoding } from '../../encoding.mjs'

/**
 * Fast settings: an on-demand page is compressed as it is sent, for every request. Brotli's quality
 * 5 makes the form page (≈ 50 kB) about as small as gzip's best, in a millisecond or two.
 */
const compressors = {
  br: () =>
    createBrotliCompress({
      params: {
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_QUALITY]: 5,
      },
    }),
  gzip: () => createGzip({ level: 6 }),
}

/**
 * An on-demand HTML page compressed in the encoding the browser accepts best (built files come
 * compressed from the build: server.mjs). Other responses, and ones already encoded, go as they are.
 */
export const compressResponse = (request: Request, response: Response): Response => {
  const html = response.headers.get('content-type')?.startsWith('text/html')
  if (!response.body || !html || response.headers.has('content-encoding')) return response
  const headers = new Headers(response.headers)
  headers.append('vary', 'Accept-Encoding')
  const encoding = chooseEncoding(
    request.headers.get('accept-encoding'),
    Object.keys(compressors),
  ) as keyof typeof compressors | undefined
  if (encoding) {
    headers.set('content-encoding', encoding)
    headers.delete('content-length')
  }
  const body = encoding
    ? response.body.pipeThrough(
        Duplex.toWeb(compressors[encoding]()) as TransformStream<Uint8Array, Uint8Array>,
      )
    : response.body
  return new Response(body, { status: response.status, statusText: response.statusText, headers })
}
