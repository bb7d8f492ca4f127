import type { Payload, TypedUser } from 'payload'

import { sql } from '@payloadcms/db-postgres/drizzle'
import { demoUsers } from '@stodportalen/seed'
import {
  importCaseload,
  ImportRefused,
  listCaseloadImports,
  removeCaseloadImport,
} from '@stodportalen/support-services'
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { beforeAll, describe, expect, test } from 'vitest'

import { drizzleRunner } from '../../plugins/support-services/src/operations/sql'
import { testPayload } from '../support/cms'
import { importThroughPayload } from '../support/importThroughPayload'
import { firstUnit } from '../support/units'

/**
 * The batched import against the row-by-row path through Payload, removing a whole batch, an import
 * that fails half-way, and the CLI as a child process. Each test imports into services of its own.
 */
let payload: Payload
let admin: TypedUser
let example: string
const repoRoot = path.join(import.meta.dirname, '../..')
const run = async (query: ReturnType<typeof sql>) => (await drizzleRunner(payload)(query)).rows

const newService = async (name: string) => {
  const slug = `${name}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`
  const doc = await payload.create({
    collection: 'services',
    data: {
      name: slug,
      summary: 'Testdata',
      slug,
      method: 'ips',
      status: 'closed',
      unit: await firstUnit(payload),
    } as never,
  })
  return { id: doc.id as number, slug }
}

/** The example file for a service, its case ids prefixed (so files do not clash). */
const exampleFor = (slug: string, prefix = 'UPP') =>
  Buffer.from(example.replaceAll(';IPS;', `;${slug};`).replaceAll('UPP-', `${prefix}-`))

/** `n` rows: the example's rows over and over, each with a case id of its own. */
const manyRows = (slug: string, n: number, caseId = (i: number) => `BIG-${i}`) => {
  const [header, ...rows] = example
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split(/\r?\n/)
  const lines = Array.from({ length: n }, (_, i) =>
    rows[i % rows.length].replace(/^[^;]*;/, `${caseId(i)};`).replace(';IPS;', `;${slug};`),
  )
  return Buffer.from([header, ...lines].join('\n'))
}

const countOf = async (serviceId: number) => {
  const [row] = await run(sql`
    SELECT (SELECT count(*) FROM referrals WHERE service_id = ${serviceId})::int AS referrals,
      (SELECT count(*) FROM referral_events e JOIN referrals r ON r.id = e.referral_id
        WHERE r.service_id = ${serviceId})::int AS events,
      (SELECT count(*) FROM referral_stays WHERE service_id = ${serviceId})::int AS stays`)
  return row as { referrals: number; events: number; stays: number }
}

beforeAll(async () => {
  payload = await testPayload()
  const { docs } = await payload.find({
    collection: 'users',
    where: { email: { equals: demoUsers[0].email } },
    limit: 1,
  })
  admin = { ...docs[0], collection: 'users' } as unknown as TypedUser
  example = (await readFile(path.join(repoRoot, 'docs/import/exempel.csv'))).toString('utf8')
  // Two rows share a phone number: the second lists the first as a possible duplicate.
  example = example.replace(
    /^(UPP-2026-012;[^\r\n]*);;;(\r?)$/m,
    '$1;Annan Exempelsson;070-000 00 11;$2',
  )
}, 120_000)

/** Everything an import leaves of one referral, by case id, without ids that differ between runs. */
async function imported(serviceId: number) {
  const { docs } = await payload.find({
    collection: 'referrals',
    where: { service: { equals: serviceId } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const caseOf = new Map(docs.map((d) => [d.id, d.externalCaseId]))
  const stays = await run(sql`
    SELECT r.external_case_id, s.gender, s.received_at, s.assignee_id, s.phase, s.status, s.outcome,
      s.started_at, s.ended_at, s.next_phase
    FROM referral_stays s JOIN referrals r ON r.id = s.referral_id
    WHERE r.service_id = ${serviceId} ORDER BY r.external_case_id, s.started_at`)
  const result: Record<string, unknown> = { stays }
  for (const doc of docs) {
    const events = await payload.find({
      collection: 'referral-events',
      where: { referral: { equals: doc.id } },
      sort: ['at', 'id'],
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
    const { id, reference, service, importBatch, createdAt, updatedAt, ...rest } = doc
    void [id, reference, service, importBatch, createdAt, updatedAt]
    result[String(doc.externalCaseId)] = {
      ...rest,
      possibleDuplicates: (rest.possibleDuplicates ?? [])
        .map((d) => caseOf.get(d as number))
        .filter(Boolean),
      events: events.docs.map(({ id, referral, createdAt, updatedAt, ...event }) => {
        void [id, referral, createdAt, updatedAt]
        return event
      }),
    }
  }
  return result
}

describe('the batched import', () => {
  test('leaves exactly what the row-by-row path through Payload leaves', async () => {
    const [batched, reference] = [await newService('batched'), await newService('reference')]
    // A number of this test's own, so the duplicates found are this test's rows only.
    const phone = `070-${String(Date.now() % 10_000_000).padStart(7, '0')}`
    const fileFor = (slug: string) =>
      Buffer.from(exampleFor(slug).toString('utf8').replaceAll('070-000 00 11', phone))
    const result = await importCaseload(payload, {
      file: { name: 'exempel.csv', data: fileFor(batched.slug) },
      user: admin,
    })
    expect(result.imported).toBe(12)
    await importThroughPayload(payload, {
      data: fileFor(reference.slug),
      service: reference,
      user: admin,
    })
    const [got, expected] = [await imported(batched.id), await imported(reference.id)]
    expect(Object.keys(got).length).toBe(13)
    expect((got['UPP-2026-012'] as { possibleDuplicates: unknown[] }).possibleDuplicates).toEqual([
      'UPP-2026-011',
    ])
    expect(got).toEqual(expected)
  })

  test('removing a batch removes exactly it, within the allowed days, once', async () => {
    const service = await newService('remove')
    const first = await importCaseload(payload, {
      file: { name: 'forsta.csv', data: exampleFor(service.slug, 'A') },
      user: admin,
    })
    const before = await countOf(service.id)
    const second = await importCaseload(payload, {
      file: { name: 'andra.csv', data: exampleFor(service.slug, 'B') },
      user: admin,
    })
    expect((await countOf(service.id)).referrals).toBe(24)
    const listed = await listCaseloadImports(payload)
    expect(listed.find((b) => b.id === second.batchId)).toMatchObject({
      fileName: 'andra.csv',
      imported: 12,
      importedBy: demoUsers[0].email,
    })
    const late = new Date(Date.parse(listed[0].createdAt) + 31 * 86_400_000)
    await expect(
      removeCaseloadImport(payload, { id: second.batchId!, user: admin, now: late }),
    ).rejects.toThrow(/mer än 30 dagar sedan/)
    const removedAt = new Date()
    expect(
      await removeCaseloadImport(payload, { id: second.batchId!, user: admin, now: removedAt }),
    ).toEqual({ removed: 12, fileName: 'andra.csv' })
    // The record stays, saying who removed the batch and when; it cannot be removed twice.
    expect((await listCaseloadImports(payload)).find((b) => b.id === second.batchId)).toEqual({
      id: second.batchId,
      fileName: 'andra.csv',
      createdAt: expect.any(String),
      imported: 12,
      importedBy: demoUsers[0].email,
      removableUntil: null,
      removedAt: removedAt.toISOString(),
      removedBy: demoUsers[0].email,
    })
    const record = await payload.findByID({
      collection: 'caseload-imports',
      id: second.batchId!,
      depth: 0,
    })
    expect(record).toMatchObject({ removedAt: removedAt.toISOString(), removedBy: admin.id })
    // The first import is untouched: its referrals, events and stays exactly as before the second.
    expect(await countOf(service.id)).toEqual(before)
    const left = await run(
      sql`SELECT DISTINCT import_batch_id FROM referrals WHERE service_id = ${service.id}`,
    )
    expect(left).toEqual([{ import_batch_id: first.batchId }])
    await expect(
      removeCaseloadImport(payload, { id: second.batchId!, user: admin }),
    ).rejects.toThrow(/redan borttagen/)
    await expect(removeCaseloadImport(payload, { id: 999_999_999, user: admin })).rejects.toThrow(
      ImportRefused,
    )
    // The removed file can be imported again.
    const again = await importCaseload(payload, {
      file: { name: 'andra.csv', data: exampleFor(service.slug, 'B') },
      user: admin,
    })
    expect(again.imported).toBe(12)
  })

  test('an import that fails at insert time in its second batch leaves nothing at all', async () => {
    const service = await newService('interrupted')
    const fileName = `${service.slug}.csv`
    // A database failure on one row of the second batch (rows 501–1000), as a full disk would give.
    await run(
      sql.raw(`
      CREATE FUNCTION test_fail_import() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'forced failure'; END $$;
      CREATE TRIGGER test_fail_import BEFORE INSERT ON referrals FOR EACH ROW
        WHEN (NEW.external_case_id = 'BIG-700') EXECUTE FUNCTION test_fail_import();`),
    )
    try {
      const failure = await importCaseload(payload, {
        file: { name: fileName, data: manyRows(service.slug, 1200) },
        user: admin,
      }).then(
        () => new Error('imported'),
        (error: Error) => error,
      )
      // The database's error, under the query that failed.
      expect((failure.cause as Error | undefined)?.message).toBe('forced failure')
    } finally {
      await run(
        sql.raw(`DROP TRIGGER test_fail_import ON referrals; DROP FUNCTION test_fail_import();`),
      )
    }
    expect(await countOf(service.id)).toEqual({ referrals: 0, events: 0, stays: 0 })
    const records = await payload.count({
      collection: 'caseload-imports',
      where: { fileName: { equals: fileName } },
    })
    expect(records.totalDocs).toBe(0)
  })

  test('more rows than a batch, with an error: refused whole, or the good rows only', async () => {
    const service = await newService('good-rows')
    const data = manyRows(service.slug, 1100, (i) => (i === 1050 ? 'BIG-0' : `BIG-${i}`))
    await expect(
      importCaseload(payload, { file: { name: 'stor.csv', data }, user: admin }),
    ).rejects.toThrow(/1 rader med fel/)
    expect((await countOf(service.id)).referrals).toBe(0)
    const result = await importCaseload(payload, {
      file: { name: 'stor.csv', data },
      user: admin,
      acceptGoodRows: true,
    })
    expect(result.counts).toEqual({ ready: 1099, errors: 1, alreadyImported: 0 })
    expect(result.errors).toEqual([
      { row: 1052, column: 'Ärende-id', message: expect.stringMatching(/finns redan på rad 2/) },
    ])
    expect((await countOf(service.id)).referrals).toBe(1099)
  })
})

describe('the CLI', () => {
  const cli = (...args: string[]) =>
    promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/import.ts', ...args], {
      cwd: repoRoot,
      env: process.env,
    }).then(
      ({ stdout }) => ({ code: 0, stdout }),
      (error: { code: number; stdout: string; stderr: string }) => ({
        code: error.code,
        stdout: error.stdout + error.stderr,
      }),
    )

  test('a dry run prints the row errors and counts and stores nothing; the import stores', async () => {
    const service = await newService('cli')
    const dir = await mkdtemp(path.join(tmpdir(), 'import-cli-'))
    const wrong = path.join(dir, 'fel.csv')
    const text = exampleFor(service.slug).toString('utf8')
    await writeFile(wrong, text.replace('UPP-2026-012;;', 'UPP-2026-012;Enhet Syd;'))
    const dry = await cli(wrong, '--dry-run')
    expect(dry.stdout).toMatch(/^Rad 13\tEnhet\t.+$/m)
    expect(dry.stdout).toContain('Klara att importera: 11. Med fel: 1. Redan importerade: 0.')
    expect(dry.code, dry.stdout).toBe(1)
    const good = path.join(dir, 'bra.csv')
    await writeFile(good, text)
    expect(await cli(good, '--dry-run')).toMatchObject({ code: 0 })
    expect(await countOf(service.id)).toEqual({ referrals: 0, events: 0, stays: 0 })

    const refused = await cli(wrong, '--actor', demoUsers[0].email)
    expect(refused.code, refused.stdout).toBe(1)
    expect((await countOf(service.id)).referrals).toBe(0)
    const done = await cli(good, '--actor', demoUsers[0].email)
    expect(done.stdout).toContain('Importerade: 12 ärenden')
    expect(done.code, done.stdout).toBe(0)
    expect((await countOf(service.id)).referrals).toBe(12)
  }, 180_000)
})
