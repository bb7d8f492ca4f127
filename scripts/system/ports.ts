import { createServer } from 'node:net'

/** A port that is free right now on the loopback interface. */
export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })

/** Waits until `url` answers at all (any HTTP status), or fails after `timeoutMs`. */
export const waitForHttp = async (
  url: string,
  timeoutMs: number,
  isDead: () => boolean = () => false,
) => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (isDead()) throw new Error(`The process behind ${url} exited before it was ready.`)
    try {
      await fetch(url, { redirect: 'manual' })
      return
    } catch {
      await new Promise((r) => setTimeout(r, 250))
    }
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s.`)
}
