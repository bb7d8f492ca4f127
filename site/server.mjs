/**
 * The public site's server: Astro's own standalone handler (prerendered pages, assets and the
 * on-demand routes), with the security headers (securityHeaders.mjs) on every response. Astro's
 * middleware runs for on-demand routes only, and the adapter serves prerendered files itself, so the
 * headers are set here. Built files go out compressed at build time, with cache headers by kind
 * (staticFiles.mjs); the adapter sends none of them compressed.
 *
 * `node site/server.mjs [built site folder]` (default `site/dist`); HOST and PORT as for Astro's server.
 */
import http from 'node:http'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { securityHeaders } from './securityHeaders.mjs'
import { staticFiles } from './staticFiles.mjs'

// Load Astro's server without letting it listen: this one does.
process.env.ASTRO_NODE_AUTOSTART = 'disabled'
const outDir = path.resolve(process.argv[2] ?? path.join(import.meta.dirname, 'dist'))
const { handler } = await import(pathToFileURL(path.join(outDir, 'server', 'entry.mjs')).href)
const sendStatic = staticFiles(path.join(outDir, 'client'))

const host = process.env.HOST ?? 'localhost'
const port = Number(process.env.PORT ?? 4321)

const server = http.createServer(async (req, res) => {
  for (const [name, value] of Object.entries(securityHeaders)) res.setHeader(name, value)
  if (!(await sendStatic(req, res).catch(() => false))) handler(req, res)
})
// The port is shared (SO_REUSEPORT): a rebuilt site's server listens beside this one before this one
// stops, so the swap refuses no connection.
server.listen({ port, host, reusePort: true }, () =>
  console.log(`Serving ${outDir} at http://${host}:${port}`),
)

// Stopping: no new connections, what is being answered is finished (within 5 s), then exit.
const stop = () => {
  server.close(() => process.exit(0))
  server.closeIdleConnections()
  setTimeout(() => process.exit(0), 5000).unref()
}
process.once('SIGTERM', stop)
process.once('SIGINT', stop)
