import type { Payload, TypedUser } from 'payload'

import { sql } from '@payloadcms/db-postgres/drizzle'
import { createHash, type Hash } from 'node:crypto'
import { createReadStream } from 'node:fs'

import { slugs } from '../../defaults'
import {
  calendarDate,
  ImportChecker,
  type ImportContext,
  type ImportCounts,
  type ImportedReferral,
  type ImportRowError,
} from '../../domain'
import { drizzleRunner, inTransaction, type SqlRunner, tables } from '../sql'
import { insertBatch } from './insertBatch'
import { readImportRows } from './readFile'
import { importSettingsOf } from './settings'
import { type StoreContext, storedReferral } from './storedRows'

/** What the admin sees after the dry run, and after the import. */
export interface ImportReport {
  fileName: string
  sha256: string
  counts: ImportCounts
  /** Every row error, in file order (the first `maxListedErrors` of them). */
  errors: ImportRowError[]
  /** The rows imported before (the first `maxListedErrors` of them). */
  alreadyImported: { row: number; caseId: string }[]
  /** After a confirmed import: how many referrals were stored, and the batch's id. */
  imported?: number
  batchId?: number | string
}

/**
 * A file: its bytes as uploaded, or a path on disk (the CLI), which is streamed and never held whole.
 */
export type ImportFile = { name: string; data: Buffer } | { name: string; path: string }

/** A list past this length is not read by anyone; the counts still say how many there are. */
export const maxListedErrors = 1000

/** The install as the row check needs it: its services, its staff by e-mail, its imported case ids. */
async function importContext(payload: Payload, now: Date) {
  const [services, users, imported] = await Promise.all([
    payload.find({
      collection: slugs.services,
      depth: 1,
      pagination: false,
      locale: 'sv',
      select: { slug: true, name: true, unit: true },
      populate: { [slugs.units]: { name: true } },
      overrideAccess: true,
    }),
    payload.find({
      collection: payload.config.admin.user as 'users',
      depth: 0,
      pagination: false,
      select: { email: true },
      overrideAccess: true,
    }),
    drizzleRunner(payload)(
      sql`SELECT service_id, external_case_id FROM ${tables.referrals} WHERE external_case_id IS NOT NULL`,
    ),
  ])
  const staff = new Map(
    users.docs.map((u) => [String((u as { email?: string }).email).toLowerCase(), u.id]),
  )
  const context: ImportContext = {
    today: calendarDate(now),
    services: services.docs.map((s) => ({
      id: s.id,
      slug: String(s.slug),
      name: String(s.name),
      unit: typeof s.unit === 'object' ? s.unit?.name : undefined,
    })),
    staffEmails: new Set(staff.keys()),
  }
  const importedKeys = new Set(
    imported.rows.map((r) => `${Number(r.service_id)}\u0000${String(r.external_case_id)}`),
  )
  const isImported = (serviceId: number | string, caseId: string) =>
    importedKeys.has(`${Number(serviceId)}\u0000${caseId}`)
  return { context, staff, isImported }
}

/** The file's chunks, each also fed to `hash`. */
async function* chunksOf(file: ImportFile, hash: Hash): AsyncGenerator<Buffer> {
  const source = 'data' in file ? [file.data] : createReadStream(file.path)
  for await (const chunk of source as AsyncIterable<Buffer>) {
    hash.update(chunk)
    yield chunk
  }
}

/** Rows checked between two turns of the event loop during an import. */
const yieldEvery = 100

/**
 * Every row of the file checked, streamed: the ready referrals go to `onReady` (nothing when it is
 * absent: the dry run), the errors and the rows imported before to the report. Memory stays flat
 * whatever the file's length: only the counts and the first `maxListedErrors` of each list are kept.
 */
async function checkRows(
  payload: Payload,
  file: ImportFile,
  now: Date,
  onReady?: (
    referral: ImportedReferral,
    staff: Map<string, number | string>,
    counts: ImportCounts,
  ) => Promise<void>,
): Promise<ImportReport> {
  const { context, staff, isImported } = await importContext(payload, now)
  const checker = new ImportChecker(context, isImported)
  const hash = createHash('sha256')
  const counts: ImportCounts = { ready: 0, errors: 0, alreadyImported: 0 }
  const report: ImportReport = {
    fileName: file.name,
    sha256: '',
    counts,
    errors: [],
    alreadyImported: [],
  }
  let checked = 0
  for await (const row of readImportRows(chunksOf(file, hash), file.name)) {
    // The database's answers wait for this loop to let go: while a batch is being stored, let go
    // often, so the next statement is sent at once instead of after a whole chunk of the file.
    if (onReady && ++checked % yieldEvery === 0)
      await new Promise((resolve) => setImmediate(resolve))
    const result = checker.check(row)
    if (result.state === 'ready') {
      counts.ready++
      await onReady?.(result.referral, staff, counts)
    } else if (result.state === 'errors') {
      counts.errors++
      for (const error of result.errors)
        if (report.errors.length < maxListedErrors) report.errors.push(error)
    } else {
      counts.alreadyImported++
      if (report.alreadyImported.length < maxListedErrors)
        report.alreadyImported.push({ row: result.row, caseId: result.caseId })
    }
  }
  report.sha256 = hash.digest('hex')
  return report
}

/** The dry run: every row of the file checked, nothing stored. */
export async function checkCaseload(
  payload: Payload,
  file: ImportFile,
  now = new Date(),
): Promise<{ report: ImportReport }> {
  return { report: await checkRows(payload, file, now) }
}

/** An import refused as a whole; `report` holds the row errors when those were the reason. */
export class ImportRefused extends Error {
  override name = 'ImportRefused'
  constructor(
    message: string,
    readonly report?: ImportReport,
  ) {
    super(message)
  }
}

/** Referrals per INSERT: large enough to make the round trips few, small enough to keep memory flat. */
export const importBatchSize = 1000

const refusedForErrors = (report: ImportReport) =>
  new ImportRefused(
    `Filen har ${report.counts.errors} rader med fel. Rätta dem, eller välj att bara importera de rader som är klara.`,
    report,
  )

/**
 * The confirmed import: the file is checked again as it streams (the install may have changed since
 * the dry run) and each ready row is stored with its history, in batches of `importBatchSize`
 * referrals (one batch stored while the next is read), all in ONE database transaction: the whole import or nothing. A failed statement, an
 * error in the file found late, a crash or a killed process leaves no referral and no import record
 * behind, and the unique (service, case id) index makes a concurrent import of the same rows fail
 * instead of doubling them. A file with row errors imports its good rows only when `acceptGoodRows`
 * says so; otherwise storing stops at the first error, the rest is only checked (for the report),
 * and the transaction is rolled back.
 */
export async function importCaseload(
  payload: Payload,
  args: {
    file: ImportFile
    user: TypedUser
    acceptGoodRows?: boolean
    now?: Date
  },
): Promise<ImportReport> {
  const { privacy } = importSettingsOf(payload)
  const { file, user, now = new Date() } = args
  try {
    return await inTransaction(payload, async (run) => {
      const batchId = await createBatchRecord(run, file.name, user.id)
      let pending: ImportedReferral[] = []
      let store: StoreContext | undefined
      // The batch being stored while the next one is read and checked: the database and this
      // process work at the same time, on the one connection, one statement after the other.
      let storing: Promise<void> = Promise.resolve()
      const flush = async () => {
        if (pending.length === 0 || !store) return
        const batch = pending.map((r) => storedReferral(r, store!))
        pending = []
        await storing
        storing = insertBatch(run, batch)
        // Awaited at the next flush or at the end; until then its failure must not crash the process.
        storing.catch(() => {})
      }
      const report = await checkRows(payload, file, now, async (referral, staff, counts) => {
        // A file with errors is refused unless its good rows are wanted: nothing more to store.
        if (counts.errors > 0 && !args.acceptGoodRows) return
        store ??= { batchId, actor: user.id, staff, privacy }
        pending.push(referral)
        if (pending.length >= importBatchSize) await flush()
      })
      await storing
      if (report.counts.errors > 0 && !args.acceptGoodRows) throw new Rollback(report)
      if (report.counts.ready === 0) throw new Rollback(report)
      await flush()
      await storing
      await run(sql`
        UPDATE ${tables.caseloadImports}
        SET sha256 = ${report.sha256}, imported = ${report.counts.ready},
          already_imported = ${report.counts.alreadyImported}, errors = ${report.counts.errors}
        WHERE id = ${batchId}`)
      return { ...report, imported: report.counts.ready, batchId }
    })
  } catch (error) {
    if (!(error instanceof Rollback)) throw error
    if (error.report.counts.errors > 0 && !args.acceptGoodRows) throw refusedForErrors(error.report)
    return { ...error.report, imported: 0 }
  }
}

/** Ends the import's transaction without storing anything, carrying the report out. */
class Rollback extends Error {
  constructor(readonly report: ImportReport) {
    super('Nothing to import.')
  }
}

/** The import record, first: its id marks the batch's referrals. Counts and hash are set at the end. */
async function createBatchRecord(run: SqlRunner, fileName: string, userId: number | string) {
  const { rows } = await run(sql`
    INSERT INTO ${tables.caseloadImports} (file_name, imported_by_id)
    VALUES (${fileName}, ${userId}) RETURNING id`)
  return rows[0].id as number
}
