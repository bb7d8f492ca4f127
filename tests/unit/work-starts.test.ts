import { addMonths, checkCaseRecord } from '@stodportalen/support-services/domain'
import { describe, expect, it } from 'vitest'

import {
  describeEvent,
  type EventRecord,
  startText,
} from '../../plugins/support-services/src/admin/referral/timeline'

const today = '2026-03-10'
const enrolled = { enrolledOn: '2026-01-15' }
const job = (workStart: Record<string, unknown>, date = '2026-02-01') => ({
  type: 'workStart',
  date,
  workStart: { kind: 'competitiveJob', sector: 'G', hoursPerWeek: 20, ...workStart },
})
/** The refusal's field and Swedish message, or 'ok'. */
const verdict = (input: unknown, facts = {}) => {
  const check = checkCaseRecord(input, 'active', today, facts)
  return check.ok ? 'ok' : `${check.field}: ${check.message}`
}

describe('starts, employer contacts and action plans', () => {
  it('accepts a job, a job with a wage subsidy, an own business and studies with their school', () => {
    expect(verdict(job({ monthlySalary: 24_500 }), enrolled)).toBe('ok')
    expect(verdict(job({ kind: 'subsidisedJob', sector: 'Q', hoursPerWeek: 37.5 }), enrolled)).toBe(
      'ok',
    )
    expect(verdict(job({ kind: 'ownBusiness', sector: 'S', monthlySalary: 0 }), enrolled)).toBe(
      'ok',
    )
    expect(
      verdict(
        job({ kind: 'studies', sector: undefined, schoolKind: 'adultEducation', hoursPerWeek: 15 }),
        enrolled,
      ),
    ).toBe('ok')
    expect(verdict({ type: 'employerContact', date: '2026-01-15' }, enrolled)).toBe('ok')
    expect(verdict({ type: 'actionPlan', date: '2026-01-20' }, enrolled)).toBe('ok')
  })

  it('refuses bad input with a Swedish message naming the field', () => {
    expect(verdict(job({}, '2026-01-14'), enrolled)).toBe(
      'date: Datum kan inte ligga före inskrivningen (2026-01-15).',
    )
    expect(verdict({ type: 'employerContact', date: '2026-01-01' }, enrolled)).toBe(
      'date: Datum kan inte ligga före inskrivningen (2026-01-15).',
    )
    expect(verdict(job({}, '2026-03-11'), enrolled)).toBe('date: Datum kan inte ligga i framtiden.')
    expect(verdict(job({ hoursPerWeek: 61 }), enrolled)).toBe(
      'workStart.hoursPerWeek: Timmar per vecka ska vara mer än 0 och högst 60.',
    )
    expect(verdict(job({ hoursPerWeek: undefined }), enrolled)).toBe(
      'workStart.hoursPerWeek: Timmar per vecka måste fyllas i.',
    )
    expect(verdict(job({ hoursPerWeek: 'tjugo' }), enrolled)).toBe(
      'workStart.hoursPerWeek: Timmar per vecka ska vara ett tal.',
    )
    expect(verdict(job({ monthlySalary: -1 }), enrolled)).toBe(
      'workStart.monthlySalary: Månadslön kan inte vara negativ.',
    )
    expect(verdict(job({ sector: undefined }), enrolled)).toBe(
      'workStart.sector: Arbetsgivarens bransch måste fyllas i för arbete.',
    )
    expect(verdict(job({ sector: 'V' }), enrolled)).toBe(
      'workStart.sector: Arbetsgivarens bransch är inte ett av alternativen.',
    )
    expect(verdict(job({ kind: 'studies', sector: undefined }), enrolled)).toBe(
      'workStart.schoolKind: Skolform måste fyllas i för studier.',
    )
    expect(verdict(job({}), { enrolledOn: null })).toMatch(
      /^type: .*registreras för inskrivna deltagare/,
    )
    expect(verdict({ type: 'actionPlan', date: '2026-02-30' }, enrolled)).toBe(
      'date: Datum ska vara ett datum (ÅÅÅÅ-MM-DD).',
    )
  })

  it('ends a start of the same referral once, not before it began', () => {
    const end = (date: string) => ({
      type: 'workEnd',
      date,
      workEnd: { start: 41, reason: 'fixedTermEnded' },
    })
    const start = { date: '2026-02-01', ended: false }
    expect(verdict(end('2026-03-01'), { start })).toBe('ok')
    expect(verdict(end('2026-02-01'), { start })).toBe('ok')
    expect(verdict(end('2026-01-31'), { start })).toBe(
      'date: Slutdatum kan inte ligga före startdatumet (2026-02-01).',
    )
    expect(verdict(end('2026-03-01'), { start: { ...start, ended: true } })).toBe(
      'workEnd.start: Starten har redan ett slutdatum.',
    )
    expect(verdict(end('2026-03-01'), { start: null })).toBe(
      'workEnd.start: Välj en start i den här anmälan som har upphört.',
    )
    expect(
      verdict({ type: 'workEnd', date: '2026-03-01', workEnd: { start: 41 } }, { start }),
    ).toBe('workEnd.reason: Orsak till att starten upphörde måste fyllas i.')
  })
})

describe('calendar months', () => {
  it('adds months, and from the 31st lands on the last day of a shorter month', () => {
    expect(addMonths('2025-01-15', 3)).toBe('2025-04-15')
    expect(addMonths('2025-01-31', 3)).toBe('2025-04-30')
    expect(addMonths('2025-08-31', 6)).toBe('2026-02-28')
    expect(addMonths('2023-08-31', 6)).toBe('2024-02-29')
    expect(addMonths('2025-11-30', 3)).toBe('2026-02-28')
    expect(addMonths('2025-10-05', 3)).toBe('2026-01-05')
    expect(addMonths('2099-12-31', 2)).toBe('2100-02-28')
    expect(addMonths('2000-01-31', 1)).toBe('2000-02-29')
    expect(addMonths('2025-12-01', 12)).toBe('2026-12-01')
  })
})

describe('in the referral’s history', () => {
  const lookups = {
    staff: new Map([['7', 'Coach Sju']]),
    services: new Map(),
    partners: new Map(),
    references: new Map(),
  }
  const event = (data: Partial<EventRecord>): EventRecord => ({
    id: 1,
    referral: 5,
    at: '2026-02-01T09:00:00.000Z',
    actor: 7,
    type: 'workStart',
    ...data,
  })

  it('says what started, where and how much, and why it ended, in Swedish', () => {
    expect(
      describeEvent(
        event({
          date: '2026-02-01',
          workStart: { kind: 'subsidisedJob', sector: 'Q', hoursPerWeek: 25, monthlySalary: 21500 },
        }),
        lookups,
        5,
      ),
    ).toMatchObject({
      title: 'Start i arbete eller studier',
      summary: '2026-02-01: Arbete med lönestöd, Q – Vård och omsorg; sociala tjänster, 25 tim/v',
      details: ['Månadslön: 21\u00a0500 kr'],
      actor: 'Coach Sju',
    })
    expect(startText({ kind: 'studies', schoolKind: 'folkHighSchool', hoursPerWeek: 20 })).toBe(
      'Studier (Folkhögskola), 20 tim/v',
    )
    expect(
      describeEvent(
        event({ type: 'workEnd', date: '2026-03-01', workEnd: { start: 1, reason: 'health' } }),
        lookups,
        5,
      ),
    ).toMatchObject({ title: 'Arbete eller studier upphörde', summary: '2026-03-01: Ohälsa' })
    expect(
      describeEvent(event({ type: 'employerContact', date: '2026-01-20' }), lookups, 5),
    ).toMatchObject({ title: 'Arbetsgivarkontakt', summary: '2026-01-20' })
  })
})

describe('what the socio-economic estimate needs of a start', () => {
  it('takes a wage subsidy for a job with a wage subsidy only, and housing support as hours a week', () => {
    const subsidised = { kind: 'subsidisedJob', monthlySalary: 21000 }
    expect(verdict(job({ ...subsidised, monthlyWageSubsidy: 15000 }), enrolled)).toBe('ok')
    expect(verdict(job({ monthlyWageSubsidy: 15000 }), enrolled)).toBe(
      'workStart.monthlyWageSubsidy: Lönestöd per månad anges bara för arbete med lönestöd.',
    )
    expect(verdict(job({ ...subsidised, monthlyWageSubsidy: -1 }), enrolled)).toBe(
      'workStart.monthlyWageSubsidy: Lönestöd per månad kan inte vara negativ.',
    )
    expect(verdict(job({ housingSupportHours: 0 }), enrolled)).toBe('ok')
    expect(verdict(job({ housingSupportHours: 200 }), enrolled)).toBe(
      'workStart.housingSupportHours: Boendestöd efter starten ska vara timmar per vecka, högst 168.',
    )
  })
})
