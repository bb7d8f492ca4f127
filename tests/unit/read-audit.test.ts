import type { TypedUser } from 'payload'

import { csvField } from '@stodportalen/support-services/domain'
import { describe, expect, it } from 'vitest'

import { accessRecords } from '../../plugins/support-services/src/hooks/recordReads'
import {
  accessLogCsvLine,
  accessLogSearch,
  maxAccessLogPage,
  noAccessLogFilters,
  parseAccessLogQuery,
} from '../../plugins/support-services/src/operations/accessLog'
import { parseSpool } from '../../plugins/support-services/src/operations/readAudit'

const query = (text: string) => parseAccessLogQuery(new URLSearchParams(text))

describe("the log review's filters", () => {
  it('reads user, reference, period and page; empty means no filter', () => {
    expect(query('')).toEqual({ ok: true, filters: noAccessLogFilters, page: 1 })
    expect(
      query('user=+Intag.IPS+&reference=k7m4 q9tr xb3&from=2026-01-01&to=2026-03-31&page=3'),
    ).toEqual({
      ok: true,
      filters: {
        user: 'Intag.IPS',
        reference: 'K7M4-Q9TR-XB3',
        from: '2026-01-01',
        to: '2026-03-31',
      },
      page: 3,
    })
  })

  it('names what it cannot use, and leaves it out', () => {
    const bad = query('from=2026-02-30&to=31/3&page=0')
    expect(bad.ok).toBe(false)
    expect(bad.filters).toEqual(noAccessLogFilters)
    expect(bad.ok ? [] : bad.errors.map((e) => e.field)).toEqual(['from', 'to', 'page'])
    const reversed = query('from=2026-03-01&to=2026-02-01')
    expect(reversed.ok ? null : reversed.errors).toEqual([
      { field: 'from', message: expect.stringContaining('börjar efter') },
    ])
    expect(query(`page=${maxAccessLogPage + 1}`).ok).toBe(false)
    expect(query(`user=${'x'.repeat(201)}`).ok).toBe(false)
  })

  it('writes the filters back into an address that reads the same', () => {
    const filters = { user: 'a b&c', reference: 'K7M4-Q9TR-XB3', from: '2026-01-01', to: null }
    expect(query(accessLogSearch(filters, 2).slice(1))).toEqual({ ok: true, filters, page: 2 })
    expect(accessLogSearch(noAccessLogFilters)).toBe('')
  })
})

describe('the CSV export', () => {
  it('quotes what must be quoted and never lets a spreadsheet run a cell', () => {
    expect(csvField('plain')).toBe('plain')
    expect(csvField('a,b')).toBe('"a,b"')
    expect(csvField('say "hi"')).toBe('"say ""hi"""')
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`)
    for (const start of ['+', '-', '@', '\t'])
      expect(csvField(`${start}1`).replace(/^"/, '')).toMatch(/^'/)
  })

  it('one line per entry, in Swedish time and Swedish words', () => {
    const line = accessLogCsvLine({
      id: 1,
      at: '2026-07-01T10:00:05.000Z',
      userId: 7,
      userEmail: 'intag@stodportalen.example',
      referralId: 42,
      referralReference: 'K7M4-Q9TR-XB3',
      readCollection: 'referral-events',
      operation: 'find',
      through: 'admin',
    })
    expect(line).toBe(
      '2026-07-01 12:00:05,7,intag@stodportalen.example,42,K7M4-Q9TR-XB3,Historik (händelser),Lista eller sökning,Administrationen\r\n',
    )
  })
})

describe('log entries for one read', () => {
  const user = {
    id: 7,
    email: 'intag@stodportalen.example',
    collection: 'users',
  } as unknown as TypedUser
  const read = {
    user,
    through: 'rest',
    readCollection: 'referral-events',
    operation: 'find',
  } as const

  it('one per referral, however many of its events were read; an event without its referral is looked up later', () => {
    const records = accessRecords(
      {
        ...read,
        referrals: [
          { id: 1 },
          { id: 1 },
          { id: 2, reference: 'K7M4-Q9TR-XB3' },
          { id: null, eventId: 9 },
        ],
      },
      new Date('2026-07-01T10:00:00Z'),
    )
    expect(records.map(({ recordId, ...rest }) => rest)).toEqual([
      {
        at: '2026-07-01T10:00:00.000Z',
        userId: 7,
        userEmail: user.email,
        readCollection: 'referral-events',
        operation: 'find',
        through: 'rest',
        referralId: 1,
        referralReference: null,
        eventId: null,
      },
      {
        at: '2026-07-01T10:00:00.000Z',
        userId: 7,
        userEmail: user.email,
        readCollection: 'referral-events',
        operation: 'find',
        through: 'rest',
        referralId: 2,
        referralReference: 'K7M4-Q9TR-XB3',
        eventId: null,
      },
      {
        at: '2026-07-01T10:00:00.000Z',
        userId: 7,
        userEmail: user.email,
        readCollection: 'referral-events',
        operation: 'find',
        through: 'rest',
        referralId: null,
        referralReference: null,
        eventId: 9,
      },
    ])
    expect(new Set(records.map((r) => r.recordId)).size).toBe(3)
  })

  it('a count is one entry without a referral; an empty list is none', () => {
    expect(
      accessRecords({ ...read, operation: 'count', referrals: [] }).map((r) => r.referralId),
    ).toEqual([null])
    expect(accessRecords({ ...read, referrals: [] })).toEqual([])
  })
})

describe('spool files', () => {
  it('keeps whole entries and sets aside a line cut short', () => {
    const entry = { recordId: 'a', userId: 7, at: '2026-07-01T10:00:00.000Z' }
    const { records, damaged } = parseSpool(
      `${JSON.stringify(entry)}\n\n{"recordId":"b","us\n["not an entry"]\n`,
    )
    expect(records).toEqual([entry])
    expect(damaged).toEqual(['{"recordId":"b","us', '["not an entry"]'])
  })
})
