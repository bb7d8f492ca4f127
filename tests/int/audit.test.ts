import type { Payload, TypedUser, Where } from 'payload'

import { demoUsers } from '@stodportalen/seed'
import { submitReferral } from '@stodportalen/support-services'
import { drizzle } from 'drizzle-orm/node-postgres'
import { spawnSync } from 'node:child_process'
import { randomBytes, randomUUID } from 'node:crypto'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest'

import { accessRecords } from '../../plugins/support-services/src/hooks/recordReads'
import {
  type AccessRecord,
  ReadAudit,
  readAuditOf,
} from '../../plugins/support-services/src/operations/readAudit'
import { drizzleRunner, type SqlRunner } from '../../plugins/support-services/src/operations/sql'
import { sanitizeReadAudit } from '../../plugins/support-services/src/sanitizeOptions'
import { freePort } from '../../scripts/system/ports'
import { validIpsAnswers } from '../support/answers'
import { cmsUrl, login, testPayload } from '../support/cms'
import { firstUnit } from '../support/units'

/**
 * The read audit against the running system: an entry for each path a person reads a referral or
 * its history through (REST, the admin's pages, the Local API, the intake queue), none for the
 * system's own reads, a log nobody can change (Payload's access and the database's trigger), the
 * review's CSV export, and writes that neither hold up a read nor get lost when the database is away.
 * Accounts of its own, so the entries it looks for are its own whatever other test files do.
 */

type Entry = Record<string, any>

let payload: Payload
let ipsId: number
const password = `audit-test-${randomUUID()}`
const accounts = {} as Record<'intake' | 'admin', TypedUser & { email: string }>
const auth = {} as Record<'intake' | 'admin' | 'editor', Record<string, string>>

const createAccount = async (role: 'intake' | 'admin') => {
  const email = `audit-${role}-${randomUUID().slice(0, 8)}@stodportalen.example`
  const data = {
    email,
    password,
    name: `Granskning ${role}`,
    role,
    units: role === 'intake' ? [await firstUnit(payload)] : [],
    services: role === 'intake' ? [ipsId] : [],
  }
  const user = await payload.create({ collection: 'users', data: data as never })
  return { ...user, collection: 'users' } as unknown as TypedUser & { email: string }
}

/** A new IPS referral for a person of its own, submitted as the site does (no user). */
const newReferral = async () => {
  const n = randomBytes(3).readUIntBE(0, 3).toString().padStart(8, '0')
  const answers = {
    ...validIpsAnswers,
    name: `Logg Test${n}`,
    phone: `070-${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5, 7)}`,
  }
  const result = await submitReferral(
    payload,
    { service: 'ips', answers },
    { randomBytes: (size) => randomBytes(size) },
  )
  if (!result.ok) throw new Error(`submit failed: ${JSON.stringify(result.errors)}`)
  const { docs } = await payload.find({
    collection: 'referrals',
    where: { reference: { equals: result.reference } },
    depth: 0,
  })
  return docs[0] as unknown as { id: number; reference: string }
}

/** Log entries, read past access (the Local API without a user: not itself a read of a referral). */
const entries = async (where: Where): Promise<Entry[]> =>
  (
    await payload.find({
      collection: 'referral-access-log' as never,
      where,
      pagination: false,
      depth: 0,
      sort: 'at',
    })
  ).docs as Entry[]

/** Entries written by the CMS server: the read has answered; its entry is written at most a moment later. */
const eventually = async (where: Where, minimum = 1): Promise<Entry[]> => {
  const deadline = Date.now() + 15_000
  for (;;) {
    const found = await entries(where)
    if (found.length >= minimum) return found
    if (Date.now() > deadline)
      throw new Error(
        `${found.length} log entries (wanted ${minimum}) for ${JSON.stringify(where)}`,
      )
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/** A page's HTML, and whether it holds a text, without printing the whole page when it does not. */
const pageText = async (response: Response) => {
  expect(
    response.status,
    `${response.url} answered ${response.status} ${response.headers.get('location') ?? ''}`,
  ).toBe(200)
  const html = await response.text()
  return {
    html,
    shows: (text: string) => expect(html.includes(text), `the page shows ${text}`).toBe(true),
  }
}

const get = (url: string, headers: Record<string, string> = {}) =>
  fetch(`${cmsUrl()}${url}`, { headers, redirect: 'manual' })
/** The admin as a browser reaches it: the session cookie (the REST login's token), from the same site. */
const cookieOf = (headers: Record<string, string>) => ({
  cookie: `payload-token=${headers.Authorization.replace(/^JWT /, '')}`,
  'sec-fetch-site': 'same-origin',
})
const sqlRunner = () => drizzleRunner(payload)
const runSql = (text: string) => (payload.db as unknown as { pool: pg.Pool }).pool.query(text)

beforeAll(async () => {
  payload = await testPayload()
  const ips = await payload.find({
    collection: 'services',
    where: { slug: { equals: 'ips' } },
    depth: 0,
  })
  ipsId = ips.docs[0].id as number
  accounts.intake = await createAccount('intake')
  accounts.admin = await createAccount('admin')
  auth.intake = await login(accounts.intake.email, password)
  auth.admin = await login(accounts.admin.email, password)
  const editor = demoUsers.find((u) => u.role === 'editor')!
  auth.editor = await login(editor.email, editor.password)
})

describe('an entry for each path a person reads through', () => {
  test('REST: a list, one referral, and its history (also read without the referral field)', async () => {
    const referral = await newReferral()
    const mine = (more: Where): Where => ({
      and: [
        { userId: { equals: accounts.intake.id } },
        { referralId: { equals: referral.id } },
        more,
      ],
    })

    expect(
      (await get(`/api/referrals?where[id][equals]=${referral.id}&depth=0`, auth.intake)).status,
    ).toBe(200)
    const [listed] = await eventually(mine({ operation: { equals: 'find' } }))
    expect(listed).toMatchObject({
      userEmail: accounts.intake.email,
      referralReference: referral.reference,
      readCollection: 'referrals',
      through: 'rest',
    })

    expect((await get(`/api/referrals/${referral.id}?depth=0`, auth.intake)).status).toBe(200)
    await eventually(
      mine({
        and: [
          { operation: { equals: 'findByID' } },
          { readCollection: { equals: 'referrals' } },
          { through: { equals: 'rest' } },
        ],
      }),
    )

    const events = await get(
      `/api/referral-events?where[referral][equals]=${referral.id}&depth=0`,
      auth.intake,
    )
    const { docs } = (await events.json()) as { docs: { id: number }[] }
    expect(docs.length).toBeGreaterThan(0)
    const [history] = await eventually(
      mine({
        and: [{ readCollection: { equals: 'referral-events' } }, { operation: { equals: 'find' } }],
      }),
    )
    expect(history).toMatchObject({ through: 'rest', referralReference: referral.reference })

    // Without its `referral` field the event still leads to its referral: found when the entry is written.
    expect(
      (await get(`/api/referral-events/${docs[0].id}?depth=0&select[type]=true`, auth.intake))
        .status,
    ).toBe(200)
    const [one] = await eventually(
      mine({
        and: [
          { readCollection: { equals: 'referral-events' } },
          { operation: { equals: 'findByID' } },
        ],
      }),
    )
    expect(one).toMatchObject({ referralReference: referral.reference, through: 'rest' })
  })

  test('the Local API with a user', async () => {
    const referral = await newReferral()
    await payload.findByID({
      collection: 'referrals',
      id: referral.id,
      user: accounts.intake,
      overrideAccess: false,
      depth: 0,
    })
    await payload.find({
      collection: 'referral-events',
      where: { referral: { equals: referral.id } },
      user: accounts.intake,
      depth: 0,
    })
    await readAuditOf(payload)!.settle()
    const logged = await entries({
      and: [{ userId: { equals: accounts.intake.id } }, { referralId: { equals: referral.id } }],
    })
    expect(logged.map((e) => `${e.readCollection} ${e.operation} ${e.through}`).sort()).toEqual([
      'referral-events find local',
      'referrals findByID local',
    ])
  })

  test("the admin's referral page, fetched over HTTP with the session cookie", async () => {
    const referral = await newReferral()
    const page = await pageText(
      await get(`/admin/collections/referrals/${referral.id}`, cookieOf(auth.intake)),
    )
    page.shows(referral.reference)
    const logged = await eventually(
      {
        and: [
          { userId: { equals: accounts.intake.id } },
          { referralId: { equals: referral.id } },
          { through: { equals: 'admin' } },
        ],
      },
      2,
    )
    const kinds = new Set(logged.map((e) => `${e.readCollection} ${e.operation}`))
    // Payload's document view and the page's own panels (the history among them).
    expect(kinds).toContain('referrals findByID')
    expect(kinds).toContain('referral-events find')
    expect(logged.every((e) => e.userEmail === accounts.intake.email)).toBe(true)
  })

  test('the intake queue: every referral on the page, through the endpoint and the view', async () => {
    const since = new Date().toISOString()
    const response = await get('/api/referrals/queue?status=received', auth.intake)
    expect(response.status).toBe(200)
    const { rows } = (await response.json()) as { rows: { id: number; reference: string }[] }
    expect(rows.length).toBeGreaterThan(0)
    const fromQueue = (through: string): Where => ({
      and: [
        { userId: { equals: accounts.intake.id } },
        { operation: { equals: 'queue' } },
        { through: { equals: through } },
        { at: { greater_than_equal: since } },
      ],
    })
    const logged = await eventually(fromQueue('rest'), rows.length)
    expect(logged.map((e) => e.referralReference).sort()).toEqual(
      rows.map((r) => r.reference).sort(),
    )
    expect(new Set(logged.map((e) => Number(e.referralId)))).toEqual(new Set(rows.map((r) => r.id)))

    await pageText(await get('/admin/intake?status=received', cookieOf(auth.intake)))
    await eventually(fromQueue('admin'))
  })

  test('no entry for the system reading without a user, nor for the checks inside a person’s write', async () => {
    const referral = await newReferral()
    const since = new Date().toISOString()
    await payload.findByID({ collection: 'referrals', id: referral.id, depth: 0 })
    await payload.find({
      collection: 'referrals',
      where: { id: { equals: referral.id } },
      depth: 0,
    })
    await payload.count({ collection: 'referrals', where: { id: { equals: referral.id } } })
    await payload.find({
      collection: 'referral-events',
      where: { referral: { equals: referral.id } },
      depth: 1,
    })
    // A note by intake staff: its hooks read the referral inside the write's transaction.
    await payload.create({
      collection: 'referral-events',
      data: { referral: referral.id, type: 'note', note: 'Ringde, inget svar.' } as never,
      user: accounts.intake,
      overrideAccess: false,
    })
    await readAuditOf(payload)!.settle()
    expect(
      await entries({
        and: [{ referralId: { equals: referral.id } }, { at: { greater_than_equal: since } }],
      }),
    ).toEqual([])
  })
})

describe('nobody can change the log, and only admins can read it', () => {
  test('editors, intake staff and anonymous callers cannot read it over REST; admins can', async () => {
    for (const [who, headers] of [
      ['anonymous', {}],
      ['editor', auth.editor],
      ['intake', auth.intake],
    ] as const) {
      expect((await get('/api/referral-access-log?limit=5', headers)).status, who).toBe(403)
      expect((await get('/api/referral-access-log/export', headers)).status, who).toBe(
        who === 'anonymous' ? 401 : 403,
      )
    }
    const asAdmin = await get(
      `/api/referral-access-log?where[userId][equals]=${accounts.intake.id}&limit=5`,
      auth.admin,
    )
    expect(asAdmin.status).toBe(200)
    expect(((await asAdmin.json()) as { docs: unknown[] }).docs.length).toBeGreaterThan(0)
  })

  test('not even an admin can create, update or delete an entry through Payload', async () => {
    const [entry] = await eventually({ userId: { equals: accounts.intake.id } })
    const json = { ...auth.admin, 'content-type': 'application/json' }
    const body = JSON.stringify({ userEmail: 'someone.else@stodportalen.example' })
    expect(
      (
        await fetch(`${cmsUrl()}/api/referral-access-log/${entry.id}`, {
          method: 'PATCH',
          headers: json,
          body,
        })
      ).status,
    ).toBe(403)
    expect(
      (
        await fetch(`${cmsUrl()}/api/referral-access-log/${entry.id}`, {
          method: 'DELETE',
          headers: auth.admin,
        })
      ).status,
    ).toBe(403)
    expect(
      (await fetch(`${cmsUrl()}/api/referral-access-log`, { method: 'POST', headers: json, body }))
        .status,
    ).toBe(403)
    const asAdmin = { user: accounts.admin, overrideAccess: false } as const
    await expect(
      payload.update({
        collection: 'referral-access-log' as never,
        id: entry.id,
        data: { userEmail: 'x' } as never,
        ...asAdmin,
      }),
    ).rejects.toThrow()
    await expect(
      payload.delete({ collection: 'referral-access-log' as never, id: entry.id, ...asAdmin }),
    ).rejects.toThrow()
    expect((await entries({ id: { equals: entry.id } }))[0].userEmail).toBe(accounts.intake.email)
  })

  test('the database itself refuses UPDATE, DELETE and TRUNCATE on the log', async () => {
    const [entry] = await eventually({ userId: { equals: accounts.intake.id } })
    for (const statement of [
      `UPDATE referral_access_log SET user_email = 'x' WHERE id = ${entry.id}`,
      `DELETE FROM referral_access_log WHERE id = ${entry.id}`,
      'TRUNCATE referral_access_log',
    ]) {
      await expect(runSql(statement), statement).rejects.toThrow(/append-only/)
    }
    // Even past Payload (overrideAccess), the adapter's own delete goes through the same trigger.
    await expect(
      payload.delete({ collection: 'referral-access-log' as never, id: entry.id }),
    ).rejects.toThrow()
    expect((await entries({ id: { equals: entry.id } }))[0].userEmail).toBe(accounts.intake.email)
  })
})

describe('the review: page and CSV export', () => {
  let referral: { id: number; reference: string }
  const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' })

  beforeAll(async () => {
    referral = await newReferral()
    await get(`/api/referrals/${referral.id}?depth=0`, auth.intake)
    await get(`/api/referrals/${referral.id}?depth=0`, auth.admin)
    await eventually({ referralId: { equals: referral.id } }, 2)
  })

  const csv = async (query: string, headers = auth.admin) => {
    const response = await get(`/api/referral-access-log/export?${query}`, headers)
    expect(response.status, await response.clone().text()).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/)
    const bytes = new Uint8Array(await response.arrayBuffer())
    // A byte order mark first, so a spreadsheet reads å, ä and ö as UTF-8.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const [header, ...lines] = new TextDecoder().decode(bytes).trimEnd().split('\r\n')
    return { header, lines: lines.filter(Boolean) }
  }

  test('the export filters by referral, user and period', async () => {
    const byReferral = await csv(
      `reference=${encodeURIComponent(referral.reference.toLowerCase())}&from=${today}&to=${today}`,
    )
    expect(byReferral.header).toBe(
      'Tidpunkt (svensk tid),Användarens id,Användarens e-post,Anmälans id,Referensnummer,Läst,Hur,Via',
    )
    expect(byReferral.lines.length).toBeGreaterThanOrEqual(2)
    expect(
      byReferral.lines.every((line) => line.includes(`,${referral.id},${referral.reference},`)),
    ).toBe(true)
    expect(byReferral.lines.some((line) => line.includes(accounts.intake.email))).toBe(true)
    expect(byReferral.lines.some((line) => line.includes(accounts.admin.email))).toBe(true)
    expect(byReferral.lines[0]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},/)
    expect(byReferral.lines[0]).toContain('Anmälan,En anmälan öppnad,REST-API')

    const byUser = await csv(
      `reference=${referral.reference}&user=${encodeURIComponent(accounts.admin.email.toUpperCase().slice(0, 16))}`,
    )
    expect(byUser.lines.length).toBeGreaterThan(0)
    expect(byUser.lines.every((line) => line.includes(accounts.admin.email))).toBe(true)

    const longAgo = await csv(`reference=${referral.reference}&from=2000-01-01&to=2000-12-31`)
    expect(longAgo.lines).toEqual([])
  })

  test('a filter it cannot use is named', async () => {
    const response = await get('/api/referral-access-log/export?from=2026-02-30', auth.admin)
    expect(response.status).toBe(400)
    expect(((await response.json()) as { errors: { field: string }[] }).errors[0].field).toBe(
      'from',
    )
  })

  test('the review page shows the entries to admins, works as a plain form, and tells others it is not theirs', async () => {
    const page = await pageText(
      await get(`/admin/audit?reference=${referral.reference}`, cookieOf(auth.admin)),
    )
    page.shows('<h1>Läslogg</h1>')
    page.shows(accounts.intake.email)
    page.shows(`href="/api/referral-access-log/export?reference=${referral.reference}"`)
    const forms = page.html.match(/<form[^>]*>/g) ?? []
    expect(
      forms.some((form) => /method="get"/.test(form) && /action="\/admin\/audit"/.test(form)),
      `a plain GET form in ${forms}`,
    ).toBe(true)

    ;(await pageText(await get('/admin/audit?from=igår', cookieOf(auth.admin)))).shows(
      'Ange datum som ÅÅÅÅ-MM-DD',
    )

    const asIntake = await pageText(await get('/admin/audit', cookieOf(auth.intake)))
    asIntake.shows('Läsloggen visas bara för administratörer.')
    expect(
      asIntake.html.includes('Läsningar, nyast först'),
      'no table of entries for intake staff',
    ).toBe(false)
  })
})

describe('writes never hold up a read for long, and never get lost', () => {
  let down: pg.Pool
  let deadRunner: SqlRunner
  const spoolDirs: string[] = []

  beforeAll(async () => {
    // A database that does not answer: a port nothing listens on.
    down = new pg.Pool({
      connectionString: `postgres://nobody@127.0.0.1:${await freePort()}/nothing`,
      connectionTimeoutMillis: 2000,
    })
    deadRunner = (query) => drizzle(down).execute(query) as unknown as ReturnType<SqlRunner>
  })
  afterAll(async () => {
    await down.end()
    for (const dir of spoolDirs) await rm(dir, { recursive: true, force: true })
  })

  const newSpoolDir = async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'audit-spool-'))
    spoolDirs.push(dir)
    return dir
  }

  /** Entries for a referral read by the intake account, as the hook makes them. */
  const recordsFor = (referral: { id: number; reference: string }) =>
    accessRecords({
      user: accounts.intake,
      through: 'local',
      operation: 'findByID',
      readCollection: 'referrals',
      referrals: [{ id: referral.id, reference: referral.reference }],
    })

  /** The error log while it is watched; what was said stays readable after `restore`. */
  const errorsLogged = () => {
    const errors = vi.spyOn(payload.logger, 'error')
    let said: string[] | null = null
    const messages = () => said ?? errors.mock.calls.map((call) => String(call[0]))
    return { messages, restore: () => ((said = messages()), errors.mockRestore()) }
  }

  test('a read answers while the log table is locked; its entry follows once the lock is gone', async () => {
    const referral = await newReferral()
    const locker = await (payload.db as unknown as { pool: pg.Pool }).pool.connect()
    try {
      await locker.query('BEGIN')
      await locker.query('LOCK TABLE referral_access_log IN ACCESS EXCLUSIVE MODE')
      const response = await get(`/api/referrals/${referral.id}?depth=0`, auth.intake)
      // Answered while the insert still waits for the lock: the read did not wait for it.
      expect(response.status).toBe(200)
      expect(((await response.json()) as { reference: string }).reference).toBe(referral.reference)
    } finally {
      await locker.query('COMMIT')
      locker.release()
    }
    await eventually({
      and: [{ referralId: { equals: referral.id } }, { userId: { equals: accounts.intake.id } }],
    })
  })

  test('entries that fail are retried, and written once the database is back', async () => {
    const referral = await newReferral()
    let available = false
    const audit = new ReadAudit(
      sanitizeReadAudit({
        spoolDir: await newSpoolDir(),
        waitMs: 10,
        retryDelaysMs: [50, 100, 200, 400, 800, 1600, 3200, 6400],
      }),
      () => (available ? sqlRunner() : deadRunner),
    )
    const errors = errorsLogged()
    try {
      await audit.record(payload, recordsFor(referral))
      await expect.poll(() => errors.messages().length, { timeout: 15_000 }).toBeGreaterThan(0)
      available = true
      await audit.settle()
    } finally {
      errors.restore()
    }
    expect(await entries({ referralId: { equals: referral.id } })).toHaveLength(1)
    expect(errors.messages()[0]).toMatch(
      /Read audit: 1 log entry could not be written to the database; retrying/,
    )
    // Counts only: no e-mail, no reference in the log.
    expect(errors.messages().join('\n')).not.toContain(accounts.intake.email)
    expect(errors.messages().join('\n')).not.toContain(referral.reference)
  })

  test('entries still failing after the retries are spooled to a file, written from it later, once', async () => {
    const referrals = [await newReferral(), await newReferral()]
    const spoolDir = await newSpoolDir()
    const audit = new ReadAudit(
      sanitizeReadAudit({ spoolDir, waitMs: 10, retryDelaysMs: [10, 20] }),
      () => deadRunner,
    )
    const errors = errorsLogged()
    try {
      await audit.record(payload, recordsFor(referrals[0]))
      await audit.record(payload, recordsFor(referrals[1]))
      await audit.settle()
    } finally {
      errors.restore()
    }
    const [file] = await readdir(spoolDir)
    expect(file).toMatch(/^access-log-\d+-\d+\.jsonl$/)
    const spooled = (await readFile(path.join(spoolDir, file), 'utf8'))
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as AccessRecord)
    expect(spooled.map((r) => r.referralId).sort()).toEqual(referrals.map((r) => r.id).sort())
    expect(
      errors
        .messages()
        .some((m) =>
          /Read audit: \d+ log entr(y|ies) could not be written after 2 retries; kept in .*\.jsonl/.test(
            m,
          ),
        ),
    ).toBe(true)
    for (const referral of referrals)
      expect(await entries({ referralId: { equals: referral.id } })).toEqual([])

    // The same entries again in the file of a process that died mid-write (a line cut short), as if a
    // crash had left a file half taken in: each entry is still written once, the damaged line kept aside.
    const deadPid = spawnSync(process.execPath, ['-e', '']).pid
    const copy = `access-log-${deadPid}-1.jsonl`
    await writeFile(
      path.join(spoolDir, copy),
      spooled.map((r) => JSON.stringify(r)).join('\n') + '\n{"cut short',
    )
    // What a start does (the plugin's onInit): the database is reachable again.
    const restarted = new ReadAudit(sanitizeReadAudit({ spoolDir }), sqlRunner)
    expect(await restarted.ingestSpool(payload)).toBe(4)
    for (const referral of referrals)
      expect(await entries({ referralId: { equals: referral.id } })).toHaveLength(1)
    expect(await readdir(spoolDir)).toEqual([`${copy}.damaged`])
    expect(await readFile(path.join(spoolDir, `${copy}.damaged`), 'utf8')).toBe('{"cut short\n')
  })

  test('the plugin attached its read audit at start, which is what takes the spool in', () => {
    expect(readAuditOf(payload)).toBeInstanceOf(ReadAudit)
  })
})
