import type { SQL } from 'drizzle-orm'

import { sql } from '@payloadcms/db-postgres'
import { demoUsers } from '@stodportalen/seed'
import {
  followUpReport,
  queueStatus,
  retentionClockKey,
  retentionQueue,
  retentionTask,
  runRetention,
} from '@stodportalen/support-services'
import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, type MockInstance, test, vi } from 'vitest'

import { drizzleRunner } from '../../plugins/support-services/src/operations/sql'
import { cmsUrl, login, testPayload } from '../support/cms'
import { type Case, createReportDataset } from '../support/reportDataset'
import { firstUnit } from '../support/units'

/**
 * Retention against the real database, in services of its own and with a clock the test sets: what is
 * deleted at the day boundary and what is left alone, per-service periods, anonymisation, the follow-up
 * figures before and after, a second run, the log, and the run through Payload's job runner.
 */

const day = 86_400_000
const second = 1000
type Row = Record<string, unknown>

let payload: Payload
let unique: string
/** Retention's log lines, kept out of the test output and read by the test of what they hold. */
let logged: MockInstance
const createdServices: number[] = []

const rows = async (query: SQL): Promise<Row[]> => (await drizzleRunner(payload)(query)).rows
const idList = (ids: readonly number[]) =>
  sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  )

const createService = async (
  slug: string,
  retention?: { deleteAfterDays?: number; anonymiseAfterYears?: number },
) => {
  const service = await payload.create({
    collection: 'services',
    data: {
      unit: await firstUnit(payload),
      name: `Gallringstest ${slug}`,
      summary: 'Testdata för gallring',
      slug: `${unique}-${slug}`,
      method: 'ips',
      status: 'closed',
      ...(retention && { retention }),
    } as never,
  })
  createdServices.push(service.id as number)
  return service.id as number
}

/** A status step of a referral, at an instant; `data` carries what the move needs. */
interface Step {
  at: Date
  data: Record<string, unknown>
}
const to = (status: string, at: Date, data: Record<string, unknown> = {}): Step => ({
  at,
  data: { status, ...data },
})
const declined = (at: Date) => to('declined', at, { statusReason: 'Fel målgrupp' })
const queuedUntil = (at: Date) => [to('screened', at), to('waiting', at), to('firstContact', at)]
const enrolledThen = (at: Date) => [...queuedUntil(at), to('enrolled', at)]

let referralCount = 0
/** A referral created through the Local API and moved through the workflow, each step at its own time. */
const referral = async (
  service: number,
  receivedAt: Date,
  steps: Step[] = [],
  data: Record<string, unknown> = {},
) => {
  referralCount += 1
  const created = await payload.create({
    collection: 'referrals',
    data: {
      reference: `${unique}-${referralCount}`,
      service,
      receivedAt: receivedAt.toISOString(),
      goals: ['work'],
      applicant: {
        name: `Gallringsperson ${unique} ${referralCount}`,
        gender: 'woman',
        municipality: '0380',
      },
      ...data,
    } as never,
    context: { eventAt: receivedAt.toISOString() },
  })
  for (const step of steps) {
    await payload.update({
      collection: 'referrals',
      id: created.id,
      data: step.data as never,
      context: { eventAt: step.at.toISOString() },
    })
  }
  return created.id as number
}

/** Every stored column of the referrals and events of these services, to compare before and after. */
const snapshot = async (serviceIds: readonly number[]) => ({
  referrals: await rows(
    sql`SELECT id, to_jsonb(r) AS row FROM referrals r WHERE service_id IN (${idList(serviceIds)}) ORDER BY id`,
  ),
  events: await rows(sql`
    SELECT e.id, to_jsonb(e) AS row FROM referral_events e JOIN referrals r ON r.id = e.referral_id
    WHERE r.service_id IN (${idList(serviceIds)}) ORDER BY e.id`),
  tallies: await rows(
    sql`SELECT to_jsonb(t) AS row FROM referral_tallies t WHERE service_id IN (${idList(serviceIds)}) ORDER BY id`,
  ),
})
const rowsOf = (snap: Awaited<ReturnType<typeof snapshot>>['referrals'], ids: readonly number[]) =>
  snap.filter((r) => ids.includes(Number(r.id)))

beforeAll(async () => {
  payload = await testPayload()
  unique = `gallring-${Date.now().toString(36)}`
  logged = vi.spyOn(payload.logger, 'info').mockImplementation(() => undefined)
})

afterAll(async () => {
  logged.mockRestore()
  // Leave nothing behind for other test files: events first (their foreign key), then referrals, tallies, services.
  if (!createdServices.length) return
  const services = idList(createdServices)
  await rows(
    sql`DELETE FROM referral_events WHERE referral_id IN (SELECT id FROM referrals WHERE service_id IN (${services}))`,
  )
  await rows(sql`DELETE FROM referrals WHERE service_id IN (${services})`)
  await rows(sql`DELETE FROM referral_tallies WHERE service_id IN (${services})`)
  await rows(sql`DELETE FROM services WHERE id IN (${services})`)
  await rows(sql`DELETE FROM users WHERE email LIKE ${`%${unique}%`}`)
})

describe('deletion of referrals never taken into a case', () => {
  // Thirty days before this crosses the change to summer time (30 March 2030): a day is 24 hours anyway.
  const now = new Date('2030-04-10T10:00:00.000Z')
  const ago = (ms: number) => new Date(now.getTime() - ms)
  const ids: Record<string, number> = {}
  let serviceA: number
  let serviceB: number
  let before: Awaited<ReturnType<typeof snapshot>>

  beforeAll(async () => {
    serviceA = await createService('a')
    serviceB = await createService('b', { deleteAfterDays: 10, anonymiseAfterYears: 5 })
    const received = ago(90 * day)
    // At the boundary: closed 30 days ago less a second, exactly 30 days ago, and a second more.
    ids.justInside = await referral(serviceA, received, [declined(ago(30 * day - second))])
    ids.exactly = await referral(serviceA, received, [declined(ago(30 * day))])
    ids.justPast = await referral(serviceA, received, [declined(ago(30 * day + second))])
    // Every closing without a case, long ago: redirected, withdrawn after first contact, merged.
    ids.redirected = await referral(serviceA, received, [
      to('redirected', ago(60 * day), { redirectTarget: 'Komvux' }),
    ])
    ids.withdrawn = await referral(serviceA, received, [
      ...queuedUntil(ago(80 * day)),
      to('withdrawn', ago(60 * day)),
    ])
    ids.open = await referral(serviceA, received, [
      to('screened', ago(85 * day)),
      to('waiting', ago(85 * day)),
    ])
    ids.merged = await referral(serviceA, received, [
      to('merged', ago(60 * day), { mergedInto: ids.open }),
    ])
    // Cases: withdrawn after enrolment; and enrolled, moved to another service (which clears the
    // enrolment date), then withdrawn there: the history still says it was a case.
    ids.caseWithdrawn = await referral(serviceA, received, [
      ...enrolledThen(ago(80 * day)),
      to('withdrawn', ago(60 * day)),
    ])
    ids.movedCase = await referral(serviceB, received, [
      ...enrolledThen(ago(80 * day)),
      {
        at: ago(70 * day),
        data: { service: serviceA, statusReason: 'Passar bättre i den andra tjänsten' },
      },
      to('withdrawn', ago(60 * day)),
    ])
    // Service B keeps them 10 days: 11 days ago is due there, not in A.
    ids.dueInB = await referral(serviceB, received, [declined(ago(11 * day))])
    ids.notDueInB = await referral(serviceB, received, [declined(ago(10 * day - second))])
    ids.notDueInA = await referral(serviceA, received, [declined(ago(11 * day))])

    // Links to a referral that will be deleted, from one that stays: a possible duplicate, and a history
    // event naming it (as a dismissed duplicate would).
    await rows(
      sql`INSERT INTO referrals_rels ("order", parent_id, path, referrals_id) VALUES (1, ${ids.open}, 'possibleDuplicates', ${ids.redirected})`,
    )
    await rows(sql`
      INSERT INTO referral_events (referral_id, type, at, related_referral_id, reason)
      VALUES (${ids.open}, 'duplicateDismissed', ${ago(50 * day).toISOString()}::timestamptz, ${ids.redirected}, 'Inte samma person')`)
    before = await snapshot([serviceA, serviceB])
  }, 120_000)

  const deletedKeys = ['exactly', 'justPast', 'redirected', 'withdrawn', 'merged', 'dueInB']
  const keptKeys = ['justInside', 'open', 'caseWithdrawn', 'movedCase', 'notDueInB', 'notDueInA']

  test('deletes exactly the due ones, with their history, their has-many rows and every link to them', async () => {
    const result = await runRetention(payload, {
      now,
      serviceIds: [serviceA, serviceB],
      batchSize: 2,
    })
    const deleted = deletedKeys.map((k) => ids[k])
    const kept = keptKeys.map((k) => ids[k])
    const left = (
      await rows(
        sql`SELECT id FROM referrals WHERE service_id IN (${idList([serviceA, serviceB])})`,
      )
    ).map((r) => Number(r.id))
    expect(
      left.sort((a, b) => a - b),
      'referrals left',
    ).toEqual([...kept].sort((a, b) => a - b))
    expect(result.deleted).toBe(deleted.length)
    expect(result.byService).toEqual(
      expect.arrayContaining([
        { serviceId: serviceA, deleted: 5, anonymised: 0 },
        { serviceId: serviceB, deleted: 1, anonymised: 0 },
      ]),
    )

    const traces = await rows(sql`
      SELECT 'event' AS kind, count(*)::int AS n FROM referral_events WHERE referral_id IN (${idList(deleted)})
      UNION ALL SELECT 'rels', count(*)::int FROM referrals_rels WHERE parent_id IN (${idList(deleted)}) OR referrals_id IN (${idList(deleted)})
      UNION ALL SELECT 'goals', count(*)::int FROM referrals_goals WHERE parent_id IN (${idList(deleted)})
      UNION ALL SELECT 'merged into', count(*)::int FROM referrals WHERE merged_into_id IN (${idList(deleted)})
      UNION ALL SELECT 'named in history', count(*)::int FROM referral_events WHERE related_referral_id IN (${idList(deleted)})`)
    expect(Object.fromEntries(traces.map((t) => [t.kind, t.n]))).toEqual({
      event: 0,
      rels: 0,
      goals: 0,
      'merged into': 0,
      'named in history': 0,
    })
  })

  test('leaves every other referral and its history as it was, except the links to the deleted', async () => {
    const after = await snapshot([serviceA, serviceB])
    const kept = keptKeys.map((k) => ids[k])
    expect(rowsOf(after.referrals, kept)).toEqual(rowsOf(before.referrals, kept))
    const eventsBefore = before.events.filter(
      (e) =>
        (e.row as Row).type !== 'duplicateDismissed' &&
        kept.includes(Number((e.row as Row).referral_id)),
    )
    const eventsAfter = after.events.filter((e) => (e.row as Row).type !== 'duplicateDismissed')
    expect(eventsAfter).toEqual(eventsBefore)
    // The dismissed-duplicate event stays, without the deleted referral's id.
    const dismissed = after.events.find((e) => (e.row as Row).type === 'duplicateDismissed')
      ?.row as Row
    expect(dismissed).toMatchObject({ referral_id: ids.open, related_referral_id: null })
  })

  test('a second run with the same clock changes nothing', async () => {
    const first = await snapshot([serviceA, serviceB])
    const result = await runRetention(payload, { now, serviceIds: [serviceA, serviceB] })
    expect(result).toMatchObject({ deleted: 0, anonymised: 0 })
    expect(await snapshot([serviceA, serviceB])).toEqual(first)
  })

  test('logs counts, never contents', async () => {
    logged.mockClear()
    const later = new Date(now.getTime() + 10 * day) // the one not yet due in B becomes due
    await runRetention(payload, { now: later, serviceIds: [serviceB] })
    const lines = logged.mock.calls.map((call) => JSON.stringify(call))
    expect(lines).toHaveLength(1)
    expect(JSON.parse(lines[0])[0]).toEqual({
      msg: 'Gallring klar',
      deleted: 1,
      anonymised: 0,
      byService: [{ serviceId: serviceB, deleted: 1, anonymised: 0 }],
    })
    expect(lines[0]).not.toMatch(/Gallringsperson|0380|Fel målgrupp|gallring-/)
  })
})

describe('anonymisation of closed cases', () => {
  const now = new Date('2030-04-10T10:00:00.000Z')
  const yearsAgo = (years: number, plusMs = 0) => {
    const date = new Date(now.getTime())
    date.setUTCFullYear(now.getUTCFullYear() - years)
    return new Date(date.getTime() - plusMs)
  }
  const ids: Record<string, number> = {}
  let service: number
  let longer: number

  beforeAll(async () => {
    service = await createService('anon')
    longer = await createService('anon-5', { anonymiseAfterYears: 5 })
    const received = yearsAgo(4)
    const closed = (at: Date) => to('closed', at, { outcome: 'studies' })
    ids.due = await referral(
      service,
      received,
      [...enrolledThen(yearsAgo(3)), closed(yearsAgo(2, second))],
      {
        referrer: {
          kind: 'professional',
          name: 'Remittent Testsson',
          phone: '08-465 004 12',
          organisation: 'Mottagning X',
        },
        applicant: {
          name: 'Anonymiseras Testsson',
          phone: '08-465 004 11',
          email: `${unique}@example.org`,
          dateOfBirth: '1990-01-01',
          age: 40,
          gender: 'man',
          municipality: '0380',
          message: 'Hej',
        },
      },
    )
    ids.notYet = await referral(service, received, [
      ...enrolledThen(yearsAgo(3)),
      closed(yearsAgo(2, -second)),
    ])
    ids.fiveYears = await referral(longer, received, [
      ...enrolledThen(yearsAgo(3)),
      closed(yearsAgo(3)),
    ])
    await payload.create({
      collection: 'referral-events',
      data: { referral: ids.due, type: 'note', note: 'Berättade om sin hälsa' } as never,
      context: { systemEvent: true },
    })
    await rows(
      sql`INSERT INTO referrals_rels ("order", parent_id, path, referrals_id) VALUES (1, ${ids.notYet}, 'possibleDuplicates', ${ids.due})`,
    )
  }, 120_000)

  test('clears the person from a case closed M years ago, keeps what the report reads, and only there', async () => {
    const result = await runRetention(payload, { now, serviceIds: [service, longer] })
    expect(result.anonymised).toBe(1)
    const [due] = await rows(sql`SELECT to_jsonb(r) AS row FROM referrals r WHERE id = ${ids.due}`)
    expect(due.row).toMatchObject({
      reference: `ANONYM-${ids.due}`,
      applicant_name: '',
      applicant_phone: null,
      applicant_email: null,
      applicant_date_of_birth: null,
      applicant_age: null,
      applicant_municipality: null,
      applicant_message: null,
      referrer_name: null,
      referrer_phone: null,
      referrer_email: null,
      referrer_organisation: null,
      custom_answers: null,
      eligibility: null,
      // What the follow-up report reads stays.
      status: 'closed',
      outcome: 'studies',
      applicant_gender: 'man',
      service_id: service,
    })
    expect((due.row as Row).anonymised_at).not.toBeNull()
    const events = await rows(
      sql`SELECT type, to_status, note, reason FROM referral_events WHERE referral_id = ${ids.due} ORDER BY at, id`,
    )
    expect(events.map((e) => e.to_status).filter(Boolean)).toEqual([
      'received',
      'screened',
      'waiting',
      'firstContact',
      'enrolled',
      'closed',
    ])
    expect(events.every((e) => e.note === null && e.reason === null)).toBe(true)
    const links = await rows(sql`
      SELECT count(*)::int AS n FROM referrals_rels WHERE parent_id = ${ids.due} OR referrals_id = ${ids.due}
      UNION ALL SELECT count(*)::int FROM referrals_goals WHERE parent_id = ${ids.due}`)
    expect(links.map((l) => l.n)).toEqual([0, 0])
    // Not yet due (a second short of two years), and a service that keeps cases five years.
    const others = await payload.find({
      collection: 'referrals',
      where: { id: { in: [ids.notYet, ids.fiveYears] } },
      overrideAccess: true,
    })
    expect(
      others.docs.every(
        (r) => !r.anonymisedAt && String(r.applicant.name).startsWith('Gallringsperson'),
      ),
    ).toBe(true)
  })

  test('an anonymised case cannot be reopened or edited, and takes no new notes', async () => {
    await expect(
      payload.update({
        collection: 'referrals',
        id: ids.due,
        data: { status: 'waiting', statusReason: 'Kommer tillbaka' } as never,
      }),
    ).rejects.toThrow('Anmälan är anonymiserad och kan inte ändras.')
    const admin = (
      await payload.find({
        collection: 'users',
        where: { role: { equals: 'admin' } },
        limit: 1,
        overrideAccess: true,
      })
    ).docs[0]
    await expect(
      payload.create({
        collection: 'referral-events',
        data: { referral: ids.due, type: 'note', note: 'Ringde, hon mår bättre nu' } as never,
        user: admin,
        overrideAccess: false,
      }),
    ).rejects.toThrow(
      'Anmälan är anonymiserad: den tar inte emot nya anteckningar eller uppgifter.',
    )
    const notes = await rows(
      sql`SELECT count(*)::int AS n FROM referral_events WHERE referral_id = ${ids.due} AND type = 'note'`,
    )
    expect(notes[0].n).toBe(1) // the one written before, its text cleared
  })
})

describe('the follow-up figures are the same before and after retention', () => {
  // Cases beyond the report's own dataset: two stays in the queue around a pause, then withdrawn; declined,
  // reopened, then redirected (two closings); a case in the other service moved here and withdrawn,
  // with an employer contact and a job start that ended.
  const extra: Case[] = [
    {
      key: 'X1',
      gender: 'man',
      receivedAt: '2025-01-08T09:00:00Z',
      source: 'self',
      heardFrom: 'web',
      steps: [
        { to: 'screened', at: '2025-01-09T09:00:00Z' },
        { to: 'waiting', at: '2025-01-10T09:00:00Z' },
        { to: 'onHold', at: '2025-01-25T09:00:00Z', reason: 'Sjukhusvistelse' },
        { to: 'waiting', at: '2025-02-14T09:00:00Z' },
        { to: 'firstContact', at: '2025-03-03T09:00:00Z' },
        { to: 'withdrawn', at: '2025-03-12T09:00:00Z' },
      ],
    },
    {
      key: 'X2',
      gender: 'other',
      receivedAt: '2025-01-20T09:00:00Z',
      source: 'school',
      heardFrom: 'school',
      steps: [
        { to: 'declined', at: '2025-01-22T09:00:00Z', reason: 'Fel målgrupp' },
        { to: 'waiting', at: '2025-02-03T09:00:00Z', reason: 'Ny bedömning' },
        { to: 'redirected', at: '2025-03-28T21:30:00Z', target: 'Komvux' },
      ],
    },
    {
      key: 'X3',
      gender: 'woman',
      receivedAt: '2024-12-01T09:00:00Z',
      service: 'other',
      source: 'fk',
      heardFrom: 'fk',
      steps: [
        { to: 'screened', at: '2024-12-02T09:00:00Z' },
        { to: 'waiting', at: '2024-12-02T10:00:00Z' },
        { to: 'firstContact', at: '2024-12-10T09:00:00Z' },
        { to: 'enrolled', at: '2024-12-20T09:00:00Z' },
        { record: { type: 'employerContact', date: '2025-01-10' }, at: '2025-01-10T09:00:00Z' },
        {
          record: {
            type: 'workStart',
            date: '2025-01-15',
            workStart: {
              kind: 'competitiveJob',
              sector: 'I',
              hoursPerWeek: 20,
              monthlySalary: 18_000,
            },
          },
          at: '2025-01-15T09:00:00Z',
        },
        { moveTo: 'report', at: '2025-02-01T09:00:00Z' },
        {
          record: { type: 'workEnd', date: '2025-02-20', workEnd: { reason: 'resigned' } },
          at: '2025-02-20T09:00:00Z',
        },
        { to: 'withdrawn', at: '2025-03-05T09:00:00Z' },
      ],
    },
  ]
  const periods = [
    { from: '2025-01-01', to: '2025-03-31' },
    { from: '2025-02-01', to: '2025-02-28' },
    { from: '2025-03-31', to: '2025-03-31' },
    { from: '2024-09-01', to: '2025-12-31' },
  ]
  const now = new Date('2030-01-01T12:00:00.000Z')

  test('for every table, period and service, and the public waiting time', async () => {
    const { serviceId, otherServiceId, ids } = await createReportDataset(
      payload,
      `${unique}-rapport`,
      extra,
    )
    createdServices.push(serviceId, otherServiceId)
    const scopes = [[serviceId], [otherServiceId], [serviceId, otherServiceId]]
    const figures = async () => ({
      reports: await Promise.all(
        periods.flatMap((period) =>
          scopes.map((serviceIds) => followUpReport(payload, { ...period, serviceIds })),
        ),
      ),
      waiting: await queueStatus(
        payload,
        { id: serviceId, slug: 'rapport' },
        new Date('2025-04-15T12:00:00Z'),
      ),
    })
    const before = await figures()

    const result = await runRetention(payload, { now, serviceIds: [serviceId, otherServiceId] })
    // Never a case: R8 (declined), R9 (redirected), R10 (withdrawn), R15 and R16 (merged), X1, X2.
    // Cases closed long ago: R1, R3, R11, R13 (closed) and X3 (withdrawn after enrolment).
    expect(result).toMatchObject({ deleted: 7, anonymised: 5 })
    const gone = await rows(
      sql`SELECT id FROM referrals WHERE id IN (${idList(['R8', 'R9', 'R10', 'R15', 'R16', 'X1', 'X2'].map((k) => ids.get(k)!))})`,
    )
    expect(gone).toEqual([])

    const after = await figures()
    expect(after.waiting).toEqual(before.waiting)
    after.reports.forEach((report, i) =>
      expect(report, `${JSON.stringify(report.period)} ${report.serviceIds}`).toEqual(
        before.reports[i],
      ),
    )
    // The figures are not trivially equal: the deleted referrals are in them.
    expect(before.reports[0].inflow.total).toBeGreaterThan(0)
    expect(before.reports[0].closings.byCategory.redirected.total).toBe(2)
    // X3's job start stays in the anonymised case: counted, with its sector and its end.
    expect(before.reports[0].starts.byKind.competitiveJob.woman).toBe(1)
    expect(before.reports[0].starts.bySector.I).toBe(1)
    expect(before.reports[0].starts.tenure[0]).toMatchObject({ starts: 1, endedBefore: 1 })
  }, 240_000)
})

describe('the retention job', () => {
  test('is registered on its queue with a daily schedule', () => {
    const task = payload.config.jobs.tasks?.find((t) => t.slug === retentionTask)
    expect(task?.schedule).toEqual([{ cron: '0 3 * * *', queue: retentionQueue }])
  })

  test("runs through Payload's job runner with the clock given to it", async () => {
    const service = await createService('job')
    const now = new Date('2030-06-01T10:00:00.000Z')
    const due = await referral(service, new Date(now.getTime() - 60 * day), [
      declined(new Date(now.getTime() - 31 * day)),
    ])
    const notDue = await referral(service, new Date(now.getTime() - 60 * day), [
      declined(new Date(now.getTime() - 29 * day)),
    ])
    // A queue of its own, so that nothing else picks the job up.
    const queue = `${unique}-job`
    const job = await payload.jobs.queue({
      task: 'retention',
      queue,
      input: { services: [service] },
    })
    const req = await createLocalReq({ context: { [retentionClockKey]: now } }, payload)
    const { jobStatus } = await payload.jobs.run({ queue, req, silent: true })
    expect(jobStatus).toEqual({ [job.id]: { status: 'success' } })

    // Finished jobs stay on record with their counts.
    const [done] = await rows(
      sql`SELECT completed_at, has_error FROM payload_jobs WHERE id = ${job.id}`,
    )
    expect(done, 'the job record').toMatchObject({ has_error: false })
    expect(done.completed_at).not.toBeNull()
    const [log] = await rows(sql`SELECT output FROM payload_jobs_log WHERE _parent_id = ${job.id}`)
    expect(log.output).toEqual({ deleted: 1, anonymised: 0 })
    const left = await rows(sql`SELECT id FROM referrals WHERE id IN (${idList([due, notDue])})`)
    expect(left.map((r) => Number(r.id))).toEqual([notDue])

    // Admins read the runs (the admin lists them under Administration); intake staff do not.
    const runs = (auth: Record<string, string>) =>
      fetch(`${cmsUrl()}/api/payload-jobs/${job.id}?depth=0`, { headers: auth })
    const demo = (role: string) => demoUsers.find((u) => u.role === role)!
    const asAdmin = await runs(await login(demo('admin').email, demo('admin').password))
    expect(asAdmin.status).toBe(200)
    expect(((await asAdmin.json()) as { log: { output: unknown }[] }).log[0].output).toEqual({
      deleted: 1,
      anonymised: 0,
    })
    expect((await runs(await login(demo('intake').email, demo('intake').password))).status).toBe(
      403,
    )
  })
})
