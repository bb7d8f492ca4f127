import {
  channelsLackingContact,
  type FormDefinition,
  isResidentUpdate,
  type Locale,
  locales,
  messages,
  residentUpdateEmail,
  residentUpdateSms,
  residentUpdateStatuses,
  residentUpdateTextKeys,
  type Status,
  statuses,
  translate,
  validateAnswers,
} from '@stodportalen/support-services/domain'
import { describe, expect, it } from 'vitest'

import { selfReferralForm, validAnswers } from './fixtures'

const link =
  'https://stodportalen.example/en/min-anmalan/abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG'
const update = (locale: Locale, status: Status = 'firstContact') => ({
  locale,
  reference: 'K7M4-Q9TR-XB3',
  status,
  link,
})

describe('which moves the resident is told about', () => {
  it('first contact, enrolled, redirected, closed and withdrawn; nothing else, and never a non-move', () => {
    const told = statuses.filter((to) => statuses.some((from) => isResidentUpdate(from, to)))
    expect(told.sort()).toEqual([...residentUpdateStatuses].sort())
    expect(isResidentUpdate('waiting', 'firstContact')).toBe(true)
    expect(isResidentUpdate('closed', 'closed')).toBe(false)
    expect(isResidentUpdate('enrolled', 'active')).toBe(false)
    expect(isResidentUpdate('received', 'declined')).toBe(false)
    expect(isResidentUpdate('waiting', 'notAStatus')).toBe(false)
  })
})

describe('the update messages', () => {
  it.each(locales)(
    'in %s: the status page words for the status, the reference and the link',
    (locale) => {
      for (const status of residentUpdateStatuses) {
        const phase = translate(
          `status.phase.${status === 'enrolled' ? 'started' : status}`,
          locale,
        )
        const sms = residentUpdateSms(update(locale, status))
        expect(sms).toContain(phase)
        expect(sms).toContain('K7M4-Q9TR-XB3')
        expect(sms).toContain(link)
        expect(sms, 'a placeholder was left unfilled').not.toMatch(/\{\w+\}/)

        const mail = residentUpdateEmail(update(locale, status))
        expect(mail.subject).toContain('K7M4-Q9TR-XB3')
        expect(mail.text).toContain(phase)
        expect(mail.text).toContain(link)
        expect(mail.html).toContain(`href="${link}"`)
        expect(`${mail.subject}${mail.text}`, 'a placeholder was left unfilled').not.toMatch(
          /\{\w+\}/,
        )
      }
    },
  )

  it('is written in the language of the referral, right to left in Arabic', () => {
    expect(residentUpdateEmail(update('sv')).subject).toBe('Nytt om din anmälan K7M4-Q9TR-XB3')
    expect(residentUpdateEmail(update('en')).subject).toBe('News about your referral K7M4-Q9TR-XB3')
    expect(residentUpdateEmail(update('ar')).html).toContain('<html lang="ar" dir="rtl">')
  })

  it('has its own texts in every language', () => {
    for (const locale of locales)
      for (const key of residentUpdateTextKeys)
        expect(messages[locale][key], `${locale}: ${key}`).toBeTruthy()
  })

  it('fits a few SMS parts even with a long link', () => {
    for (const locale of locales)
      for (const status of residentUpdateStatuses)
        expect(residentUpdateSms(update(locale, status)).length).toBeLessThanOrEqual(320)
  })

  it('escapes what it puts into HTML', () => {
    const mail = residentUpdateEmail({ ...update('sv'), link: 'https://x.example/?a=1&b=<2>' })
    expect(mail.html).toContain('https://x.example/?a=1&amp;b=&lt;2&gt;')
    expect(mail.html).not.toContain('<2>')
  })
})

describe('the choice in the form', () => {
  const form: FormDefinition = {
    steps: [
      ...selfReferralForm.steps,
      {
        id: 'last',
        title: { sv: 'Till sist' },
        questions: [{ kind: 'standard', field: 'statusUpdates', required: false }],
      },
    ],
  }
  const validate = (answers: Record<string, unknown>) =>
    validateAnswers(form, answers, { today: '2026-03-01' })

  it('is off by default: no choice and an empty choice are both "no updates"', () => {
    expect(validate(validAnswers).ok).toBe(true)
    expect(validate({ ...validAnswers, statusUpdates: [] })).toMatchObject({
      ok: true,
      answers: { statusUpdates: [] },
    })
  })

  it('needs the contact detail of each chosen channel, said on the choice itself', () => {
    const phoneOnly = { ...validAnswers, statusUpdates: ['email', 'sms'] }
    expect(validate(phoneOnly)).toEqual({
      ok: false,
      errors: [{ field: 'statusUpdates', code: 'updatesNeedEmail' }],
    })
    const emailOnly = { ...validAnswers, phone: undefined, email: 'sara@example.se' }
    expect(validate({ ...emailOnly, statusUpdates: ['sms'] })).toEqual({
      ok: false,
      errors: [{ field: 'statusUpdates', code: 'updatesNeedPhone' }],
    })
    expect(validate({ ...emailOnly, statusUpdates: ['email'] }).ok).toBe(true)
    expect(validate({ ...validAnswers, statusUpdates: ['fax'] })).toMatchObject({
      ok: false,
      errors: [{ field: 'statusUpdates', code: 'notAnOption' }],
    })
  })

  it('names which channels lack their detail', () => {
    expect(
      channelsLackingContact({ statusUpdates: ['email', 'sms'], phone: '0701234567' }),
    ).toEqual(['email'])
    expect(channelsLackingContact({})).toEqual([])
  })

  it('explains the refusal in plain words in every language', () => {
    for (const locale of locales)
      for (const code of ['updatesNeedEmail', 'updatesNeedPhone'])
        expect(messages[locale][`errors.${code}`], `${locale}: ${code}`).toBeTruthy()
  })
})
