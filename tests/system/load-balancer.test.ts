/**
 * The load balancer of the scale profile and benchmark, over real sockets: requests spread over the
 * processes, a process that is gone is skipped without losing or repeating a request.
 */
import http from 'node:http'
import { afterEach, expect, test } from 'vitest'

import { type LoadBalancer, startLoadBalancer } from '../../scripts/loadBalancer'

interface Upstream {
  url: string
  bodies: string[]
  close: () => Promise<void>
}

/** A process that answers with its name and keeps the bodies it received. */
const upstream = async (name: string): Promise<Upstream> => {
  const bodies: string[] = []
  const server = http.createServer((req, res) => {
    let body = ''
    req.on('data', (chunk) => (body += chunk))
    req.on('end', () => {
      bodies.push(body)
      res.writeHead(200, { 'content-type': 'text/plain' }).end(name)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  return {
    url: `http://127.0.0.1:${port}`,
    bodies,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

let opened: Array<{ close: () => Promise<void> }> = []
afterEach(async () => {
  for (const server of opened) await server.close().catch(() => {})
  opened = []
})

const post = (balancer: LoadBalancer, body: string) =>
  fetch(balancer.url, { method: 'POST', body }).then(async (r) => ({
    status: r.status,
    from: await r.text(),
  }))

test('spreads requests round robin over the processes', async () => {
  const [a, b] = [await upstream('a'), await upstream('b')]
  const balancer = await startLoadBalancer(0, [a.url, b.url])
  opened.push(a, b, balancer)

  const answers = []
  for (let i = 0; i < 4; i++) answers.push((await post(balancer, `r${i}`)).from)

  expect(answers).toEqual(['a', 'b', 'a', 'b'])
  expect([...a.bodies, ...b.bodies].sort()).toEqual(['r0', 'r1', 'r2', 'r3'])
})

test('a process that is gone is skipped: every request is answered once, by the other', async () => {
  const [a, b] = [await upstream('a'), await upstream('b')]
  const balancer = await startLoadBalancer(0, [a.url, b.url])
  opened.push(a, balancer)
  await b.close()

  const answers = []
  for (let i = 0; i < 6; i++) answers.push(await post(balancer, `r${i}`))

  expect(answers.every((answer) => answer.status === 200 && answer.from === 'a')).toBe(true)
  expect(a.bodies).toEqual(['r0', 'r1', 'r2', 'r3', 'r4', 'r5'])
  expect(b.bodies).toEqual([])
})

test('with every process gone it answers 502 with Retry-After, not an error of its own', async () => {
  const a = await upstream('a')
  const balancer = await startLoadBalancer(0, [a.url])
  opened.push(balancer)
  await a.close()

  const response = await fetch(balancer.url)
  expect(response.status).toBe(502)
  expect(response.headers.get('retry-after')).toBe('1')
})
