import type { FormDefinition } from '@stodportalen/support-services/domain'

import { describe, expect, it } from 'vitest'

import type { FlowState } from '../../site/src/lib/referralFlow'

import {
  expiresAt,
  handoffKey,
  isExpired,
  restoreAnswers,
  savedAnswersKey,
  serialiseAnswers,
  staleKeys,
} from '../../site/src/lib/savedAnswers'
import { selfReferralForm } from './fixtures'

const savedOn = new Date('2026-03-01T10:00:00Z')
const later = (days: number) => new Date(savedOn.getTime() + days * 24 * 60 * 60 * 1000)

const halfFilled: FlowState = {
  view: { kind: 'step', index: 1 },
  raw: { name: ['Spara Testsson'], contactChannels: ['phone', 'sms'], goals: ['work'] },
  errors: [{ field: 'dateOfBirth', code: 'required' }],
  returnToCheck: false,
}

const saved = (state = halfFilled) => serialiseAnswers(selfReferralForm, state, savedOn)

describe('saved answers on this device', () => {
  it('names one entry per service and form, the same in every language', () => {
    expect(savedAnswersKey('ips', 7)).toBe('stodportalen:anmalan:ips:7')
    expect(savedAnswersKey('ips', 7)).not.toBe(savedAnswersKey('ips', 8))
    expect(savedAnswersKey('ips', 7)).not.toBe(savedAnswersKey('boende', 7))
    expect(handoffKey(savedAnswersKey('ips', 7))).toBe('stodportalen:anmalan:ips:7:sprakbyte')
  })

  it('keeps the answers, the step and when, and nothing else: no errors, no key, no proof', () => {
    const stored = JSON.parse(saved()) as Record<string, unknown>
    expect(Object.keys(stored).sort()).toEqual([
      'raw',
      'returnToCheck',
      'savedAt',
      'version',
      'view',
    ])
    expect(stored).toMatchObject({
      view: 'about-you',
      raw: halfFilled.raw,
      savedAt: savedOn.getTime(),
    })
  })

  it('restores the answers and the step, without the errors of the moment it was saved', () => {
    expect(restoreAnswers(selfReferralForm, saved(), later(6.9))).toEqual({
      state: { ...halfFilled, errors: [] },
      savedAt: savedOn.getTime(),
    })
    const onCheck = saved({ ...halfFilled, view: { kind: 'check' }, returnToCheck: true })
    expect(restoreAnswers(selfReferralForm, onCheck, later(1))?.state).toMatchObject({
      view: { kind: 'check' },
      returnToCheck: true,
    })
  })

  it('offers nothing once seven days have passed, or when the clock says it was saved in the future', () => {
    expect(expiresAt(savedOn.getTime())).toEqual(later(7))
    expect(isExpired(savedOn.getTime(), later(7))).toBe(true)
    expect(restoreAnswers(selfReferralForm, saved(), later(7))).toBeNull()
    expect(restoreAnswers(selfReferralForm, saved(), later(-1))).toBeNull()
  })

  it('drops answers to questions the form no longer has, and starts at the beginning on an unknown step', () => {
    const changed: FormDefinition = {
      steps: [
        {
          id: 'contact-now',
          title: { sv: 'Kontakt' },
          questions: selfReferralForm.steps[0].questions,
        },
      ],
    }
    expect(restoreAnswers(changed, saved(), later(1))?.state).toEqual({
      view: { kind: 'step', index: 0 },
      raw: { name: ['Spara Testsson'], contactChannels: ['phone', 'sms'] },
      errors: [],
      returnToCheck: false,
    })
    const onlyGone = saved({ ...halfFilled, raw: { goals: ['work'] } })
    expect(restoreAnswers(changed, onlyGone, later(1))).toBeNull()
  })

  it('ignores what it did not write: nothing, broken text, another version, values that are not text', () => {
    const at = later(1)
    expect(restoreAnswers(selfReferralForm, null, at)).toBeNull()
    expect(restoreAnswers(selfReferralForm, '{"raw":', at)).toBeNull()
    expect(restoreAnswers(selfReferralForm, '"text"', at)).toBeNull()
    const other = { ...JSON.parse(saved()), version: 2 }
    expect(restoreAnswers(selfReferralForm, JSON.stringify(other), at)).toBeNull()
    const odd = {
      ...JSON.parse(saved()),
      raw: { name: [42, 'Kvar'], phone: 'not a list', _key: ['x'] },
    }
    expect(restoreAnswers(selfReferralForm, JSON.stringify(odd), at)?.state.raw).toEqual({
      name: ['Kvar'],
    })
  })

  it('finds the expired and unreadable entries of every form, and leaves other keys of the site alone', () => {
    const fresh = serialiseAnswers(selfReferralForm, halfFilled, later(5))
    const entries: [string, null | string][] = [
      [savedAnswersKey('ips', 7), saved()],
      [savedAnswersKey('boende', 3), fresh],
      [savedAnswersKey('samtal', 4), 'broken'],
      ['theme', 'dark'],
    ]
    expect(staleKeys(entries, later(8))).toEqual([
      savedAnswersKey('ips', 7),
      savedAnswersKey('samtal', 4),
    ])
  })
})
