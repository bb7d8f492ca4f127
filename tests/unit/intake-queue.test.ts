import {
  calendarDate,
  type FlagFacts,
  openStatuses,
  referralFlags,
  startOfDay,
  statuses,
} from '@stodportalen/support-services/domain'
import { describe, expect, it } from 'vitest'

import {
  defaultQueueFilters,
  flagConditions,
  maxQueuePage,
  parseQueueQuery,
  type QueueFilters,
  queueFlags,
  queueSearch,
} from '../../plugins/support-services/src/operations/intakeQueue'
import { meetsFlagCondition } from '../support/flagConditions'

const hour = 3_600_000
const day = 24 * hour

/**
 * Instants on and next to Swedish midnight (23:00 UTC in winter, 22:00 in summer), where whole-day
 * counts change, and UTC midnight, where they must not; in winter and in summer.
 */
const nows = [
  '2026-03-09T23:00:00.000Z',
  '2026-03-09T23:00:00.001Z',
  '2026-03-10T00:00:00.000Z',
  '2026-03-10T12:34:56.789Z',
  '2026-03-10T22:59:59.999Z',
  '2026-07-09T22:00:00.000Z',
  '2026-07-10T21:59:59.999Z',
].map((t) => new Date(t))

/** Received dates around every boundary the badges have: 4, 5, 30 and 31 days back, each ± 1 ms and ± an hour. */
const receivedAround = (now: Date) => {
  const midnight = startOfDay(calendarDate(now)).getTime()
  const offsets = [0, 1, -1, hour, -hour, 12 * hour]
  return [0, 3, 4, 5, 6, 29, 30, 31, 32].flatMap((days) =>
    offsets.map((o) => new Date(midnight - days * day + o).toISOString()),
  )
}

const reassessmentAround = (now: Date) => [
  null,
  ...[-day, -1, 0, 1, day].map((o) => new Date(now.getTime() + o).toISOString()),
]

describe('the badges as SQL conditions mean what referralFlags means', () => {
  it('for every status, around every day boundary, with and without contact, re-assessment date and duplicates', () => {
    let checked = 0
    for (const now of nows) {
      const conditions = flagConditions(now)
      for (const status of statuses) {
        for (const receivedAt of receivedAround(now)) {
          for (const firstContactAt of [null, receivedAt]) {
            for (const nextReassessmentAt of reassessmentAround(now)) {
              for (const possibleDuplicateCount of [0, 1]) {
                const facts: FlagFacts = {
                  status,
                  receivedAt,
                  firstContactAt,
                  nextReassessmentAt,
                  possibleDuplicateCount,
                }
                const expected = referralFlags(facts, now)
                for (const flag of queueFlags) {
                  const actual = meetsFlagCondition(conditions[flag], facts)
                  if (actual !== expected[flag]) {
                    throw new Error(
                      `${flag} at ${now.toISOString()} for ${JSON.stringify(facts)}: condition says ${actual}, referralFlags says ${expected[flag]}`,
                    )
                  }
                  checked++
                }
              }
            }
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(50_000)
  })

  it('uses instants the database can compare with an index', () => {
    const conditions = flagConditions(new Date('2026-03-10T12:00:00Z'))
    // 00:00 Swedish time (23:00 UTC the evening before) on 8 February and 6 March.
    expect(conditions.waitingTooLong.receivedBefore?.toISOString()).toBe('2026-02-07T23:00:00.000Z')
    expect(conditions.noContact.receivedBefore?.toISOString()).toBe('2026-03-05T23:00:00.000Z')
    expect(conditions.reassessmentDue.reassessmentBy?.toISOString()).toBe(
      '2026-03-10T12:00:00.000Z',
    )
    expect(conditions.possibleDuplicate.statuses).toEqual(openStatuses)
  })
})

describe('parseQueueQuery', () => {
  const parse = (query: string) => parseQueueQuery(new URLSearchParams(query))

  it('defaults to every open referral of every service in scope, page 1', () => {
    expect(parse('')).toEqual({ ok: true, filters: defaultQueueFilters, page: 1 })
    expect(parse('unit=&service=&status=&assignee=&page=')).toEqual({
      ok: true,
      filters: defaultQueueFilters,
      page: 1,
    })
  })

  it('reads each filter', () => {
    expect(
      parse('unit=4&service=3&status=reassessmentDue&assignee=me&flags=noContact&page=2'),
    ).toEqual({
      ok: true,
      filters: {
        unit: 4,
        service: 3,
        status: 'reassessmentDue',
        assignee: 'me',
        flags: ['noContact'],
      },
      page: 2,
    })
    expect(parse('status=waiting&assignee=none')).toMatchObject({
      ok: true,
      filters: { status: 'waiting', assignee: 'none' },
    })
    expect(parse('assignee=12')).toMatchObject({ ok: true, filters: { assignee: 12 } })
  })

  it('takes flags as repeated fields (the form) or comma-separated (the API), once each', () => {
    const expected = { ok: true, filters: { flags: ['waitingTooLong', 'possibleDuplicate'] } }
    expect(parse('flags=waitingTooLong&flags=possibleDuplicate')).toMatchObject(expected)
    expect(parse('flags=waitingTooLong,possibleDuplicate,waitingTooLong')).toMatchObject(expected)
  })

  it('refuses what it does not know, naming the field', () => {
    for (const [query, field] of [
      ['unit=Uppsala', 'unit'],
      ['unit=0', 'unit'],
      ['service=ips', 'service'],
      ['service=0', 'service'],
      ['status=closed', 'status'],
      ['status=everything', 'status'],
      ['assignee=someone', 'assignee'],
      ['flags=late', 'flags'],
      ['page=0', 'page'],
      ['page=-1', 'page'],
      [`page=${maxQueuePage + 1}`, 'page'],
    ]) {
      expect(parse(query), query).toMatchObject({ ok: false, field })
    }
  })
})

describe('queueSearch', () => {
  it('writes filters back as the query parseQueueQuery reads, leaving defaults out', () => {
    expect(queueSearch(defaultQueueFilters)).toBe('')
    const cases: Array<[QueueFilters, number]> = [
      [
        {
          unit: null,
          service: 2,
          status: 'queued',
          assignee: 'me',
          flags: ['waitingTooLong', 'noContact'],
        },
        3,
      ],
      [{ unit: 5, service: null, status: 'onHold', assignee: 7, flags: [] }, 1],
      [
        {
          unit: null,
          service: null,
          status: 'open',
          assignee: 'none',
          flags: ['possibleDuplicate'],
        },
        maxQueuePage,
      ],
    ]
    for (const [filters, page] of cases) {
      expect(parseQueueQuery(new URLSearchParams(queueSearch(filters, page)))).toEqual({
        ok: true,
        filters,
        page,
      })
    }
  })
})
