/**
 * A small HTTP load balancer for several CMS or site processes: round robin, and a process that
 * refuses connections is skipped for a while and the request goes to the next. Only a request that
 * never reached a process is retried, so nothing a process received is sent twice (the submit path
 * is idempotent all the same). For the compose file's scale profile and `npm run bench -- scale`;
 * in production a managed load balancer does this.
 *
 *   node --import tsx scripts/loadBalancer.ts <port> <upstream URL> [<upstream URL>…]
 */
import http from 'node:http'
import { fileURLToPath } from 'node:url'

/** How long a process that refused a connection is left out before it is tried again. */
const restMs = 2_000
/** What one request may carry: the largest upload (UPLOAD_MAX_MB) and some. */
const maxBodyBytes = 64 * 1024 * 1024

export interface LoadBalancer {
  url: string
  /** Requests each upstream answered, by URL. */
  served: Map<string, number>
  close: () => Promise<void>
}

const readBody = (req: http.IncomingMessage) =>
  new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > maxBodyBytes) req.destroy(new Error('too large'))
      else chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })

/** Sends the request to one upstream; rejects with `unreached` when it could not connect at all. */
const forward = (
  upstream: URL,
  req: http.IncomingMessage,
  body: Buffer,
  res: http.ServerResponse,
  clientAddress: string,
) =>
  new Promise<void>((resolve, reject) => {
    const headers = { ...req.headers, 'x-forwarded-for': clientAddress }
    const out = http.request(
      { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(res)
        answer.on('end', resolve)
        answer.on('error', resolve)
      },
    )
    // A kept-alive socket is connected already: what fails on it may have reached the process.
    let connected = false
    out.on('socket', (socket) => {
      if (socket.connecting) socket.once('connect', () => (connected = true))
      else connected = true
    })
    out.on('error', (error) => reject(Object.assign(error, { unreached: !connected })))
    out.end(body)
  })

export const startLoadBalancer = async (
  port: number,
  upstreamUrls: string[],
  host = '127.0.0.1',
): Promise<LoadBalancer> => {
  const upstreams = upstreamUrls.map((url) => ({ url: new URL(url), restingUntil: 0 }))
  const served = new Map(upstreamUrls.map((url) => [new URL(url).href, 0]))
  let next = 0

  const server = http.createServer(async (req, res) => {
    const body = await readBody(req).catch(() => null)
    if (!body) return void res.writeHead(413).end()
    const clientAddress = req.socket.remoteAddress ?? ''
    for (let tried = 0; tried < upstreams.length; tried++) {
      const upstream = upstreams[next++ % upstreams.length]
      if (upstream.restingUntil > Date.now() && tried < upstreams.length - 1) continue
      try {
        await forward(upstream.url, req, body, res, clientAddress)
        served.set(upstream.url.href, (served.get(upstream.url.href) ?? 0) + 1)
        return
      } catch (error) {
        if (!(error as { unreached?: boolean }).unreached || res.headersSent) break
        upstream.restingUntil = Date.now() + restMs
      }
    }
    if (!res.headersSent) res.writeHead(502, { 'retry-after': '1' })
    res.end()
  })
  await new Promise<void>((resolve) => server.listen(port, host, resolve))
  const { port: listening } = server.address() as { port: number }
  return {
    url: `http://localhost:${listening}`,
    served,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [port, ...upstreams] = process.argv.slice(2)
  if (!port || upstreams.length === 0) {
    console.error('Usage: loadBalancer.ts <port> <upstream URL> [<upstream URL>…]')
    process.exit(2)
  }
  const balancer = await startLoadBalancer(Number(port), upstreams, '0.0.0.0')
  console.log(`Balancing port ${port} over ${upstreams.join(', ')}`)
  process.on('SIGTERM', () => void balancer.close().then(() => process.exit(0)))
}
