import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { stopChild, track } from './children'
import { waitForHttp } from './ports'

export const repoRoot = path.resolve(import.meta.dirname, '../..')
const cmsDir = path.join(repoRoot, 'cms')
const fingerprintFile = path.join(cmsDir, '.next', 'source-fingerprint')

const sourceFiles = async (dir: string): Promise<string[]> => {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  return entries
    .filter(
      (e) =>
        e.isFile() && !e.parentPath.includes('node_modules') && !e.parentPath.includes('.next'),
    )
    .map((e) => path.join(e.parentPath, e.name))
    .sort()
}

/** A hash of everything the CMS build depends on, so `npm start` rebuilds only when it changed. */
const sourceFingerprint = async () => {
  const files = [
    ...(await sourceFiles(path.join(cmsDir, 'src'))),
    ...(await sourceFiles(path.join(repoRoot, 'plugins'))),
    path.join(cmsDir, 'next.config.mjs'),
    path.join(repoRoot, 'package-lock.json'),
  ]
  const hash = createHash('sha256')
  for (const file of files) hash.update(file).update(await readFile(file))
  return hash.digest('hex')
}

const run = (
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  log: (line: string) => void,
) =>
  new Promise<void>((resolve, reject) => {
    const child = track(
      spawn(command, args, { cwd: cmsDir, env, stdio: ['ignore', 'pipe', 'pipe'] }),
    )
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('error', reject)
    child.on('close', (code) => {
      if (code === 0) return resolve()
      log(output)
      reject(new Error(`${command} ${args.join(' ')} failed with exit code ${code}`))
    })
  })

const bin = (name: string) => path.join(repoRoot, 'node_modules', '.bin', name)

/** Builds the admin (Next) when its sources changed since the last build. */
export const buildCmsIfChanged = async (env: NodeJS.ProcessEnv, log: (line: string) => void) => {
  const fingerprint = await sourceFingerprint()
  if (existsSync(fingerprintFile) && (await readFile(fingerprintFile, 'utf8')) === fingerprint)
    return false
  log('Building the CMS admin (about a minute the first time)…')
  await run(bin('payload'), ['generate:importmap'], env, log)
  await run(
    bin('next'),
    ['build'],
    { ...env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
    log,
  )
  await writeFile(fingerprintFile, fingerprint)
  return true
}

export interface RunningProcess {
  url: string
  stop: () => Promise<void>
}

export interface RunningCms extends RunningProcess {
  /** Stops the server, waits `downMs`, starts it again; resolves when it answers. */
  restart: (downMs?: number) => Promise<void>
  /** Kills the server at once (SIGKILL), as a crash would: nothing is finished or flushed. */
  crash: () => void
}

/** `next start` of the built CMS; resolves when it answers. */
export const startCms = async (options: {
  port: number
  env: NodeJS.ProcessEnv
  log: (line: string) => void
}): Promise<RunningCms> => {
  const url = `http://localhost:${options.port}`
  const serve = async () => {
    const child = track(
      spawn(bin('next'), ['start', '--port', String(options.port), '--hostname', '127.0.0.1'], {
        cwd: cmsDir,
        env: { ...options.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    )
    const forward = (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n')) if (line.trim()) options.log(`cms: ${line}`)
    }
    child.stdout.on('data', forward)
    child.stderr.on('data', forward)
    await waitForHttp(`${url}/api/users/me`, 60_000, () => child.exitCode !== null)
    return child
  }
  let child = await serve()
  return {
    url,
    stop: () => stopChild(child),
    crash: () => child.kill('SIGKILL'),
    restart: async (downMs = 0) => {
      await stopChild(child)
      await new Promise((resolve) => setTimeout(resolve, downMs))
      child = await serve()
    },
  }
}
