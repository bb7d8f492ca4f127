import { type ChildProcess, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { readdir, rename, rm, symlink } from 'node:fs/promises'
import { createServer } from 'node:http'
import path from 'node:path'

import { stopChild, track } from './children'
import { repoRoot, type RunningProcess } from './cms'
import { freePort } from './ports'
import { withoutSecretsOf } from './secrets'

const siteDir = path.join(repoRoot, 'site')
const outputRoot = path.join(siteDir, '.output')
/**
 * Each build of a running site goes to a folder of its own (inside site/, where its packages
 * resolve); `.output/<port>` links to the one being served.
 */
const buildDir = (port: number, generation: number) =>
  path.join(outputRoot, `${port}-${generation}`)
const liveLink = (port: number) => path.join(outputRoot, String(port))

/** Points `link` at `target` in one step (a new link renamed over the old one). */
const pointAt = async (link: string, target: string) => {
  const next = `${link}.next`
  await rm(next, { force: true })
  await symlink(target, next)
  await rename(next, link)
}

/** What an earlier run on this port left: every build and the link. */
const removeBuilds = async (port: number) => {
  if (!existsSync(outputRoot)) return
  for (const name of await readdir(outputRoot))
    if (name === String(port) || name.startsWith(`${port}-`) || name === `${port}.next`)
      await rm(path.join(outputRoot, name), { recursive: true, force: true })
}

/** Waiting times on the static pages come from the build; rebuild at least this often. */
const refreshEveryMs = 6 * 60 * 60 * 1000

const buildInto = (
  outDir: string,
  env: NodeJS.ProcessEnv,
  log: (line: string) => void,
  onStart: (build: ChildProcess) => void = () => {},
) =>
  new Promise<void>((resolve, reject) => {
    const child = track(
      spawn(path.join(repoRoot, 'node_modules/.bin/astro'), ['build'], {
        cwd: siteDir,
        // A build is always a production build, also when the caller runs under a test runner.
        env: {
          ...env,
          NODE_ENV: 'production',
          SITE_OUT_DIR: outDir,
          ASTRO_TELEMETRY_DISABLED: '1',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    )
    onStart(child)
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('close', (code) => {
      if (code === 0) return resolve()
      log(output)
      reject(new Error(`The site build failed (exit code ${code}).`))
    })
  })

/**
 * What the site's server runs with: the outbox folder, and only the site's own secrets. Never the key
 * that opens the outbox (so what the site keeps on disk stays unreadable to the site itself).
 */
export const siteServerEnv = (env: NodeJS.ProcessEnv, outboxDir: string): NodeJS.ProcessEnv => ({
  ...withoutSecretsOf(env, 'site'),
  OUTBOX_DIR: outboxDir,
})

/**
 * A server on a built site, resolved once it listens. Several can serve one build (the scale
 * benchmark runs two), and a new one can listen beside the old on the same port (site/server.mjs
 * shares the port), so a rebuilt site is swapped in without a moment of refused connections.
 */
export const serveBuiltSite = async (
  builtDir: string,
  { port, host }: { port: number; host: string },
  env: NodeJS.ProcessEnv,
  log: (line: string) => void,
) => {
  // The site's own server: Astro's handler behind the security headers (site/server.mjs).
  const child = track(
    spawn(process.execPath, [path.join(siteDir, 'server.mjs'), builtDir], {
      cwd: siteDir,
      env: { ...env, HOST: host, PORT: String(port), NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  )
  const forward = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) if (line.trim()) log(`site: ${line}`)
  }
  child.stdout.on('data', forward)
  child.stderr.on('data', forward)
  // Its own word, not an answer on the port: the old server may still be answering there.
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('The site did not start within 30 s.')), 30_000)
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Serving ')) {
        clearTimeout(timer)
        resolve()
      }
    })
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`The site's server exited before it was ready (exit code ${code}).`))
    })
  })
  return child
}

export interface RunningSite extends RunningProcess {
  /**
   * A link to the built site being served (`node site/server.mjs <outDir>` starts another server on
   * it); a rebuild points it at the new build.
   */
  outDir: string
  /** The site's outbox: referrals kept, sealed, while the CMS could not take them. */
  outboxDir: string
  /** Rebuild now and swap the served site; resolves when the new pages are live. */
  rebuild: () => Promise<void>
}

/**
 * The public site as a user gets it: built from the running CMS, served by the Node adapter, and
 * rebuilt on request. A rebuild goes to a fresh folder and is swapped in only when it succeeded, so a
 * failed build never takes the site down: its server starts beside the old one, which then finishes
 * what it is answering and stops. Requests for a rebuild that arrive during one are folded into one more.
 */
export const startSite = async (options: {
  port: number
  /** The address to listen on: loopback unless a container publishes the port. */
  host?: string
  env: NodeJS.ProcessEnv
  /** Kept across restarts and rebuilds: what it holds was promised to residents. */
  outboxDir: string
  log: (line: string) => void
}): Promise<RunningSite> => {
  const { log, outboxDir } = options
  const address = { port: options.port, host: options.host ?? '127.0.0.1' }
  const env = siteServerEnv(options.env, outboxDir)
  const link = liveLink(address.port)
  await removeBuilds(address.port)
  let generation = 1
  let current = buildDir(address.port, generation)
  await buildInto(current, env, log)
  await pointAt(link, current)
  let server = await serveBuiltSite(current, address, env, log)

  let running: Promise<void> | undefined
  let again = false
  let stopped = false
  let build: ChildProcess | undefined
  const rebuildOnce = async () => {
    const next = buildDir(address.port, ++generation)
    await buildInto(next, env, log, (started) => (build = started)).catch(async (error) => {
      await rm(next, { recursive: true, force: true })
      throw error
    })
    if (stopped) return rm(next, { recursive: true, force: true })
    const old = { server, dir: current }
    server = await serveBuiltSite(next, address, env, log)
    current = next
    await pointAt(link, next)
    await stopChild(old.server)
    await rm(old.dir, { recursive: true, force: true })
    log('The public site was rebuilt with the latest published content.')
  }
  const rebuild = async (): Promise<void> => {
    if (stopped) return
    if (running) {
      again = true
      return running
    }
    running = rebuildOnce()
      .catch((error: Error) => {
        if (!stopped)
          log(`Site rebuild failed, the previous version stays online: ${error.message}`)
      })
      .finally(() => {
        running = undefined
        if (again) {
          again = false
          void rebuild()
        }
      })
    return running
  }
  const refresh = setInterval(() => void rebuild(), refreshEveryMs).unref()

  return {
    url: `http://localhost:${address.port}`,
    outDir: link,
    outboxDir,
    rebuild,
    stop: async () => {
      stopped = true
      clearInterval(refresh)
      // A rebuild under way is cut short: its output would be thrown away below.
      if (build) await stopChild(build)
      await running
      await stopChild(server)
      // Every start builds afresh, so nothing of a stopped site is worth keeping.
      await removeBuilds(address.port)
    },
  }
}

export interface RebuildHook {
  /** What the CMS calls after publishing: SITE_REBUILD_HOOK_URL with SITE_REBUILD_HOOK_TOKEN. */
  url: string
  token: string
  onRequest: (handler: () => void) => void
  stop: () => Promise<void>
}

/**
 * The local stand-in for a deploy pipeline's build hook. It listens before the CMS starts (the CMS
 * needs its address) and is connected to the site once that is built. A site in a container listens
 * on a given port with the token the CMS is given; `npm start` draws both.
 */
export const listenForRebuilds = async ({
  token = randomBytes(24).toString('hex'),
  host = '127.0.0.1',
  port,
}: { token?: string; host?: string; port?: number } = {}): Promise<RebuildHook> => {
  let handler = () => {}
  const server = createServer((req, res) => {
    const accepted = req.method === 'POST' && req.headers.authorization === `Bearer ${token}`
    res.writeHead(accepted ? 202 : 403).end()
    if (accepted) handler()
  })
  const listenOn = port ?? (await freePort())
  await new Promise<void>((resolve) => server.listen(listenOn, host, resolve))
  return {
    url: `http://127.0.0.1:${listenOn}/rebuild`,
    token,
    onRequest: (next) => (handler = next),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
