import {
  checkCaseRecord,
  checkMove,
  referralFlags,
  samePerson,
  type Status,
} from '@stodportalen/support-services/domain'
import { describe, expect, it } from 'vitest'

const today = '2026-03-10'

describe('hand-written records', () => {
  it('accepts a note, a contact attempt, a consent and a re-assessment in the right shape', () => {
    expect(
      checkCaseRecord({ type: 'note', note: 'Vill helst bli nådd efter lunch' }, 'waiting', today)
        .ok,
    ).toBe(true)
    expect(
      checkCaseRecord(
        { type: 'contactAttempt', contact: { channel: 'phone', result: 'noAnswer' } },
        'waiting',
        today,
      ).ok,
    ).toBe(true)
    expect(
      checkCaseRecord(
        {
          type: 'consent',
          consent: { action: 'given', partners: [3, 7], formVersion: '2025:2', date: today },
        },
        'enrolled',
        today,
      ).ok,
    ).toBe(true)
    expect(
      checkCaseRecord(
        { type: 'consent', consent: { action: 'withdrawn', date: '2026-03-01' } },
        'active',
        today,
      ).ok,
    ).toBe(true)
    expect(
      checkCaseRecord(
        {
          type: 'reassessment',
          reason: 'Har kommit i arbete',
          reassessment: { result: 'continue', nextAt: '2026-06-10' },
        },
        'active',
        today,
      ).ok,
    ).toBe(true)
  })

  it('names the field and says what to do, in Swedish', () => {
    expect(checkCaseRecord({ type: 'note', note: '   ' }, 'waiting', today)).toEqual({
      ok: false,
      field: 'note',
      message: 'Anteckning måste fyllas i.',
    })
    expect(
      checkCaseRecord(
        { type: 'contactAttempt', contact: { channel: 'fax', result: 'reached' } },
        'waiting',
        today,
      ),
    ).toEqual({
      ok: false,
      field: 'contact.channel',
      message: 'Kanal är inte ett av alternativen.',
    })
    expect(
      checkCaseRecord({ type: 'contactAttempt', contact: { result: 'reached' } }, 'waiting', today),
    ).toEqual({
      ok: false,
      field: 'contact.channel',
      message: 'Kanal måste fyllas i.',
    })
    expect(
      checkCaseRecord(
        {
          type: 'consent',
          consent: { action: 'given', partners: [], formVersion: 'v1', date: today },
        },
        'active',
        today,
      ),
    ).toMatchObject({
      ok: false,
      field: 'consent.partners',
    })
  })

  it('refuses a consent dated in the future', () => {
    expect(
      checkCaseRecord(
        { type: 'consent', consent: { action: 'withdrawn', date: '2026-03-11' } },
        'active',
        today,
      ),
    ).toMatchObject({
      ok: false,
      field: 'consent.date',
    })
  })

  it('re-assesses only cases in progress, with a reason and a next date after today unless closing', () => {
    const record = (result: string, nextAt?: string) => ({
      type: 'reassessment',
      reason: 'Uppföljning',
      reassessment: { result, nextAt },
    })
    expect(checkCaseRecord(record('continue', '2026-06-01'), 'waiting', today)).toMatchObject({
      ok: false,
      field: 'type',
    })
    expect(checkCaseRecord(record('continue'), 'active', today)).toMatchObject({
      ok: false,
      field: 'reassessment.nextAt',
    })
    expect(checkCaseRecord(record('changePlan', today), 'active', today)).toMatchObject({
      ok: false,
      field: 'reassessment.nextAt',
    })
    expect(checkCaseRecord(record('prepareClosing'), 'enrolled', today).ok).toBe(true)
    expect(
      checkCaseRecord(
        {
          type: 'reassessment',
          reason: '',
          reassessment: { result: 'continue', nextAt: '2026-06-01' },
        },
        'active',
        today,
      ),
    ).toMatchObject({
      ok: false,
      field: 'reason',
    })
  })

  it('does not take system events by hand', () => {
    expect(
      checkCaseRecord({ type: 'statusChange', toStatus: 'active' }, 'waiting', today),
    ).toMatchObject({ ok: false, field: 'type' })
  })
})

describe('moving to another service', () => {
  it('is allowed while the referral is open, and asks to reopen a closed one first', () => {
    expect(checkMove('enrolled')).toEqual({ ok: true })
    expect(checkMove('closed')).toEqual({
      ok: false,
      message: 'En avslutad anmälan kan inte flyttas. Öppna den igen först.',
    })
  })
})

describe('queue badges', () => {
  const now = new Date('2026-03-10T09:00:00Z')
  const flags = (
    status: Status,
    receivedAt: string,
    more: Partial<Parameters<typeof referralFlags>[0]> = {},
  ) => referralFlags({ status, receivedAt, ...more }, now)

  it('marks waiting past the 30-day goal only while queued', () => {
    expect(flags('waiting', '2026-02-08T10:00:00Z').waitingTooLong).toBe(false) // 30 days
    expect(flags('waiting', '2026-02-07T10:00:00Z').waitingTooLong).toBe(true) // 31 days
    expect(flags('enrolled', '2025-02-07T10:00:00Z').waitingTooLong).toBe(false)
  })

  it('marks no contact from day 5 until someone reached the person', () => {
    expect(flags('received', '2026-03-06T10:00:00Z').noContact).toBe(false) // 4 days
    expect(flags('received', '2026-03-05T10:00:00Z').noContact).toBe(true) // 5 days
    expect(
      flags('waiting', '2026-01-05T10:00:00Z', { firstContactAt: '2026-01-07T10:00:00Z' })
        .noContact,
    ).toBe(false)
    expect(flags('closed', '2026-01-05T10:00:00Z').noContact).toBe(false)
  })

  it('marks a re-assessment due on its day, for cases in progress only', () => {
    expect(
      flags('active', '2025-05-01', { nextReassessmentAt: '2026-03-10T00:00:00Z' }).reassessmentDue,
    ).toBe(true)
    expect(
      flags('active', '2025-05-01', { nextReassessmentAt: '2026-03-11T00:00:00Z' }).reassessmentDue,
    ).toBe(false)
    expect(
      flags('onHold', '2025-05-01', { nextReassessmentAt: '2026-03-01T00:00:00Z' }).reassessmentDue,
    ).toBe(false)
  })

  it('marks possible duplicates on open referrals', () => {
    expect(flags('received', '2026-03-09', { possibleDuplicateCount: 1 }).possibleDuplicate).toBe(
      true,
    )
    expect(flags('merged', '2026-03-09', { possibleDuplicateCount: 1 }).possibleDuplicate).toBe(
      false,
    )
  })
})

describe('the same person', () => {
  const anna = {
    name: 'Anna Berg',
    dateOfBirth: '1990-04-02',
    phone: '+46701740601',
    email: 'anna.berg@example.org',
  }

  it('matches on name and date of birth together, whatever the case and spacing', () => {
    expect(samePerson(anna, { name: ' anna  berg', dateOfBirth: '1990-04-02' })).toBe(true)
    expect(samePerson(anna, { name: 'Anna Berg', dateOfBirth: '1991-04-02' })).toBe(false)
  })

  it('matches on the phone number or the e-mail address alone', () => {
    expect(samePerson(anna, { name: 'A. Bergh', phone: '+46701740601' })).toBe(true)
    expect(samePerson(anna, { email: 'Anna.Berg@example.org' })).toBe(true)
  })

  it('never matches on missing values', () => {
    expect(samePerson({ name: 'Anna Berg' }, { name: 'Anna Berg' })).toBe(false)
    expect(samePerson({}, {})).toBe(false)
  })
})
