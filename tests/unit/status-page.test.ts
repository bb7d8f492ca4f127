import {
  base64url,
  isStatusTokenShape,
  locales,
  newStatusToken,
  placeBand,
  residentPhase,
  statuses,
  statusLinkDaysAfterClosing,
  statusLinkWorks,
  statusPagePath,
  translate,
} from '@stodportalen/support-services/domain'
import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'

import { contactChanges } from '../../plugins/support-services/src/operations/statusPage/actions'

const day = 86_400_000

describe('the status link', () => {
  it('is 256 random bits in base64url, the same text Node would give', () => {
    const bytes = randomBytes(32)
    const token = newStatusToken(() => bytes)
    expect(token).toBe(bytes.toString('base64url'))
    expect(isStatusTokenShape(token)).toBe(true)
    for (const size of [0, 1, 2, 3, 31]) {
      const some = randomBytes(size)
      expect(base64url(some), `${size} bytes`).toBe(some.toString('base64url'))
    }
  })

  it('refuses anything else before a lookup', () => {
    for (const wrong of ['', 'abc', 'x'.repeat(42), 'x'.repeat(44), `${'x'.repeat(42)}/`, null, 42])
      expect(isStatusTokenShape(wrong), String(wrong)).toBe(false)
  })

  it(`works while the referral is open and until ${statusLinkDaysAfterClosing} days after it closed`, () => {
    const closedAt = new Date('2026-03-01T10:00:00Z')
    const at = (days: number) => new Date(closedAt.getTime() + days * day)
    expect(statusLinkWorks(null, at(1000))).toBe(true)
    expect(statusLinkWorks(closedAt.toISOString(), at(89))).toBe(true)
    expect(statusLinkWorks(closedAt.toISOString(), new Date(at(90).getTime() - 1))).toBe(true)
    expect(statusLinkWorks(closedAt.toISOString(), at(90))).toBe(false)
    expect(statusLinkWorks(closedAt, at(365))).toBe(false)
  })

  it('lives under /min-anmalan/ in every language', () => {
    expect(statusPagePath('sv', 'T')).toBe('/min-anmalan/T')
    expect(statusPagePath('ar', 'T')).toBe('/ar/min-anmalan/T')
    expect(statusPagePath('en')).toBe('/en/min-anmalan/')
  })
})

describe('the resident’s words for a status', () => {
  it('gives every workflow status a phase with a text and a next step in every language', () => {
    for (const status of statuses) {
      const phase = residentPhase(status)
      for (const locale of locales) {
        expect(translate(`status.phase.${phase}`, locale), `${status} ${locale}`).not.toMatch(
          /^status\./,
        )
        expect(translate(`status.next.${phase}`, locale), `${status} ${locale}`).not.toMatch(
          /^status\./,
        )
      }
    }
  })

  it('says plainly where things stand', () => {
    expect(residentPhase('received')).toBe('received')
    expect(residentPhase('screened')).toBe('lookedAt')
    expect(residentPhase('waiting')).toBe('queued')
    expect(residentPhase('firstContact')).toBe('firstContact')
    expect(residentPhase('enrolled')).toBe('started')
    expect(residentPhase('active')).toBe('started')
    expect(residentPhase('redirected')).toBe('redirected')
    // A decline's reason is said in a conversation, not on a web page.
    expect(residentPhase('declined')).toBe('closed')
    expect(translate('status.phase.queued', 'sv')).toBe('Du står i kö till stödet.')
  })
})

describe('the place in the queue', () => {
  it('is a band, never an exact small number', () => {
    expect([0, 1, 4].map(placeBand)).toEqual(['fewerThan5', 'fewerThan5', 'fewerThan5'])
    expect([5, 10].map(placeBand)).toEqual(['fiveToTen', 'fiveToTen'])
    expect([11, 25].map(placeBand)).toEqual(['moreThan10', 'moreThan10'])
    expect([26, 50, 51, 5000].map(placeBand)).toEqual([
      'moreThan25',
      'moreThan25',
      'moreThan50',
      'moreThan50',
    ])
    expect(translate(`status.place.${placeBand(12)}`, 'sv')).toBe(
      'Fler än 10 personer står före dig i kön.',
    )
    // Fewer than 5 ahead all read alike: the page never tells 1 from 4.
    const few = new Set([0, 1, 2, 3, 4].map((n) => translate(`status.place.${placeBand(n)}`, 'en')))
    expect([...few]).toEqual(['Fewer than 5 people are before you in the queue.'])
  })
})

describe('a change of contact details', () => {
  it('keeps only the filled-in fields, normalised, and empty means no change', () => {
    expect(
      contactChanges({ phone: '070-123 45 67', email: '', interpreterNeeded: 'yes', x: 'y' }),
    ).toEqual({ ok: true, changes: { phone: '0701234567', interpreterNeeded: true } })
    expect(contactChanges({})).toEqual({ ok: true, changes: {} })
  })

  it('refuses each malformed field by itself, with its own code', () => {
    expect(
      contactChanges({ phone: '12', email: 'inte-en-adress', bestTimeToContact: 'x'.repeat(201) }),
    ).toEqual({
      ok: false,
      errors: [
        { field: 'phone', code: 'invalidPhone' },
        { field: 'email', code: 'invalidEmail' },
        { field: 'bestTimeToContact', code: 'tooLong', params: { max: 200 } },
      ],
    })
    expect(contactChanges({ interpreterNeeded: 'kanske' })).toMatchObject({
      ok: false,
      errors: [{ field: 'interpreterNeeded' }],
    })
  })
})
