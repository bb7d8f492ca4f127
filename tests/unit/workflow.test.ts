import {
  allowedTransitions,
  checkTransition,
  closedStatuses,
  openStatuses,
  queueStatuses,
  type Status,
  statuses,
  statusLabels,
  transitions,
} from '@stodportalen/support-services/domain'
import { describe, expect, it } from 'vitest'

// The table, written out independently: [from, to, action, requires].
const expected: [Status, Status, string, string[]][] = [
  ['received', 'screened', 'screen', []],
  ['screened', 'waiting', 'queue', []],
  ['waiting', 'firstContact', 'firstContact', []],
  ['waiting', 'onHold', 'hold', ['reason']],
  ['firstContact', 'onHold', 'hold', ['reason']],
  ['onHold', 'waiting', 'resume', []],
  ['firstContact', 'enrolled', 'enrol', []],
  ['enrolled', 'active', 'activate', []],
  ['enrolled', 'closed', 'close', ['outcome']],
  ['active', 'closed', 'close', ['outcome']],
  ...openStatuses.map((from): [Status, Status, string, string[]] => [
    from,
    'redirected',
    'redirect',
    ['target'],
  ]),
  ...(['received', 'screened', 'waiting', 'firstContact', 'onHold'] as const).map(
    (from): [Status, Status, string, string[]] => [from, 'declined', 'decline', ['reason']],
  ),
  ...openStatuses.map((from): [Status, Status, string, string[]] => [
    from,
    'withdrawn',
    'withdraw',
    [],
  ]),
  ...openStatuses.map((from): [Status, Status, string, string[]] => [
    from,
    'merged',
    'merge',
    ['target'],
  ]),
  ...closedStatuses.map((from): [Status, Status, string, string[]] => [
    from,
    'waiting',
    'reopen',
    ['reason'],
  ]),
]

const everything = { reason: 'Behöver paus', outcome: 'workWithSubsidy', target: 'Komvux' }

describe('status lists', () => {
  it('splits every status into open or closed, once', () => {
    expect([...openStatuses, ...closedStatuses].sort()).toEqual([...statuses].sort())
  })

  it('counts only open statuses as queued', () => {
    for (const status of queueStatuses) expect(openStatuses).toContain(status)
    expect(queueStatuses).not.toContain('onHold')
  })
})

describe('the transition table', () => {
  it('holds exactly the agreed transitions', () => {
    const actual = transitions.map((t) => [t.from, t.to, t.action, t.requires])
    expect(actual).toHaveLength(expected.length)
    expect(actual).toEqual(expect.arrayContaining(expected))
  })

  it.each(expected)('allows %s → %s (%s) when its requirements are given', (from, to, action) => {
    const check = checkTransition({ from, to, ...everything })
    expect(check.ok && check.transition.action).toBe(action)
  })

  it.each([
    ['received', 'active'],
    ['received', 'enrolled'],
    ['received', 'closed'],
    ['closed', 'active'],
    ['closed', 'enrolled'],
    ['withdrawn', 'received'],
    ['active', 'waiting'],
    ['active', 'declined'],
    ['enrolled', 'declined'],
    ['waiting', 'enrolled'],
    ['screened', 'screened'],
    ['redirected', 'closed'],
  ] as [Status, Status][])('forbids %s → %s', (from, to) => {
    const check = checkTransition({ from, to, ...everything })
    expect(check).toMatchObject({ ok: false, error: 'notAllowed' })
    // Staff read their own words: the message names both statuses as the admin shows them.
    if (!check.ok)
      expect(check.message).toContain(`från ”${statusLabels[from]}” till ”${statusLabels[to]}”`)
  })

  it('lets a closed referral only be reopened into the queue', () => {
    for (const status of closedStatuses) {
      expect(allowedTransitions(status).map((t) => t.to)).toEqual(['waiting'])
    }
  })
})

describe('requirements', () => {
  it('needs a reason to put on hold, decline or reopen', () => {
    expect(checkTransition({ from: 'waiting', to: 'onHold' })).toMatchObject({
      ok: false,
      error: 'reasonRequired',
    })
    expect(checkTransition({ from: 'received', to: 'declined', reason: '   ' })).toMatchObject({
      ok: false,
      error: 'reasonRequired',
    })
    expect(checkTransition({ from: 'closed', to: 'waiting' })).toMatchObject({
      ok: false,
      error: 'reasonRequired',
    })
    expect(checkTransition({ from: 'closed', to: 'waiting', reason: 'Vill prova igen' }).ok).toBe(
      true,
    )
  })

  it('needs a known outcome to close', () => {
    expect(checkTransition({ from: 'active', to: 'closed' })).toMatchObject({
      ok: false,
      error: 'outcomeRequired',
    })
    expect(checkTransition({ from: 'active', to: 'closed', outcome: 'retired' })).toMatchObject({
      ok: false,
      error: 'outcomeRequired',
    })
    expect(checkTransition({ from: 'active', to: 'closed', outcome: 'studies' }).ok).toBe(true)
  })

  it('needs a reason when the outcome is "other"', () => {
    expect(checkTransition({ from: 'active', to: 'closed', outcome: 'other' })).toMatchObject({
      ok: false,
      error: 'reasonRequired',
    })
    expect(
      checkTransition({ from: 'active', to: 'closed', outcome: 'other', reason: 'Flyttade' }).ok,
    ).toBe(true)
  })

  it('needs a target to redirect', () => {
    expect(checkTransition({ from: 'waiting', to: 'redirected' })).toMatchObject({
      ok: false,
      error: 'targetRequired',
    })
    expect(checkTransition({ from: 'waiting', to: 'redirected', target: 'Ung Intro' }).ok).toBe(
      true,
    )
  })

  it('needs nothing to withdraw', () => {
    expect(checkTransition({ from: 'active', to: 'withdrawn' }).ok).toBe(true)
  })
})
