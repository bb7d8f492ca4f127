/**
 * The container stack without a container engine: docker-compose.yml and the Dockerfiles are read and
 * checked against what the processes need (scripts/system/secrets.ts) and what `npm start` runs.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { parse } from 'yaml'

import { repoRoot } from '../../scripts/system/cms'
import {
  newDeploymentSecrets,
  type Process,
  requiredVariables,
  secretHolders,
} from '../../scripts/system/secrets'

interface ComposeService {
  build?: { context: string; dockerfile: string }
  command?: string[]
  environment?: Record<string, string>
  image?: string
  profiles?: string[]
}
const compose = parse(readFileSync(path.join(repoRoot, 'docker-compose.yml'), 'utf8'), {
  merge: true,
}) as { services: Record<string, ComposeService> }
const services = Object.entries(compose.services)
/** Which of our processes a service runs, from the Dockerfile it is built from. */
const processOf = (service: ComposeService): Process | null =>
  service.command
    ? null
    : ((service.build?.dockerfile.split('/')[0] as Process | undefined) ?? null)

const read = (file: string) => readFileSync(path.join(repoRoot, file), 'utf8')
const ignored = read('.dockerignore')
  .split('\n')
  .filter((line) => line && !line.startsWith('#'))
/** Whether .dockerignore keeps `file` out of the build context (its patterns as used here). */
const isIgnored = (file: string) => {
  let out = false
  for (const line of ignored) {
    const keep = line.startsWith('!')
    const pattern = line.replace(/^!/, '').replace(/^\*\*\//, '')
    const matches = pattern.endsWith('/*')
      ? file.startsWith(pattern.slice(0, -1))
      : file === pattern || file.startsWith(`${pattern}/`) || file.split('/').includes(pattern)
    if (matches) out = !keep
  }
  return out
}

describe('docker-compose.yml', () => {
  test.each(services.filter(([, s]) => s.build))(
    '%s: its Dockerfile exists and copies only files the build context has',
    (_, service) => {
      const dockerfile = read(service.build!.dockerfile)
      const sources = [...dockerfile.matchAll(/^COPY (?!--from)(?:--\S+ )*(.+) \S+$/gm)].flatMap(
        ([, files]) => files.split(' '),
      )
      expect(sources.length).toBeGreaterThan(0)
      for (const source of sources) {
        expect(existsSync(path.join(repoRoot, service.build!.context, source)), source).toBe(true)
        expect(isIgnored(source), `${source} is left out by .dockerignore`).toBe(false)
      }
    },
  )

  test.each(services.filter(([, s]) => processOf(s)))(
    '%s: is given every variable its process needs, and no secret it must not hold',
    (name, service) => {
      const process = processOf(service)!
      const given = Object.keys(service.environment ?? {})
      const missing = requiredVariables[process].filter((variable) => !given.includes(variable))
      expect(missing, `${name} lacks`).toEqual([])
      const notItsOwn = given.filter((v) => secretHolders[v] && !secretHolders[v].includes(process))
      expect(notItsOwn, `${name} must not hold`).toEqual([])
    },
  )

  test('every value it asks for is one `npm run keys -- env` makes', () => {
    const asked = [...read('docker-compose.yml').matchAll(/\$\{(\w+):\?/g)].map(([, v]) => v)
    const made = Object.keys(newDeploymentSecrets())
    expect(new Set(asked)).toEqual(new Set(made))
  })

  test('the processes run what `npm start` runs', () => {
    // The CMS: `next build`, then `next start` (scripts/system/cms.ts).
    expect(read('cms/Dockerfile')).toMatch(/npx next build/)
    expect(read('cms/Dockerfile')).toMatch(/CMD \[".*\/next", "start"/)
    expect(read('scripts/system/cms.ts')).toMatch(/bin\('next'\), \['start'/)
    // The site: the same build, server and rebuilder as `npm start` (startSite).
    expect(read('site/Dockerfile')).toMatch(/CMD \["node", "--import", "tsx", "scripts\/site.ts"\]/)
    expect(read('scripts/site.ts')).toMatch(/await startSite\(/)
    expect(read('scripts/system/index.ts')).toMatch(/await startSite\(/)
  })

  test('the balancers of the scale profile spread over services the file has', () => {
    const balancers = services.filter(([, s]) => s.command?.includes('scripts/loadBalancer.ts'))
    expect(balancers.map(([name]) => name).sort()).toEqual(['cms-balancer', 'site-balancer'])
    for (const [, balancer] of balancers) {
      const upstreams = balancer.command!.filter((part) => part.startsWith('http://'))
      expect(upstreams).toHaveLength(2)
      for (const upstream of upstreams)
        expect(Object.keys(compose.services)).toContain(new URL(upstream).hostname)
    }
  })
})

test('scripts/site.ts names what is missing instead of starting half-configured', () => {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/site.ts'], {
    cwd: repoRoot,
    env: { PATH: process.env.PATH, NODE_ENV: 'production' },
    encoding: 'utf8',
  })
  expect(run.status, run.stderr).toBe(2)
  for (const variable of requiredVariables.site) expect(run.stderr).toContain(variable)
})
