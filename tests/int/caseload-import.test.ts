import type { Payload, TypedUser } from 'payload'

import { demoUsers } from '@stodportalen/seed'
import {
  checkCaseload,
  followUpReport,
  importCaseload,
  ImportRefused,
} from '@stodportalen/support-services'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { beforeAll, describe, expect, test } from 'vitest'

import { intakeQueue } from '../../plugins/support-services/src/operations/intakeQueue'
import { testPayload } from '../support/cms'
import { firstUnit } from '../support/units'

/**
 * The shipped example (docs/import/exempel.csv) imported into a service of its own: a dry run stores
 * nothing, the import stores each row with its history through the workflow, a second run imports
 * nothing, and the queue and the report then show what the rows say, worked out by hand below.
 */
let payload: Payload
let admin: TypedUser
let serviceId: number
let file: { name: string; data: Buffer }
const unique = `import-${Date.now().toString(36)}`

const referralsOfService = () =>
  payload.find({
    collection: 'referrals',
    where: { service: { equals: serviceId } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })

beforeAll(async () => {
  payload = await testPayload()
  serviceId = (
    await payload.create({
      collection: 'services',
      data: {
        unit: await firstUnit(payload),
        name: 'Importtest',
        summary: 'Testdata',
        slug: unique,
        method: 'ips',
        status: 'closed',
      } as never,
    })
  ).id as number
  const { docs } = await payload.find({
    collection: 'users',
    where: { email: { equals: demoUsers[0].email } },
    limit: 1,
  })
  admin = { ...docs[0], collection: 'users' } as unknown as TypedUser
  const example = await readFile(path.join(import.meta.dirname, '../../docs/import/exempel.csv'))
  file = {
    name: 'exempel.csv',
    data: Buffer.from(example.toString('utf8').replaceAll(';IPS;', `;${unique};`)),
  }
}, 120_000)

describe('importing the example caseload', () => {
  test('the dry run checks every row and stores nothing', async () => {
    const { report } = await checkCaseload(payload, file)
    expect(report.errors).toEqual([])
    expect(report.counts).toEqual({ ready: 12, errors: 0, alreadyImported: 0 })
    expect((await referralsOfService()).totalDocs).toBe(0)
    expect(
      (
        await payload.count({
          collection: 'caseload-imports',
          where: { sha256: { equals: report.sha256 } },
        })
      ).totalDocs,
    ).toBe(0)
  })

  test('a file with a row error imports nothing unless the admin takes the good rows only', async () => {
    const text = file.data.toString('utf8')
    const wrong = Buffer.from(text.replace('UPP-2026-012;;', 'UPP-2026-012;Enhet Syd;'))
    await expect(
      importCaseload(payload, { file: { name: 'fel.csv', data: wrong }, user: admin }),
    ).rejects.toThrow(ImportRefused)
    expect((await referralsOfService()).totalDocs).toBe(0)
  })

  test('confirmed: each row becomes a referral with its history, at the rows dates, by the admin', async () => {
    const result = await importCaseload(payload, { file, user: admin })
    expect(result.imported).toBe(12)
    const { docs } = await referralsOfService()
    expect(docs.map((d) => d.externalCaseId).sort()).toEqual(
      Array.from(
        { length: 12 },
        (_, i) => `UPP-${i < 2 ? 2025 : 2026}-${String(i + 1).padStart(3, '0')}`,
      ),
    )
    const first = docs.find((d) => d.externalCaseId === 'UPP-2025-001')!
    expect(first).toMatchObject({
      status: 'closed',
      outcome: 'workWithoutSubsidy',
      importBatch: result.batchId,
    })
    expect(first.applicant.municipality).toBe('0380')
    const events = await payload.find({
      collection: 'referral-events',
      where: { referral: { equals: first.id } },
      // Same-instant events (the first contact and the coach taking the case) in the order written.
      sort: ['at', 'id'],
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
    expect(events.docs.map((e) => [e.type, e.toStatus, e.at.slice(0, 10), e.actor])).toEqual([
      ['submitted', 'received', '2025-09-01', admin.id],
      ['statusChange', 'screened', '2025-09-03', admin.id],
      ['statusChange', 'waiting', '2025-09-05', admin.id],
      ['statusChange', 'firstContact', '2025-09-20', admin.id],
      ['assigned', null, '2025-09-20', admin.id],
      ['statusChange', 'enrolled', '2025-10-01', admin.id],
      ['statusChange', 'active', '2025-10-15', admin.id],
      ['statusChange', 'closed', '2026-06-30', admin.id],
    ])
    const batch = await payload.findByID({
      collection: 'caseload-imports',
      id: result.batchId!,
      depth: 0,
    })
    expect(batch).toMatchObject({ fileName: 'exempel.csv', imported: 12, importedBy: admin.id })
  })

  test('the same file again imports nothing and lists every row as imported before', async () => {
    const again = await importCaseload(payload, { file, user: admin })
    expect(again.counts).toEqual({ ready: 0, errors: 0, alreadyImported: 12 })
    expect(again.imported).toBe(0)
    expect(again.alreadyImported[0]).toEqual({ row: 2, caseId: 'UPP-2025-001' })
    expect((await referralsOfService()).totalDocs).toBe(12)
  })

  test('the intake queue: the five still queued, oldest first, with their waits', async () => {
    const now = new Date('2026-12-01T11:00:00Z')
    const queue = await intakeQueue(payload, {
      user: admin,
      scope: 'all',
      filters: { service: serviceId },
      now,
      limit: 100,
    })
    const { docs } = await referralsOfService()
    const caseOf = (id: number) => docs.find((d) => d.id === id)!.externalCaseId
    const queued = queue.rows
      .filter((r) => r.queuePosition !== null)
      .sort((a, b) => a.queuePosition! - b.queuePosition!)
      .map((r) => [caseOf(r.id), r.status, r.daysWaiting])
    // Received 10 June, 3 August, 14 September, 20 October, 2 November; days to 1 December by hand.
    expect(queued).toEqual([
      ['UPP-2026-008', 'waiting', 174],
      ['UPP-2026-009', 'waiting', 120],
      ['UPP-2026-010', 'firstContact', 78],
      ['UPP-2026-011', 'screened', 42],
      ['UPP-2026-012', 'received', 29],
    ])
    const enrolled = queue.rows.find((r) => caseOf(r.id) === 'UPP-2026-004')!
    // Its re-assessment date (1 September) has passed: flagged.
    expect(enrolled.flags.reassessmentDue).toBe(true)
  })

  test('the follow-up report for 2026 counts the imported history', async () => {
    const report = await followUpReport(payload, {
      from: '2026-01-01',
      to: '2026-11-30',
      serviceIds: [serviceId],
    })
    // Inflow: rows 003 to 012 came in during 2026, one a month except July.
    expect(report.inflow.total).toBe(10)
    const zero = { woman: 0, man: 0, other: 0, notStated: 0, total: 0 }
    // Closed in 2026: 001 (work without subsidy, woman, 30 June), 003 (studies, woman, 16 November),
    // 005 redirected (man), 006 declined (woman), 007 withdrawn (other).
    expect(report.closings.byCategory.workWithoutSubsidy).toEqual({ ...zero, woman: 1, total: 1 })
    expect(report.closings.byCategory.studies).toEqual({ ...zero, woman: 1, total: 1 })
    expect(report.closings.byCategory.redirected).toEqual({ ...zero, man: 1, total: 1 })
    expect(report.closings.byCategory.declined).toEqual({ ...zero, woman: 1, total: 1 })
    expect(report.closings.byCategory.withdrawn).toEqual({ ...zero, other: 1, total: 1 })
    expect(report.closings.intoWorkOrStudies).toBe(2)
    // Enrolled or active at the end of 30 November: 002 (active, man) and 004 (enrolled, woman).
    expect(report.enrolledAtEnd).toEqual({ ...zero, woman: 1, man: 1, total: 2 })
  })
})
