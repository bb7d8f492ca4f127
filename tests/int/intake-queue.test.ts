import type { Payload, TypedUser } from 'payload'

import { sql, type SQLWrapper } from '@payloadcms/db-postgres/drizzle'
import { PgDialect } from '@payloadcms/db-postgres/drizzle/pg-core'
import { demoUsers } from '@stodportalen/seed'
import {
  openStatuses,
  queuePosition,
  queueStatuses,
  referralFlags,
  type Status,
} from '@stodportalen/support-services/domain'
import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, test } from 'vitest'

import {
  intakeQueue,
  type IntakeQueue,
  type QueueFilters,
  type QueueFlag,
  queueFlags,
  queuePageSql,
  referralScopeOf,
} from '../../plugins/support-services/src/operations/intakeQueue'
import {
  drizzleRunner,
  postgresOf,
  tables,
} from '../../plugins/support-services/src/operations/sql'
import { cmsUrl, login, testPayload } from '../support/cms'
import { firstUnit } from '../support/units'

/**
 * The intake queue's operation and endpoint against the seeded test system: scope (demo accounts and
 * seeded data), and every filter, badge, count, queue position and page on a dataset of its own, in a
 * service of its own with an intake account of its own, at a fixed `now`.
 */

const now = new Date('2026-03-10T12:00:00.000Z')
const day = 86_400_000
/** 00:00 Swedish time on 10 March 2026 (winter: 23:00 UTC the day before), the day the badges count from. */
const midnight = Date.UTC(2026, 2, 9, 23)
const at = (ms: number) => new Date(ms).toISOString()

type Doc = Record<string, any>

let payload: Payload
let serviceIds: Record<string, number>
let staff: TypedUser
let colleague: TypedUser
const users = new Map<string, TypedUser>()
const ours = new Map<string, number>()

const demo = (role: string, service?: string) =>
  demoUsers.find(
    (u) => u.role === role && (!service || (u.services as readonly string[]).includes(service)),
  )!

const userOf = async (email: string) => {
  const { docs } = await payload.find({
    collection: 'users',
    where: { email: { equals: email } },
    depth: 0,
    limit: 1,
  })
  return { ...docs[0], collection: 'users' } as unknown as TypedUser
}

/** How one referral of the test service reaches its state: each status step goes through the workflow. */
interface Plan {
  key: string
  receivedAt: string
  steps?: Status[]
  priority?: 'high'
  data?: Record<string, unknown>
}

const throughWorkflow: Partial<Record<Status, Status[]>> = {
  screened: ['screened'],
  waiting: ['screened', 'waiting'],
  firstContact: ['screened', 'waiting', 'firstContact'],
  onHold: ['screened', 'waiting', 'onHold'],
  enrolled: ['screened', 'waiting', 'firstContact', 'enrolled'],
  active: ['screened', 'waiting', 'firstContact', 'enrolled', 'active'],
  closed: ['screened', 'waiting', 'firstContact', 'enrolled', 'active', 'closed'],
}

// Received dates sit on the badges' edges as `now` sees them (Swedish days).
const plans: Plan[] = [
  { key: 'late', receivedAt: at(midnight - 40 * day), steps: ['waiting'] },
  {
    key: 'urgent',
    receivedAt: at(midnight - 10 * day),
    steps: ['waiting'],
    priority: 'high',
    data: { firstContactAt: at(midnight - 9 * day) },
  },
  { key: 'exactly30', receivedAt: at(midnight - 30 * day), steps: ['screened'] },
  { key: 'day31', receivedAt: at(midnight - 30 * day - 1), steps: ['screened'] },
  { key: 'new', receivedAt: at(midnight - 4 * day + 1) },
  { key: 'day5', receivedAt: at(midnight - 4 * day - 1) },
  { key: 'reached', receivedAt: at(midnight - 20 * day), steps: ['firstContact'] },
  { key: 'tieA', receivedAt: at(midnight - 15 * day), steps: ['waiting'] },
  { key: 'tieB', receivedAt: at(midnight - 15 * day), steps: ['waiting'] },
  { key: 'paused', receivedAt: at(midnight - 60 * day), steps: ['onHold'] },
  {
    key: 'due',
    receivedAt: at(midnight - 200 * day),
    steps: ['active'],
    data: { nextReassessmentAt: at(now.getTime() - day) },
  },
  {
    key: 'dueNow',
    receivedAt: at(midnight - 190 * day),
    steps: ['enrolled'],
    data: { nextReassessmentAt: at(now.getTime()) },
  },
  {
    key: 'notYet',
    receivedAt: at(midnight - 180 * day),
    steps: ['active'],
    data: { nextReassessmentAt: at(now.getTime() + 1) },
  },
  {
    key: 'closed',
    receivedAt: at(midnight - 300 * day),
    steps: ['closed'],
    data: { nextReassessmentAt: null },
  },
]

const create = async (plan: Plan, serviceId: number, index: number) => {
  const created = await payload.create({
    collection: 'referrals',
    data: {
      reference: `KOTEST-${index}-${randomUUID().slice(0, 8)}`,
      service: serviceId,
      receivedAt: plan.receivedAt,
      priority: plan.priority ?? 'normal',
      applicant: { name: `Kötest ${plan.key}` },
    } as never,
    context: { eventAt: plan.receivedAt },
  })
  const path = plan.steps ? (throughWorkflow[plan.steps[0]] ?? plan.steps) : []
  for (const status of path) {
    await payload.update({
      collection: 'referrals',
      id: created.id,
      data: {
        status,
        ...(status === 'onHold' && { statusReason: 'Vill vänta' }),
        ...(status === 'closed' && { outcome: 'studies' }),
      } as never,
      context: { eventAt: plan.receivedAt },
    })
  }
  if (plan.data)
    await payload.update({ collection: 'referrals', id: created.id, data: plan.data as never })
  ours.set(plan.key, created.id as number)
}

beforeAll(async () => {
  payload = await testPayload()
  const services = await payload.find({ collection: 'services', depth: 0, limit: 10 })
  serviceIds = Object.fromEntries(services.docs.map((s) => [s.slug as string, s.id as number]))
  for (const [key, role, service] of [
    ['se', 'intake', 'se'],
    ['ips', 'intake', 'ips'],
    ['admin', 'admin'],
    ['editor', 'editor'],
  ] as const) {
    users.set(key, await userOf(demo(role, service).email))
  }

  const unique = `kotest-${Date.now().toString(36)}`
  const service = await payload.create({
    collection: 'services',
    data: {
      unit: await firstUnit(payload),
      name: 'Kötest',
      summary: 'Testdata för intagskön',
      slug: unique,
      method: 'ips',
      status: 'closed',
    } as never,
  })
  serviceIds.test = service.id as number
  const unit = await firstUnit(payload)
  const account = (name: string) => ({
    email: `${name}.${unique}@stodportalen.example`,
    password: randomUUID(),
    name,
    role: 'intake',
    units: [unit],
    services: [service.id],
  })
  const created = await payload.create({
    collection: 'users',
    data: account('kotest-intag') as never,
  })
  await payload.create({ collection: 'users', data: account('kotest-kollega') as never })
  staff = await userOf(`kotest-intag.${unique}@stodportalen.example`)
  colleague = await userOf(`kotest-kollega.${unique}@stodportalen.example`)
  expect(staff.id).toBe(created.id)

  for (const [index, plan] of plans.entries()) await create(plan, service.id as number, index)
  // Assignments, consent and a possible duplicate, as staff record them.
  await payload.update({
    collection: 'referrals',
    id: ours.get('late')!,
    data: { assignee: staff.id } as never,
  })
  await payload.update({
    collection: 'referrals',
    id: ours.get('due')!,
    data: { assignee: staff.id, consent: { recordedAt: at(midnight - 100 * day) } } as never,
  })
  await payload.update({
    collection: 'referrals',
    id: ours.get('reached')!,
    data: { assignee: colleague.id } as never,
  })
  await payload.update({
    collection: 'referrals',
    id: ours.get('notYet')!,
    data: {
      consent: { recordedAt: at(midnight - 100 * day), withdrawnAt: at(midnight - 10 * day) },
    } as never,
  })
  await payload.update({
    collection: 'referrals',
    id: ours.get('day5')!,
    data: { possibleDuplicates: [ours.get('late')] } as never,
  })
}, 120_000)

/* ---------------------------------------------------------------------------------------------- */

const queueAs = (user: TypedUser, filters: Partial<QueueFilters> = {}, page = 1, limit = 25) =>
  intakeQueue(payload, { user, filters, page, limit, now })

/** Every row of a filtered queue, walking the pages as the view does. */
const everyRow = async (user: TypedUser, filters: Partial<QueueFilters> = {}, limit = 50) => {
  const rows: IntakeQueue['rows'] = []
  for (let page = 1; page <= 50; page++) {
    const result = await queueAs(user, filters, page, limit)
    rows.push(...result.rows)
    if (!result.hasNextPage) return rows
  }
  throw new Error('more than 50 pages')
}

/** The open referrals of some services as the Local API reads them, with the domain's badges at `now`. */
const openReferrals = async (serviceIdList: number[]) => {
  const { docs } = await payload.find({
    collection: 'referrals',
    where: { service: { in: serviceIdList }, status: { in: [...openStatuses] } },
    depth: 0,
    limit: 5000,
    pagination: false,
  })
  return (docs as Doc[]).map((doc) => ({
    doc,
    flags: referralFlags(
      {
        status: doc.status,
        receivedAt: doc.receivedAt,
        firstContactAt: doc.firstContactAt,
        nextReassessmentAt: doc.nextReassessmentAt,
        possibleDuplicateCount: (doc.possibleDuplicates ?? []).length,
      },
      now,
    ),
  }))
}

const keysOf = (ids: number[]) =>
  ids.map((id) => [...ours].find(([, v]) => v === id)?.[0] ?? `#${id}`).sort()

/* ---------------------------------------------------------------------------------------------- */

describe('scope', () => {
  test('the SE intake user never sees IPS or SEd rows or counts', async () => {
    const se = users.get('se')!
    expect(await referralScopeOf(payload, se)).toEqual([serviceIds.se])
    const rows = await everyRow(se)
    expect(rows.length).toBeGreaterThan(0)
    expect(new Set(rows.map((r) => r.service.id))).toEqual(new Set([serviceIds.se]))
    const result = await queueAs(se)
    expect(result.services.map((s) => s.id)).toEqual([serviceIds.se])
    // Asking for another service's queue shows no rows, and still only the own service's counts.
    const other = await queueAs(se, { service: serviceIds.ips })
    expect(other.rows).toEqual([])
    expect(other.services.map((s) => s.id)).toEqual([serviceIds.se])
    // The counts are the SE figures, not anybody else's.
    const open = await openReferrals([serviceIds.se])
    expect(result.services[0].counts.open).toBe(open.length)
  })

  test('IPS intake sees IPS and SEd; editors see nothing; admins see every service', async () => {
    const ips = await queueAs(users.get('ips')!)
    expect(ips.services.map((s) => s.id).sort()).toEqual([serviceIds.ips, serviceIds.sed].sort())
    expect(ips.rows.every((r) => [serviceIds.ips, serviceIds.sed].includes(r.service.id))).toBe(
      true,
    )
    const editor = await queueAs(users.get('editor')!)
    expect(editor).toMatchObject({ services: [], rows: [], assignees: [] })
    const admin = await queueAs(users.get('admin')!)
    expect(admin.services.map((s) => s.id)).toEqual(
      expect.arrayContaining(Object.values(serviceIds)),
    )
  })

  test('the assignee filter offers colleagues of the same services only', async () => {
    const labels = (await queueAs(staff)).assignees.map((a) => a.label)
    expect(labels).toEqual(
      expect.arrayContaining(['kotest-intag', 'kotest-kollega', 'Demo Administratör']),
    )
    expect(labels).not.toContain('Demo Intag SE')
    expect(labels).not.toContain('Demo Redaktör')
  })
})

describe('the test service at a fixed moment', () => {
  const keys = async (filters: Partial<QueueFilters>) =>
    keysOf((await everyRow(staff, filters, 4)).map((r) => r.id))

  test('the default list is every open referral: the queue first, then on hold, then cases', async () => {
    const rows = await everyRow(staff, {}, 4)
    expect(rows.map((r) => r.status)).not.toContain('closed')
    expect(keysOf(rows.map((r) => r.id))).toEqual(
      plans
        .filter((p) => p.key !== 'closed')
        .map((p) => p.key)
        .sort(),
    )
    const groups = rows.map((r) =>
      (queueStatuses as readonly string[]).includes(r.status) ? 0 : r.status === 'onHold' ? 1 : 2,
    )
    expect(groups).toEqual([...groups].sort())
    expect(keysOf([rows[0].id])).toEqual(['urgent']) // high priority first
  })

  test('lists and single statuses', async () => {
    expect(await keys({ status: 'queued' })).toEqual([
      'day31',
      'day5',
      'exactly30',
      'late',
      'new',
      'reached',
      'tieA',
      'tieB',
      'urgent',
    ])
    expect(await keys({ status: 'inCase' })).toEqual(['due', 'dueNow', 'notYet'])
    expect(await keys({ status: 'reassessmentDue' })).toEqual(['due', 'dueNow'])
    expect(await keys({ status: 'screened' })).toEqual(['day31', 'exactly30'])
    expect(await keys({ status: 'onHold' })).toEqual(['paused'])
  })

  test('assignee: me, nobody, a colleague', async () => {
    expect(await keys({ assignee: 'me' })).toEqual(['due', 'late'])
    expect(await keys({ assignee: colleague.id as number })).toEqual(['reached'])
    expect((await keys({ assignee: 'none' })).sort()).toEqual(
      plans
        .map((p) => p.key)
        .filter((k) => !['late', 'due', 'reached', 'closed'].includes(k))
        .sort(),
    )
  })

  test('each badge filter finds exactly the referrals the domain flags, at the day boundaries too', async () => {
    expect(await keys({ flags: ['waitingTooLong'] })).toEqual(['day31', 'late'])
    expect(await keys({ flags: ['noContact'] })).toEqual([
      'day31',
      'day5',
      'exactly30',
      'late',
      'paused',
      'tieA',
      'tieB',
    ])
    expect(await keys({ flags: ['reassessmentDue'] })).toEqual(['due', 'dueNow'])
    expect(await keys({ flags: ['possibleDuplicate'] })).toEqual(['day5'])
    expect(await keys({ flags: ['waitingTooLong', 'noContact'], assignee: 'me' })).toEqual(['late'])
    expect(await keys({ status: 'inCase', flags: ['waitingTooLong'] })).toEqual([])
  })

  test('rows carry what the view shows', async () => {
    const rows = await everyRow(staff)
    const row = (key: string) => rows.find((r) => r.id === ours.get(key))!
    expect(row('late')).toMatchObject({
      daysWaiting: 40,
      assignee: { id: staff.id, label: 'kotest-intag' },
      consent: 'none',
      priority: 'normal',
    })
    expect(row('exactly30').daysWaiting).toBe(30)
    expect(row('due')).toMatchObject({
      daysWaiting: null,
      queuePosition: null,
      consent: 'recorded',
    })
    expect(row('notYet').consent).toBe('withdrawn')
    expect(row('urgent')).toMatchObject({
      priority: 'high',
      queuePosition: 1,
      flags: { waitingTooLong: false, noContact: false },
    })
    expect(row('late').service).toEqual({ id: serviceIds.test, name: 'Kötest' })
  })

  test('the counts at the top match the rows', async () => {
    const [service] = (await queueAs(staff)).services
    expect(service.counts).toEqual({
      open: 13,
      queued: 9,
      waitingTooLong: 2,
      noContact: 7,
      reassessmentDue: 2,
      possibleDuplicate: 1,
      // Nobody here asked on a status page to be contacted (status-page.test.ts sets the flag).
      contactRequested: 0,
      assignedToMe: 2,
    })
  })

  test('pages: limit + 1 tells whether another page exists; every row once, in order', async () => {
    const all = (await queueAs(staff, {}, 1, 50)).rows.map((r) => r.id)
    const paged: number[] = []
    for (let page = 1; ; page++) {
      const result = await queueAs(staff, {}, page, 5)
      expect(result.hasPrevPage).toBe(page > 1)
      paged.push(...result.rows.map((r) => r.id))
      if (!result.hasNextPage) {
        expect(result.rows.length).toBeLessThanOrEqual(5)
        break
      }
      expect(result.rows).toHaveLength(5)
    }
    expect(paged).toEqual(all)
    expect((await queueAs(staff, {}, 4, 5)).rows).toEqual([])
  })
})

describe('agreement with the domain on real data', () => {
  const scopes = () => [
    { name: 'the test service', user: staff, services: [serviceIds.test] },
    { name: 'SE (seeded)', user: users.get('se')!, services: [serviceIds.se] },
  ]

  test('badges on every row are referralFlags of that referral', async () => {
    for (const { user, services } of scopes()) {
      const expected = new Map(
        (await openReferrals(services)).map(({ doc, flags }) => [doc.id as number, flags]),
      )
      const rows = await everyRow(user)
      expect(rows.map((r) => r.id).sort()).toEqual([...expected.keys()].sort())
      for (const row of rows)
        expect(row.flags, `row ${row.reference}`).toEqual(expected.get(row.id))
    }
  })

  test('each flag filter and each count means exactly what referralFlags says', async () => {
    for (const { name, user, services } of scopes()) {
      const open = await openReferrals(services)
      const counts = (await queueAs(user)).services[0].counts
      for (const flag of queueFlags) {
        const expected = open
          .filter((o) => o.flags[flag])
          .map((o) => o.doc.id as number)
          .sort()
        const found = (await everyRow(user, { flags: [flag as QueueFlag] })).map((r) => r.id).sort()
        expect(found, `${name}: ${flag}`).toEqual(expected)
        expect(counts[flag], `${name}: count of ${flag}`).toBe(expected.length)
      }
    }
  })

  test('queue positions are queuePosition over the service queue in Payload order', async () => {
    for (const { name, user, services } of scopes()) {
      const { docs } = await payload.find({
        collection: 'referrals',
        where: { service: { equals: services[0] }, status: { in: [...queueStatuses] } },
        sort: 'receivedAt', // Payload breaks ties by createdAt, newest first
        depth: 0,
        limit: 5000,
        pagination: false,
      })
      const entries = (docs as Doc[]).map((d) => ({
        id: d.id as number,
        receivedAt: d.receivedAt as string,
        priority: d.priority,
      }))
      const rows = await everyRow(user, { status: 'queued' })
      expect(rows.length, name).toBe(entries.length)
      for (const row of rows)
        expect(row.queuePosition, `${name}: ${row.reference}`).toBe(queuePosition(entries, row.id))
      expect(rows.map((r) => r.queuePosition)).toEqual(rows.map((_, i) => i + 1))
    }
  })
})

test('the page is read in index order from referrals_open_order_idx, not sorted', async () => {
  const { pool } = postgresOf(payload)
  const query = new PgDialect().sqlToQuery(
    queuePageSql({
      filters: { unit: null, service: null, status: 'open', assignee: null, flags: [] },
      serviceIds: [serviceIds.test],
      userId: staff.id,
      usersTable: 'users',
      now,
      limit: 25,
      offset: 0,
    }),
  )
  const client = await pool.connect()
  try {
    await client.query('BEGIN')
    // On a table this small PostgreSQL would rather sort; forbid what the real size forbids.
    await client.query(
      'SET LOCAL enable_seqscan = off; SET LOCAL enable_bitmapscan = off; SET LOCAL enable_sort = off; SET LOCAL enable_incremental_sort = off',
    )
    const { rows } = await client.query(`EXPLAIN ${query.sql}`, query.params)
    const plan = rows.map((r: Record<string, string>) => r['QUERY PLAN'])
    const limit = plan.findIndex((line: string) => /->\s+Limit/.test(line))
    expect(plan[limit + 1], plan.join('\n')).toMatch(
      /Index Only Scan using referrals_open_order_idx/,
    )
  } finally {
    await client.query('ROLLBACK')
    client.release()
  }
})

describe('the unit filter', () => {
  const unitIds = { uppsala: 0, enkopingHabo: 0 }
  const servicesOfUnit = new Map<number, number[]>()
  const idsOf = (list: Array<{ id: number }>) => list.map((s) => s.id).sort()

  beforeAll(async () => {
    const { docs: units } = await payload.find({ collection: 'units', depth: 0, limit: 100 })
    for (const unit of units) {
      const { docs } = await payload.find({
        collection: 'services',
        where: { unit: { equals: unit.id } },
        depth: 0,
        limit: 100,
      })
      servicesOfUnit.set(unit.id as number, docs.map((s) => s.id as number).sort())
    }
    const unitOf = (slug: string) =>
      [...servicesOfUnit].find(([, services]) => services.includes(serviceIds[slug]))![0]
    unitIds.uppsala = unitOf('se')
    unitIds.enkopingHabo = unitOf('ips-enkoping-habo')
    expect(unitIds.uppsala).not.toBe(unitIds.enkopingHabo)
  })

  test('an account of one unit is offered none, and naming another unit never widens its scope', async () => {
    const se = users.get('se')!
    expect((await queueAs(se)).units.map((u) => u.id)).toEqual([unitIds.uppsala])
    const own = await queueAs(se, { unit: unitIds.uppsala })
    expect(idsOf(own.services)).toEqual([serviceIds.se])
    const other = await queueAs(se, { unit: unitIds.enkopingHabo })
    expect(other).toMatchObject({ services: [], rows: [] })
    const both = await queueAs(se, {
      unit: unitIds.enkopingHabo,
      service: serviceIds['ips-enkoping-habo'],
    })
    expect(both).toMatchObject({ services: [], rows: [] })
  })

  test('the central admin chooses a unit: the counts and the rows follow the choice', async () => {
    const admin = users.get('admin')!
    const all = await queueAs(admin)
    expect(all.units.map((u) => u.id)).toEqual(expect.arrayContaining(Object.values(unitIds)))
    const countsOf = new Map(all.services.map((s) => [s.id, s.counts]))
    for (const unit of Object.values(unitIds)) {
      const own = servicesOfUnit.get(unit)!
      const queue = await queueAs(admin, { unit })
      expect(idsOf(queue.services), `unit ${unit}`).toEqual(own)
      for (const service of queue.services)
        expect(service.counts, service.name).toEqual(countsOf.get(service.id))
      const rows = await everyRow(admin, { unit })
      expect(rows.length, `unit ${unit}`).toBeGreaterThan(0)
      expect(rows.filter((r) => !own.includes(r.service.id))).toEqual([])
    }
  })

  test('the assignee filter follows the unit filter: staff of the shown services and central admins', async () => {
    const labelsOf = async (user: TypedUser, unit: null | number) =>
      (await queueAs(user, { unit })).assignees.map((a) => a.label)
    const admin = users.get('admin')!
    const uppsalaStaff = [demo('intake', 'se').name, demo('intake', 'ips').name]
    const ehStaff = [
      demo('intake', 'ips-enkoping-habo').name,
      demo('unitAdmin', 'ips-enkoping-habo').name,
    ]
    const adminName = demo('admin').name
    expect(await labelsOf(admin, null)).toEqual(
      expect.arrayContaining([...uppsalaStaff, ...ehStaff]),
    )
    const eh = await labelsOf(admin, unitIds.enkopingHabo)
    expect(eh).toEqual(expect.arrayContaining([...ehStaff, adminName]))
    for (const name of uppsalaStaff)
      expect(eh, `unit Enköping–Håbo offers ${name}`).not.toContain(name)
    const uppsala = await labelsOf(admin, unitIds.uppsala)
    expect(uppsala).toEqual(expect.arrayContaining([...uppsalaStaff, adminName]))
    for (const name of ehStaff) expect(uppsala, `unit Uppsala offers ${name}`).not.toContain(name)
    // A unit outside the account's scope shows no service, so no colleague of another unit either.
    const outside = await labelsOf(users.get('se')!, unitIds.enkopingHabo)
    for (const name of [...ehStaff, ...uppsalaStaff])
      expect(outside, `outside the scope: ${name}`).not.toContain(name)
  })

  test('the assignee filter follows the service filter: staff of that service and central admins', async () => {
    const labelsOf = async (user: TypedUser, filters: Partial<QueueFilters>) =>
      (await queueAs(user, filters)).assignees.map((a) => a.label)
    const admin = users.get('admin')!
    const adminName = demo('admin').name
    const seStaff = demo('intake', 'se').name
    const ipsStaff = demo('intake', 'ips').name
    const manager = demo('unitAdmin', 'se').name
    const ehStaff = demo('intake', 'ips-enkoping-habo').name
    // Without a service filter the unit's staff of every service are offered.
    expect(await labelsOf(admin, { unit: unitIds.uppsala })).toEqual(
      expect.arrayContaining([seStaff, ipsStaff, manager, adminName]),
    )
    const se = await labelsOf(admin, { service: serviceIds.se })
    expect(se).toEqual(expect.arrayContaining([seStaff, manager, adminName]))
    for (const name of [ipsStaff, ehStaff]) expect(se, `SE offers ${name}`).not.toContain(name)
    const ips = await labelsOf(admin, { unit: unitIds.uppsala, service: serviceIds.ips })
    expect(ips).toEqual(expect.arrayContaining([ipsStaff, manager, adminName]))
    for (const name of [seStaff, ehStaff]) expect(ips, `IPS offers ${name}`).not.toContain(name)
    // A service outside the account's scope (or the chosen unit) shows no rows, so none of its staff.
    const outside = await labelsOf(users.get('se')!, { service: serviceIds.ips })
    for (const name of [ipsStaff, seStaff, manager])
      expect(outside, `outside the scope: ${name}`).not.toContain(name)
    const otherUnit = await labelsOf(admin, { unit: unitIds.enkopingHabo, service: serviceIds.se })
    for (const name of [seStaff, manager, ehStaff])
      expect(otherUnit, `another unit's service: ${name}`).not.toContain(name)
  })

  test('intake staff of two units see both and choose one', async () => {
    const email = `kotest-tva-enheter.${Date.now().toString(36)}@stodportalen.example`
    await payload.create({
      collection: 'users',
      data: {
        email,
        password: randomUUID(),
        name: 'Två enheter',
        role: 'intake',
        units: [unitIds.uppsala, unitIds.enkopingHabo],
        services: [serviceIds.se, serviceIds['ips-enkoping-habo']],
      } as never,
    })
    const user = await userOf(email)
    const all = await queueAs(user)
    expect(all.units.map((u) => u.id).sort()).toEqual(Object.values(unitIds).sort())
    expect(idsOf(all.services)).toEqual([serviceIds.se, serviceIds['ips-enkoping-habo']].sort())
    const eh = await queueAs(user, { unit: unitIds.enkopingHabo })
    expect(idsOf(eh.services)).toEqual([serviceIds['ips-enkoping-habo']])
    const rows = await everyRow(user, { unit: unitIds.enkopingHabo })
    expect(rows.length).toBeGreaterThan(0)
    expect(new Set(rows.map((r) => r.service.id))).toEqual(
      new Set([serviceIds['ips-enkoping-habo']]),
    )
    // Another service of the same unit is still outside this account's scope.
    const admin = await queueAs(users.get('admin')!, { unit: unitIds.uppsala })
    expect(idsOf(admin.services)).toContain(serviceIds.ips)
    expect(idsOf((await queueAs(user, { unit: unitIds.uppsala })).services)).toEqual([
      serviceIds.se,
    ])
  })

  test('the endpoint: another unit is 403, a unit that is not an id 400; the admin gets the unit', async () => {
    const get = (query: string, headers: Record<string, string>) =>
      fetch(`${cmsUrl()}/api/referrals/queue${query}`, { headers })
    const se = await login(demo('intake', 'se').email, demo('intake', 'se').password)
    const other = await get(`?unit=${unitIds.enkopingHabo}`, se)
    expect(other.status).toBe(403)
    expect(((await other.json()) as { errors: Array<{ field: string }> }).errors[0].field).toBe(
      'unit',
    )
    expect((await get('?unit=Uppsala', se)).status).toBe(400)
    expect((await get(`?unit=${unitIds.uppsala}`, se)).status).toBe(200)
    const admin = await login(demo('admin').email, demo('admin').password)
    const response = await get(`?unit=${unitIds.enkopingHabo}`, admin)
    const body = (await response.json()) as IntakeQueue
    expect(response.status, JSON.stringify(body)).toBe(200)
    expect(idsOf(body.services)).toEqual(servicesOfUnit.get(unitIds.enkopingHabo))
    expect(body.filters.unit).toBe(unitIds.enkopingHabo)
  })

  test('the view offers the filter to the central admin only, and its counts follow it', async () => {
    const page = async (email: string, password: string, query = '') => {
      const token = (await login(email, password)).Authorization.replace(/^JWT /, '')
      const response = await fetch(`${cmsUrl()}/admin/intake${query}`, {
        headers: { cookie: `payload-token=${token}`, 'sec-fetch-site': 'same-origin' },
        redirect: 'manual',
      })
      expect(response.status, `/admin/intake${query}`).toBe(200)
      return response.text()
    }
    const filter = 'id="intake-queue-unit"'
    expect(await page(demo('intake', 'se').email, demo('intake', 'se').password)).not.toContain(
      filter,
    )
    const admin = demo('admin')
    expect(await page(admin.email, admin.password)).toContain(filter)
    const eh = await page(admin.email, admin.password, `?unit=${unitIds.enkopingHabo}`)
    const summary = eh.slice(eh.indexOf('intake-queue-summary'), eh.indexOf('intake-queue-filters'))
    // Each service card links to its own queue, within the chosen unit.
    for (const service of servicesOfUnit.get(unitIds.enkopingHabo)!)
      expect(summary).toContain(`unit=${unitIds.enkopingHabo}&amp;service=${service}`)
    for (const service of servicesOfUnit.get(unitIds.uppsala)!)
      expect(summary).not.toContain(`service=${service}`)
  })
})

describe('GET /api/referrals/queue', () => {
  const get = (query: string, headers: Record<string, string> = {}) =>
    fetch(`${cmsUrl()}/api/referrals/queue${query}`, { headers })
  const as = (role: string, service?: string) =>
    login(demo(role, service).email, demo(role, service).password)

  test('401 without a login, 403 for an editor', async () => {
    expect((await get('')).status).toBe(401)
    expect((await get('', await as('editor'))).status).toBe(403)
  })

  test('SE intake: its own queue; another service is 403; a bad filter is 400', async () => {
    const headers = await as('intake', 'se')
    const response = await get('?status=queued', headers)
    expect(response.status).toBe(200)
    const body = (await response.json()) as IntakeQueue
    expect(body.services.map((s) => s.id)).toEqual([serviceIds.se])
    expect(
      body.rows.every(
        (r) =>
          r.service.id === serviceIds.se && (queueStatuses as readonly string[]).includes(r.status),
      ),
    ).toBe(true)
    expect(body.filters).toEqual({
      unit: null,
      service: null,
      status: 'queued',
      assignee: null,
      flags: [],
    })
    expect((await get(`?service=${serviceIds.ips}`, headers)).status).toBe(403)
    const bad = await get('?flags=late', headers)
    expect(bad.status).toBe(400)
    expect(((await bad.json()) as { errors: Array<{ field: string }> }).errors[0].field).toBe(
      'flags',
    )
  })

  test('filters travel in the query string, flags comma-separated or repeated', async () => {
    const headers = await as('intake', 'ips')
    const response = await get(
      `?service=${serviceIds.sed}&status=open&assignee=none&flags=noContact,waitingTooLong&page=1`,
      headers,
    )
    expect(response.status).toBe(200)
    const body = (await response.json()) as IntakeQueue
    expect(body.filters).toEqual({
      unit: null,
      service: serviceIds.sed,
      status: 'open',
      assignee: 'none',
      flags: ['noContact', 'waitingTooLong'],
    })
    for (const row of body.rows)
      expect(row).toMatchObject({
        service: { id: serviceIds.sed },
        assignee: null,
        flags: { noContact: true, waitingTooLong: true },
      })
  })
})

test("the plugin's SQL names its tables as the database adapter does", async () => {
  const name = (identifier: SQLWrapper) => (identifier as unknown as { value: string }).value
  const { referralStays, referralStarts, ...collectionTables } = tables
  const adapterTables = Object.keys(postgresOf(payload).tables)
  for (const [key, identifier] of Object.entries(collectionTables))
    expect(adapterTables, key).toContain(name(identifier))
  // Kept by triggers for the report, so a migration's tables rather than a collection's.
  for (const [identifier, table] of [
    [referralStays, 'referral_stays'],
    [referralStarts, 'referral_starts'],
  ] as const) {
    const { rows } = await drizzleRunner(payload)(
      sql`SELECT to_regclass(${name(identifier)})::text AS found`,
    )
    expect(rows[0].found).toBe(table)
  }
})
