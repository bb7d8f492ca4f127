import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-postgres/drizzle'
import { appendFileSync } from 'node:fs'
import { appendFile, mkdir, readdir, readFile, rename, unlink } from 'node:fs/promises'
import path from 'node:path'

import type { ReadChannel, ReadCollection, ReadOperation } from '../domain'
import type { ReadAuditSettings } from '../sanitizeOptions'

import { drizzleRunner, type SqlRunner, tables } from './sql'

/** One read of one referral (or of its history) by one person: a row of the read audit. */
export interface AccessRecord {
  /** Unique per entry, so that a retried or re-ingested write is written once. */
  recordId: string
  /** When the read happened (not when the entry was written: that can be later, after a retry). */
  at: string
  userId: number
  /** A snapshot: the entry keeps its meaning when the account is removed. */
  userEmail: string | null
  /** Null for a count, or for an event read without its referral (then `eventId` finds it). */
  referralId: number | null
  referralReference: string | null
  /** An event read without its `referral` field (a `select` left it out): resolved when written. */
  eventId?: number | null
  readCollection: ReadCollection
  operation: ReadOperation
  through: ReadChannel
}

/**
 * One statement for any number of entries. The rows arrive as one JSON parameter and take the log
 * table's own row type, so its enum columns need no casts here. The reference comes from the referral
 * when the read did not return it, and an event's referral from the event; a referral deleted since
 * leaves its id and the reference the read saw. `ON CONFLICT DO NOTHING` on `record_id` makes a retry
 * after a write that did reach the database harmless.
 */
export const insertAccessRecordsSql = (payload: Payload, records: readonly AccessRecord[]) => {
  const { referralAccessLog: log, referrals, referralEvents: events } = tables
  const rows = records.map((r) => ({
    record_id: r.recordId,
    at: r.at,
    user_id: r.userId,
    user_email: r.userEmail,
    referral_id: r.referralId,
    referral_reference: r.referralReference,
    read_collection: r.readCollection,
    operation: r.operation,
    through: r.through,
    event_id: r.eventId ?? null,
  }))
  return sql`
    INSERT INTO ${log} (record_id, at, user_id, user_email, referral_id, referral_reference, read_collection, operation, through, updated_at, created_at)
    SELECT x.record_id, x.at, x.user_id, x.user_email, coalesce(x.referral_id::int, e.referral_id), coalesce(x.referral_reference, r.reference),
           x.read_collection, x.operation, x.through, now(), now()
    FROM json_array_elements(${JSON.stringify(rows)}::json) AS j
    CROSS JOIN LATERAL json_populate_record(null::${log}, j) AS x
    LEFT JOIN ${events} e ON x.referral_id IS NULL AND e.id = (j->>'event_id')::int
    LEFT JOIN ${referrals} r ON r.id = coalesce(x.referral_id::int, e.referral_id)
    ON CONFLICT (record_id) DO NOTHING`
}

/** "1 log entry", "3 log entries": the log says how many, never whose. */
const entries = (count: number) => `${count} log ${count === 1 ? 'entry' : 'entries'}`

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref())

const isAlive = (pid: number) => {
  if (pid === process.pid) return true
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** Spool files are `access-log-<pid>-<start>.jsonl`; a claimed one gets `.<pid>.ingesting` added. */
const spoolPattern = /^access-log-(\d+)-\d+\.jsonl(?:\.(\d+)\.ingesting)?$/
const insertBatch = 1000
const spoolRecheckMs = 5_000

/** A spool file's entries, and the lines that are not one (cut short when a process died mid-write). */
export function parseSpool(text: string): { records: AccessRecord[]; damaged: string[] } {
  const records: AccessRecord[] = []
  const damaged: string[] = []
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue
    try {
      const record = JSON.parse(line) as AccessRecord
      if (typeof record?.recordId === 'string' && typeof record.userId === 'number')
        records.push(record)
      else damaged.push(line)
    } catch {
      damaged.push(line)
    }
  }
  return { records, damaged }
}

/**
 * Writes the read audit without holding up the reads it logs, and without losing entries:
 *
 * - a read waits at most `waitMs` for its entries; the write goes on after the read has answered;
 * - a failed write is kept in memory and retried with growing pauses (one statement for everything
 *   waiting), and an error names how many entries wait (never who or which referral);
 * - when the retries are used up, or too many wait, the entries go to a JSON-lines file in `spoolDir`
 *   (also when the process exits with entries waiting), and the file is written to the database at
 *   the next start, or as soon as a later write succeeds.
 *
 * Writes use a pool connection of their own, never a request's transaction: an entry must not wait
 * for, or be rolled back with, someone else's work.
 */
export class ReadAudit {
  private readonly waitMs: number
  private readonly retryDelaysMs: readonly number[]
  private readonly maxPending: number
  private readonly spoolDir: string
  private readonly spoolFile: string
  private readonly runnerFor: (payload: Payload) => SqlRunner
  private pending: AccessRecord[] = []
  private retrying: Promise<void> | null = null
  private readonly writes = new Set<Promise<unknown>>()
  /** Spooling and ingesting one at a time, so this process never reads a file while it appends to it. */
  private fileWork: Promise<unknown> = Promise.resolve()
  private spoolMayHoldEntries = true
  private lastIngestAt = 0

  /** `runner`: where entries are written; the CMS's own database by default. Tests point it at a broken one. */
  constructor(
    settings: ReadAuditSettings,
    runner: (payload: Payload) => SqlRunner = drizzleRunner,
  ) {
    this.waitMs = settings.waitMs
    this.retryDelaysMs = settings.retryDelaysMs
    this.maxPending = settings.maxPending
    this.spoolDir = settings.spoolDir
    this.spoolFile = path.join(this.spoolDir, `access-log-${process.pid}-${Date.now()}.jsonl`)
    this.runnerFor = runner
    process.once('exit', () => this.spoolNow())
  }

  /** Logs the entries; resolves once they are written or after `waitMs`, whichever comes first. Never rejects. */
  record(payload: Payload, records: readonly AccessRecord[]): Promise<void> {
    if (records.length === 0) return Promise.resolve()
    const write = this.track(
      this.write(payload, records).catch(() => this.keepForRetry(payload, records)),
    )
    return Promise.race([write, delay(this.waitMs)])
  }

  /** Waits until every entry recorded so far is written or spooled (for tests and orderly shutdowns). */
  async settle(): Promise<void> {
    while (this.writes.size > 0 || this.retrying) {
      await Promise.allSettled([...this.writes, this.retrying])
    }
    await this.fileWork
  }

  /**
   * Writes the spooled entries of this folder to the database: files of processes that have ended,
   * and this process's own. A file is claimed by renaming it, so two processes never write the same
   * one; a file that fails is left for the next try. Returns how many entries were written.
   */
  ingestSpool(payload: Payload): Promise<number> {
    this.lastIngestAt = Date.now()
    return this.onFiles(() => this.ingestFiles(payload))
  }

  private track<T>(promise: Promise<T>): Promise<T> {
    this.writes.add(promise)
    void promise.finally(() => this.writes.delete(promise))
    return promise
  }

  /** A statement per `insertBatch` entries: a list of every event in the system stays a few statements. */
  private async insert(payload: Payload, records: readonly AccessRecord[]) {
    const run = this.runnerFor(payload)
    for (let i = 0; i < records.length; i += insertBatch)
      await run(insertAccessRecordsSql(payload, records.slice(i, i + insertBatch)))
  }

  private async write(payload: Payload, records: readonly AccessRecord[]) {
    await this.insert(payload, records)
    // The database takes entries again: spooled ones can follow (looked for at most every few seconds).
    if (
      this.spoolMayHoldEntries &&
      !this.retrying &&
      Date.now() - this.lastIngestAt > spoolRecheckMs
    ) {
      void this.ingestSpool(payload).catch(() => undefined)
    }
  }

  private keepForRetry(payload: Payload, records: readonly AccessRecord[]) {
    this.pending.push(...records)
    // Said when a round of retries starts; how it ends (written, or spooled) is said with the total.
    if (!this.retrying)
      payload.logger.error(
        `Read audit: ${entries(records.length)} could not be written to the database; retrying.`,
      )
    if (this.pending.length > this.maxPending) return this.spool(payload)
    this.ensureRetrying(payload)
    return undefined
  }

  private ensureRetrying(payload: Payload) {
    this.retrying ??= this.retry(payload).finally(() => {
      this.retrying = null
      // Entries that failed while the last attempt was finishing get a round of their own.
      if (this.pending.length > 0) this.ensureRetrying(payload)
    })
  }

  /** Everything waiting, in one statement per attempt; spooled when the pauses are used up. */
  private async retry(payload: Payload) {
    let attempt = 0
    while (this.pending.length > 0) {
      if (attempt === this.retryDelaysMs.length) {
        await this.spool(payload)
        return
      }
      await delay(this.retryDelaysMs[attempt++])
      const batch = this.pending
      this.pending = []
      try {
        await this.insert(payload, batch)
        payload.logger.info(`Read audit: ${entries(batch.length)} written after a retry.`)
        attempt = 0
        if (this.spoolMayHoldEntries) await this.ingestSpool(payload).catch(() => undefined)
      } catch {
        this.pending = [...batch, ...this.pending]
      }
    }
  }

  /** Moves the waiting entries to this process's spool file; on failure they stay in memory. */
  private spool(payload: Payload) {
    return this.onFiles(async () => {
      const batch = this.pending
      if (batch.length === 0) return
      this.pending = []
      try {
        await mkdir(this.spoolDir, { recursive: true, mode: 0o700 })
        await appendFile(
          this.spoolFile,
          batch.map((record) => JSON.stringify(record)).join('\n') + '\n',
          { mode: 0o600 },
        )
        this.spoolMayHoldEntries = true
        payload.logger.error(
          `Read audit: ${entries(batch.length)} could not be written after ${this.retryDelaysMs.length} retries; kept in ${this.spoolFile} until the database takes them.`,
        )
      } catch (error) {
        this.pending = [...batch, ...this.pending]
        payload.logger.error(
          `Read audit: ${entries(batch.length)} could neither be written nor spooled (${(error as NodeJS.ErrnoException).code ?? 'error'}); kept in memory (${this.pending.length} waiting).`,
        )
      }
    })
  }

  /** At exit, synchronously: whatever still waits in memory goes to the spool file. */
  private spoolNow() {
    if (this.pending.length === 0) return
    try {
      appendFileSync(
        this.spoolFile,
        this.pending.map((record) => JSON.stringify(record)).join('\n') + '\n',
        { mode: 0o600 },
      )
      this.pending = []
    } catch {
      // Nothing more can be done while the process exits; the error log above already named the count.
    }
  }

  private onFiles<T>(work: () => Promise<T>): Promise<T> {
    const next = this.fileWork.then(work, work)
    this.fileWork = next.catch(() => undefined)
    return next
  }

  private async ingestFiles(payload: Payload): Promise<number> {
    let names: string[]
    try {
      names = await readdir(this.spoolDir)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') this.spoolMayHoldEntries = false
      return 0
    }
    let written = 0
    let waiting = false
    for (const name of names) {
      const match = spoolPattern.exec(name)
      if (!match) continue
      const [, writer, claimer] = match
      // A file still being appended to by another live process, or being ingested by one, is theirs.
      if (
        claimer
          ? isAlive(Number(claimer)) && Number(claimer) !== process.pid
          : Number(writer) !== process.pid && isAlive(Number(writer))
      ) {
        waiting = true
        continue
      }
      const count = await this.ingestFile(payload, name)
      if (count === null) waiting = true
      else written += count
    }
    this.spoolMayHoldEntries = waiting
    if (written > 0)
      payload.logger.info(`Read audit: ${entries(written)} from the spool written to the database.`)
    return written
  }

  /** One spool file into the database; null (and the file kept) when that failed. */
  private async ingestFile(payload: Payload, name: string): Promise<null | number> {
    const original = path.join(this.spoolDir, name.replace(/\.\d+\.ingesting$/, ''))
    const claimed = `${original}.${process.pid}.ingesting`
    try {
      await rename(path.join(this.spoolDir, name), claimed)
    } catch {
      return null // another process claimed it first
    }
    try {
      const { records, damaged } = parseSpool(await readFile(claimed, 'utf8'))
      await this.insert(payload, records)
      if (damaged.length > 0) {
        // A line cut short by a crash: kept aside for a person to look at, and said, never dropped silently.
        await appendFile(`${original}.damaged`, damaged.join('\n') + '\n', { mode: 0o600 })
        payload.logger.error(
          `Read audit: ${damaged.length} damaged lines in a spool file could not be read; kept in ${original}.damaged.`,
        )
      }
      await unlink(claimed)
      return records.length
    } catch (error) {
      await rename(claimed, original).catch(() => undefined)
      payload.logger.error(
        `Read audit: a spool file could not be written to the database yet (${(error as NodeJS.ErrnoException).code ?? 'error'}); kept for the next try.`,
      )
      return null
    }
  }
}

/**
 * The read audit of a Payload instance, for code that has the instance but not the plugin's options
 * (the queue's operation). Kept on the instance under a registered symbol rather than in a module
 * variable: Next bundles the plugin once for the API and once for the admin's pages, and both must
 * find the one the instance started with.
 */
const auditKey = Symbol.for('@stodportalen/support-services/readAudit')

export const attachReadAudit = (payload: Payload, audit: ReadAudit) => {
  ;(payload as unknown as Record<symbol, ReadAudit>)[auditKey] = audit
}
export const readAuditOf = (payload: Payload): ReadAudit | undefined =>
  (payload as unknown as Record<symbol, ReadAudit | undefined>)[auditKey]
