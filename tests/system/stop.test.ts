/**
 * `npm start` as a service manager runs it: detached, in a process group of its own, without a
 * terminal or stdin. Whichever signal arrives, at the start script alone or at its whole group, every
 * process of the system (PostgreSQL and its backends, next-server, the site's server, any build)
 * stops within 10 s — a service manager's usual patience before SIGKILL — and the script says
 * "Stopped.". The cases share one data folder, so only the first one initialises and seeds it.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { chmod, mkdtemp, rm } from 'node:fs/promises'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { repoRoot } from '../../scripts/system/cms'
import { freePort } from '../../scripts/system/ports'
import { secretNames } from '../../scripts/system/secrets'
import {
  allProcesses,
  environmentOf,
  type ProcessInfo,
  processTree,
  stillRuns,
} from '../support/processes'

const stopWithinMs = 10_000

let dataDir: string
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'stodportalen-stop-'))
  await chmod(dataDir, 0o755) // the embedded server runs as the OS user `postgres` when tests run as root
})
afterAll(() => rm(dataDir, { recursive: true, force: true }))

const waitFor = async (done: () => boolean, timeoutMs: number) => {
  const deadline = Date.now() + timeoutMs
  while (!done() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100))
  return done()
}

const answers = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1')
    const done = (open: boolean) => {
      socket.destroy()
      resolve(open)
    }
    socket.once('connect', () => done(true)).once('error', () => done(false))
  })

/** `npm start` on free ports, its own data folder and none of the developer's settings; resolves when it is ready. */
const startLikeAServiceManager = async () => {
  const ports = {
    CMS_PORT: await freePort(),
    SITE_PORT: await freePort(),
    POSTGRES_PORT: await freePort(),
  }
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    JOBS_AUTORUN: 'false',
    ...Object.fromEntries(Object.entries(ports).map(([k, v]) => [k, String(v)])),
  }
  for (const name of [
    'DATABASE_URL',
    ...secretNames,
    'SMTP_HOST',
    'MAIL_DIR',
    'AUDIT_SPOOL_DIR',
    'OUTBOX_DIR',
    'MEDIA_DIR',
    'DOCUMENTS_DIR',
  ])
    delete env[name]
  const npm = spawn('npm', ['start'], {
    cwd: repoRoot,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const run = { npm, ports, output: '', closed: false }
  npm.stdout.on('data', (chunk) => (run.output += chunk))
  npm.stderr.on('data', (chunk) => (run.output += chunk))
  // Closed once every process that holds the pipe (npm, the start script) has ended.
  npm.stdout.once('close', () => (run.closed = true))
  const ready = await waitFor(
    () => run.output.includes('Stödportalen is running.') || npm.exitCode !== null,
    300_000,
  )
  if (!ready || npm.exitCode !== null)
    throw new Error(`npm start did not get ready:\n${run.output}`)
  return run
}

/** The processes of one running system: what `npm start` started, and whatever carries its data folder. */
const systemProcesses = (npm: ChildProcess) => {
  const known = new Map<number, ProcessInfo>()
  const belongs = (p: ProcessInfo) => environmentOf(p.pid).includes(`DATA_DIR=${dataDir}`)
  const look = () => {
    const now = allProcesses()
    // What runs under npm, then under everything seen so far (children started since, orphans kept).
    const roots =
      known.size === 0
        ? now.filter((p) => p.pid === npm.pid)
        : [...known.values()].filter(stillRuns)
    for (const p of [
      ...roots.flatMap((root) => processTree(root.pid, now)),
      ...now.filter(belongs),
    ])
      if (!known.has(p.pid)) known.set(p.pid, p)
    return [...known.values()].filter(stillRuns)
  }
  return look
}

describe.skipIf(process.platform !== 'linux')('npm start stops', () => {
  const targets = { group: 'its process group', parent: 'the npm process alone' } as const
  const cases = (['SIGINT', 'SIGTERM', 'SIGHUP'] as const).flatMap((signal) =>
    (['group', 'parent'] as const).map((to) => ({ signal, to, target: targets[to] })),
  )

  test.for(cases)('$signal to $target: no process left, "Stopped."', async ({ signal, to }) => {
    const run = await startLikeAServiceManager()
    const running = systemProcesses(run.npm)
    const before = running()
    const commands = before.map((p) => p.command).join('\n')
    for (const part of [/postgres -D/, /next-server/, /site\/server\.mjs/])
      expect(commands, 'what the system runs').toMatch(part)

    const sentAt = Date.now()
    process.kill(to === 'group' ? -run.npm.pid! : run.npm.pid!, signal)
    await waitFor(() => running().length === 0 && run.closed, stopWithinMs)
    const left = running()
    try {
      const tookMs = Date.now() - sentAt
      console.log(`${signal} to the ${to}: ${before.length} processes stopped in ${tookMs} ms`)
      expect(
        left.map((p) => `${p.pid} ${p.command}`),
        `still running ${stopWithinMs / 1000} s after ${signal}; npm start said:\n${run.output}`,
      ).toEqual([])
      expect(run.output, 'the start script ends with "Stopped."').toMatch(/Stopping…\nStopped\./)
      for (const [name, port] of Object.entries(run.ports))
        expect(await answers(port), `${name} ${port} still answers`).toBe(false)
    } finally {
      for (const p of left) process.kill(p.pid, 'SIGKILL')
    }
  })
})
