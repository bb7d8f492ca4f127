import type { OutboxLetter } from '@stodportalen/support-services/domain'

import { seal, sealingKey } from '@stodportalen/support-services/sealed-box'
import { randomBytes } from 'node:crypto'
import { mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises'
import path from 'node:path'

/**
 * The site's durable outbox: referrals the person was told are received while the CMS or its database
 * could not take them. Each one is a file sealed to the CMS's public key (only the CMS can open it),
 * written so that it survives a crash the moment the person is told: temp file, fsync, rename, fsync
 * of the folder.
 *
 * Layout of OUTBOX_DIR (several site processes may share it):
 *   <queuedAt>-<reference>-<random>.sealed   waiting to be delivered
 *   .incoming/                              being written (never delivered from here)
 *   claimed/<name>@<claimedAt>              being delivered by one process (taken by rename)
 *   dead/<name>                             refused by the CMS as invalid (should never happen)
 * The reference is in the name so a log line can say which referral, and nothing else about it.
 */
export interface OutboxConfig {
  dir: string
  /** The CMS's public key: base64 DER spki (OUTBOX_PUBLIC_KEY). */
  publicKey: string
}

/** The outbox from the environment, or null when it is not configured (then the site says "try again"). */
export const outboxFromEnv = (env = process.env): OutboxConfig | null =>
  env.OUTBOX_DIR && env.OUTBOX_PUBLIC_KEY
    ? { dir: path.resolve(env.OUTBOX_DIR), publicKey: env.OUTBOX_PUBLIC_KEY }
    : null

const folders = (dir: string) => ({
  incoming: path.join(dir, '.incoming'),
  claimed: path.join(dir, 'claimed'),
  dead: path.join(dir, 'dead'),
})

const itemPattern = /^(\d{13})-([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{3})-[0-9a-f]{8}\.sealed$/

/** The reference an item is for, from its name (never from inside the box: the site cannot open it). */
export const referenceOf = (name: string) => itemPattern.exec(name.split('@')[0])?.[2] ?? 'unknown'

const ensureFolders = async (dir: string) => {
  for (const folder of [dir, ...Object.values(folders(dir))])
    await mkdir(folder, { recursive: true, mode: 0o700 })
}

/** Makes a rename or removal in `dir` itself durable. */
const syncFolder = async (dir: string) => {
  const handle = await open(dir, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT'

/**
 * Seals a letter and stores it durably; resolves only once it would survive a power cut. Throws when
 * it cannot (disk full, no permission): then the person must not be told it was received.
 */
export async function putInOutbox(
  config: OutboxConfig,
  letter: OutboxLetter & { submission: { reference: string } },
) {
  await ensureFolders(config.dir)
  const sealed = seal(sealingKey(config.publicKey), Buffer.from(JSON.stringify(letter)))
  const name = `${Date.parse(letter.queuedAt)}-${letter.submission.reference}-${randomBytes(4).toString('hex')}.sealed`
  const temp = path.join(folders(config.dir).incoming, name)
  const file = await open(temp, 'wx', 0o600)
  try {
    await file.writeFile(sealed)
    await file.sync()
  } finally {
    await file.close()
  }
  await rename(temp, path.join(config.dir, name))
  await syncFolder(config.dir)
  return name
}

/** Items waiting for delivery, oldest first. */
export async function waitingItems(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((name) => itemPattern.test(name)).sort()
  } catch (error) {
    if (isMissing(error)) return []
    throw error
  }
}

export interface Claim {
  name: string
  file: string
  read: () => Promise<Buffer>
  /** Delivered: gone for good. */
  done: () => Promise<void>
  /** Not delivered this time: back in the queue. */
  release: () => Promise<void>
  /** Refused as invalid: moved aside for a person to look at, never retried by itself. */
  bury: () => Promise<void>
}

/**
 * Takes an item for delivery by renaming it into claimed/: of several processes that try, exactly one
 * succeeds; null for the others.
 */
export async function claim(dir: string, name: string, now = Date.now()): Promise<Claim | null> {
  const { claimed, dead } = folders(dir)
  const file = path.join(claimed, `${name}@${now}`)
  try {
    await rename(path.join(dir, name), file)
  } catch (error) {
    if (isMissing(error)) return null
    throw error
  }
  return {
    name,
    file,
    read: () => readFile(file),
    done: () => rm(file, { force: true }),
    release: () =>
      rename(file, path.join(dir, name)).catch((error) =>
        isMissing(error) ? undefined : Promise.reject(error),
      ),
    bury: async () => {
      await mkdir(dead, { recursive: true, mode: 0o700 })
      await rename(file, path.join(dead, name))
      await syncFolder(dead)
    },
  }
}

/**
 * Puts back claims a process took and never finished (it crashed or was stopped mid-delivery). A
 * delivery that was in fact done is then delivered again, which the CMS answers idempotently.
 */
export async function returnStaleClaims(dir: string, olderThanMs: number, now = Date.now()) {
  const { claimed } = folders(dir)
  let names: string[]
  try {
    names = await readdir(claimed)
  } catch (error) {
    if (isMissing(error)) return 0
    throw error
  }
  let returned = 0
  for (const entry of names) {
    const [name, claimedAt] = entry.split('@')
    if (!itemPattern.test(name) || now - Number(claimedAt) < olderThanMs) continue
    try {
      await rename(path.join(claimed, entry), path.join(dir, name))
      returned++
    } catch (error) {
      if (!isMissing(error)) throw error
    }
  }
  return returned
}

/** Half-written files of a crashed write: the person was never told, so they are safe to drop. */
export async function dropAbandonedWrites(dir: string, olderThanMs: number, now = Date.now()) {
  const { incoming } = folders(dir)
  for (const name of await readdir(incoming).catch(() => [] as string[])) {
    const file = path.join(incoming, name)
    const info = await stat(file).catch(() => null)
    if (info && now - info.mtimeMs > olderThanMs) await rm(file, { force: true })
  }
}

/** How many items wait, are being delivered, or were refused (for tests, benchmarks and health). */
export async function outboxCounts(dir: string) {
  const count = async (folder: string) => (await readdir(folder).catch(() => [] as string[])).length
  const { claimed, dead } = folders(dir)
  return {
    waiting: (await waitingItems(dir)).length,
    claimed: await count(claimed),
    dead: await count(dead),
  }
}
