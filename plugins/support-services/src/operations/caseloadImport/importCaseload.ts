import type { Payload, PayloadRequest, TypedUser } from 'payload'

import { sql } from '@payloadcms/db-postgres/drizzle'
import { createHash, randomBytes } from 'node:crypto'
import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import { slugs } from '../../defaults'
import {
  calendarDate,
  generateReference,
  ImportChecker,
  type ImportContext,
  type ImportCounts,
  importCounts,
  type ImportedReferral,
  type ImportRowError,
  type ImportRowResult,
  isOpenStatus,
  startOfDay,
} from '../../domain'
import { drizzleRunner, tables } from '../sql'
import { readImportRows } from './readFile'

/** What the admin sees after the dry run, and after the import. */
export interface ImportReport {
  fileName: string
  sha256: string
  counts: ImportCounts
  /** Every row error, in file order (the first `maxListedErrors` of them). */
  errors: ImportRowError[]
  alreadyImported: { row: number; caseId: string }[]
  /** After a confirmed import: how many referrals were stored, and the batch's id. */
  imported?: number
  batchId?: number | string
}

/** A list past this length is not read by anyone; the counts still say how many there are. */
export const maxListedErrors = 1000

/** The install as the row check needs it: its services, its staff by e-mail, its imported case ids. */
async function importContext(payload: Payload, now: Date) {
  const [services, users, imported] = await Promise.all([
    payload.find({
      collection: slugs.services,
      depth: 0,
      pagination: false,
      locale: 'sv',
      select: { slug: true, name: true, provider: true },
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
      provider: (s as { provider?: null | string }).provider,
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

/**
 * The dry run: every row of the file checked, nothing stored. Also returns the ready referrals, which
 * the import stores.
 */
export async function checkCaseload(
  payload: Payload,
  file: { data: Buffer; name: string },
  now = new Date(),
): Promise<{
  report: ImportReport
  ready: ImportedReferral[]
  staff: Map<string, number | string>
}> {
  const { context, staff, isImported } = await importContext(payload, now)
  const checker = new ImportChecker(context, isImported)
  const results: ImportRowResult[] = []
  for await (const row of readImportRows(file.data, file.name)) results.push(checker.check(row))
  const report: ImportReport = {
    fileName: file.name,
    sha256: createHash('sha256').update(file.data).digest('hex'),
    counts: importCounts(results),
    errors: results
      .flatMap((r) => (r.state === 'errors' ? r.errors : []))
      .slice(0, maxListedErrors),
    alreadyImported: results.flatMap((r) =>
      r.state === 'alreadyImported' ? [{ row: r.row, caseId: r.caseId }] : [],
    ),
  }
  const ready = results.flatMap((r) => (r.state === 'ready' ? [r.referral] : []))
  return { report, ready, staff }
}

export class ImportRefused extends Error {
  override name = 'ImportRefused'
}

/**
 * The confirmed import: the file is checked again (the install may have changed since the dry run),
 * then every ready row becomes a referral with its history, in one transaction: the whole batch or
 * nothing. A file with row errors imports its good rows only when `acceptGoodRows` says so.
 */
export async function importCaseload(
  payload: Payload,
  args: {
    file: { data: Buffer; name: string }
    user: TypedUser
    acceptGoodRows?: boolean
    now?: Date
  },
): Promise<ImportReport> {
  const { report, ready, staff } = await checkCaseload(payload, args.file, args.now)
  if (report.counts.errors > 0 && !args.acceptGoodRows)
    throw new ImportRefused(
      `Filen har ${report.counts.errors} rader med fel. Rätta dem, eller välj att bara importera de rader som är klara.`,
    )
  if (ready.length === 0) return { ...report, imported: 0 }
  const req = await createLocalReq({ user: args.user }, payload)
  await initTransaction(req)
  try {
    const batch = await payload.create({
      collection: slugs.caseloadImports,
      data: {
        fileName: args.file.name,
        sha256: report.sha256,
        importedBy: args.user.id,
        imported: ready.length,
        alreadyImported: report.counts.alreadyImported,
        errors: report.counts.errors,
      } as never,
      overrideAccess: true,
      depth: 0,
      req,
    })
    for (const referral of ready) await storeReferral(req, referral, batch.id, staff)
    await commitTransaction(req)
    return { ...report, imported: ready.length, batchId: batch.id }
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

/**
 * The instant of a row's date: noon Swedish time (a date has no time; noon keeps it on the same
 * day in every report), a minute apart per step so that same-day moves keep their order.
 */
const instant = (on: string, step: number) =>
  new Date(startOfDay(on).getTime() + 12 * 3_600_000 + step * 60_000).toISOString()

export const importedNote = 'Importerad från kommunens ärendelista.'

/**
 * One referral through the same operations and hooks as any other: created as received on its date,
 * then moved step by step, each move checked by the workflow hook and recorded as an event at the
 * row's date with the importing admin as actor.
 */
async function storeReferral(
  req: PayloadRequest,
  referral: ImportedReferral,
  batchId: number | string,
  staff: Map<string, number | string>,
) {
  const { payload } = req
  const { applicant } = referral
  const created = await payload.create({
    collection: slugs.referrals,
    data: {
      reference: generateReference(randomBytes),
      service: referral.serviceId,
      receivedAt: instant(referral.receivedOn, 0),
      externalCaseId: referral.caseId,
      importBatch: batchId,
      source: referral.source,
      heardFrom: referral.heardFrom,
      applicant: {
        // Many lists are pseudonymised: the case id is then what staff know the person by.
        name: applicant.name ?? `Ärende ${referral.caseId}`,
        phone: applicant.phone,
        email: applicant.email,
        dateOfBirth: referral.dateOfBirth,
        age: referral.age,
        gender: referral.gender,
        municipality: referral.municipality,
      },
    } as never,
    overrideAccess: true,
    depth: 0,
    req,
    context: { eventAt: instant(referral.receivedOn, 0), statusReason: importedNote },
  })
  const coach = referral.coachEmail ? staff.get(referral.coachEmail) : undefined
  const { steps } = referral
  // The coach takes the case at the first contact, or at the last open step when there is none.
  const firstContact = steps.findIndex((s) => s.to === 'firstContact')
  const assignAt = firstContact >= 0 ? firstContact : steps.findLastIndex((s) => isOpenStatus(s.to))
  if (coach && assignAt < 0)
    await update(req, created.id, { assignee: coach }, referral.receivedOn, 0)
  for (const [i, step] of steps.entries()) {
    await update(
      req,
      created.id,
      {
        status: step.to,
        ...(step.outcome && { outcome: step.outcome }),
        ...(step.target && { redirectTarget: step.target }),
        ...(step.reason && { statusReason: step.reason }),
        ...(i === assignAt && { assignee: coach }),
        ...(i === steps.length - 1 &&
          referral.nextReassessmentOn && {
            nextReassessmentAt: instant(referral.nextReassessmentOn, 0),
          }),
      },
      step.on,
      i + 1,
    )
  }
}

const update = (
  req: PayloadRequest,
  id: number | string,
  data: Record<string, unknown>,
  on: string,
  step: number,
) =>
  req.payload.update({
    collection: slugs.referrals,
    id,
    data: data as never,
    overrideAccess: true,
    depth: 0,
    req,
    context: { eventAt: instant(on, step) },
  })
