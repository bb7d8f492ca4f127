import {
  ageAtEnrolment,
  ageBandOf,
  cellText,
  checkCaseRecord,
  maskTable,
  maskTables,
  reportCsv,
  type ReportTable,
  shapeSus,
  tableCsv,
} from '@stodportalen/support-services/domain'
import { describe, expect, it } from 'vitest'

import { sheetName, workbookValue } from '../../plugins/support-services/src/print/reportWorkbook'

const today = '2026-03-10'
const enrolled = { enrolledOn: '2026-01-15' }
const profile = (answers: Record<string, unknown>) => ({ type: 'profile', profile: answers })
/** The refusal's field and Swedish message, or the stored profile. */
const verdict = (input: unknown, facts: object = enrolled) => {
  const check = checkCaseRecord(input, 'active', today, facts)
  if (!check.ok) return `${check.field}: ${check.message}`
  return check.record.type === 'profile' ? check.record.profile : check.record
}

describe('the participant profile at enrolment', () => {
  it('keeps the answers given and works out the age, never keeping the birth year', () => {
    expect(
      verdict(
        profile({
          incomeSource: 'socialAssistance',
          monthlyIncome: 9000,
          supportYears: 'over3',
          education: 'upperSecondary',
          birthYear: 1990,
        }),
      ),
    ).toEqual({
      incomeSource: 'socialAssistance',
      monthlyIncome: 9000,
      supportYears: 'over3',
      education: 'upperSecondary',
      birthYear: null,
      // Turns 36 in 2026, the year of enrolment.
      ageAtEnrolment: 36,
    })
    // A date of birth beats the birth year: born 20 January 1990, enrolled 15 January 2026 → 35.
    expect(
      verdict(profile({ education: 'primary', birthYear: 1970 }), {
        ...enrolled,
        dateOfBirth: '1990-01-20',
      }),
    ).toMatchObject({ ageAtEnrolment: 35, birthYear: null })
    // An age given by hand is not taken: without a birth date or year it is unknown.
    expect(verdict(profile({ education: 'primary', ageAtEnrolment: 99 }))).toMatchObject({
      ageAtEnrolment: null,
    })
  })

  it('refuses with a Swedish message that names the field', () => {
    expect(verdict(profile({ incomeSource: 'lottery' }))).toBe(
      'profile.incomeSource: Huvudsaklig inkomstkälla är inte ett av alternativen.',
    )
    expect(verdict(profile({ incomeSource: 'salary', monthlyIncome: -1 }))).toBe(
      'profile.monthlyIncome: Belopp per månad kan inte vara negativ.',
    )
    expect(verdict(profile({ incomeSource: 'salary', monthlyIncome: 'mycket' }))).toBe(
      'profile.monthlyIncome: Belopp per månad ska vara ett tal.',
    )
    expect(verdict(profile({ incomeSource: 'none', monthlyIncome: 500 }))).toBe(
      'profile.monthlyIncome: Belopp per månad anges bara tillsammans med en inkomstkälla.',
    )
    expect(verdict(profile({ education: 'phd' }))).toBe(
      'profile.education: Högsta utbildning är inte ett av alternativen.',
    )
    expect(verdict(profile({ birthYear: 1990.5 }))).toBe(
      'profile.birthYear: Födelseår ska vara ett årtal, till exempel 1990.',
    )
    expect(verdict(profile({ birthYear: 2020 }))).toBe(
      'profile.birthYear: Födelseår ger en ålder vid inskrivningen på 6 år; kontrollera året.',
    )
    expect(verdict(profile({}))).toBe(
      'profile.incomeSource: Fyll i minst en uppgift om deltagaren.',
    )
    expect(verdict(profile({ education: 'primary' }), {})).toBe(
      'type: Profilen vid inskrivningen registreras för inskrivna deltagare.',
    )
  })

  it('ages at enrolment and their groups', () => {
    expect(ageAtEnrolment('2026-06-30', { dateOfBirth: '2000-06-30' })).toBe(26)
    expect(ageAtEnrolment('2026-06-29', { dateOfBirth: '2000-06-30' })).toBe(25)
    expect(ageAtEnrolment('2026-06-29', {})).toBeNull()
    expect([24, 25, 29, 30, 49, 50].map(ageBandOf)).toEqual([
      'under25',
      '25to29',
      '25to29',
      '30to39',
      '40to49',
      '50plus',
    ])
  })
})

describe('the SUS figures from their rows', () => {
  it('counts participant closings before and in the period, and the expected number of its years', () => {
    const sus = shapeSus({ from: '2025-07-01', to: '2026-06-30' }, [1, 2], {
      participants: [
        { serviceId: 1, gender: 'woman', actionPlan: true, n: 4 },
        { serviceId: 2, gender: null, actionPlan: false, n: 1 },
      ],
      profile: [
        { serviceId: 1, gender: 'woman', question: 'incomeSource', answer: 'salary', n: 4 },
        { serviceId: 1, gender: 'woman', question: 'age', answer: '31', n: 4 },
        { serviceId: 2, gender: null, question: 'incomeSource', answer: 'bogus', n: 1 },
        { serviceId: 2, gender: null, question: 'age', answer: null, n: 1 },
      ],
      closings: [
        { serviceId: 1, gender: 'woman', status: 'closed', outcome: null, inPeriod: false, n: 7 },
        {
          serviceId: 1,
          gender: 'woman',
          status: 'closed',
          outcome: 'workAndStudies',
          inPeriod: true,
          n: 2,
        },
        { serviceId: 1, gender: 'man', status: 'withdrawn', outcome: null, inPeriod: true, n: 1 },
      ],
      registered: [{ serviceId: 1, n: 11 }],
      expected: [
        { serviceId: 1, year: 2025, count: 10 },
        { serviceId: 1, year: 2026, count: 12 },
        { serviceId: 1, year: 2027, count: 99 },
      ],
    })
    expect(sus.years).toEqual([2025, 2026])
    // Service 1: 7 closed before + 3 in the period; 2 of the 3 into work and studies; 2025 + 2026 = 22.
    expect(sus.byService[0]).toEqual({
      serviceId: 1,
      participants: 4,
      registeredSinceStart: 11,
      closedSinceStart: 10,
      closedInPeriod: 3,
      intoWorkOrStudies: 2,
      withActionPlan: 4,
      expected: 22,
    })
    // Service 2 has no expected number: none, not 0.
    expect(sus.byService[1]).toMatchObject({ participants: 1, expected: null })
    expect(sus.closingReasons.withdrawn).toMatchObject({ man: 1, total: 1 })
    // An unknown income and gender are "not stated".
    expect(sus.profile.income.notStated).toMatchObject({ notStated: 1, total: 1 })
    expect(sus.profile.age['30to39']).toMatchObject({ woman: 4, total: 4 })
  })
})

const byGender = (
  id: ReportTable['id'],
  rows: { key: string; values: number[]; ref?: string; total?: boolean }[],
): ReportTable => ({
  id,
  title: id,
  rowHeader: 'Rad',
  columns: [
    { key: 'woman', label: 'Kvinnor', kind: 'count' },
    { key: 'man', label: 'Män', kind: 'count' },
    { key: 'total', label: 'Totalt', kind: 'count' },
  ],
  rows: rows.map((r) => ({
    key: r.key,
    label: r.key,
    values: r.values,
    total: r.total,
    refs: r.ref ? ['woman', 'man', 'total'].map((g) => `${r.ref}:${g}`) : undefined,
  })),
  rowSum: { total: 'total', parts: ['woman', 'man'] },
})
const shown = (table: ReturnType<typeof maskTable>) =>
  table.rows.map((row, r) => [
    row.label,
    ...table.columns.map((c, i) => cellText(table.cells[r][i], c, 'csv')),
  ])

describe('masking across tables', () => {
  // All closings: work 7 women + 6 men, studies 2 + 8. The women's 2 is small: in the studies row the
  // men's 8 goes too (10 − 8), and then in each column the work cell (9 − 7, 14 − 6).
  const all = byGender('closings', [
    { key: 'work', values: [7, 6, 13], ref: 'closing:work' },
    { key: 'studies', values: [2, 8, 10], ref: 'closing:studies' },
    { key: 'total', values: [9, 14, 23], total: true },
  ])
  // The participants' closings show the work row again, without the studies row.
  const participants = byGender('sus-closing-reasons', [
    { key: 'work', values: [7, 6, 13], ref: 'closing:work' },
  ])

  it('on its own, a table shows what another table hides, and 9 − 7 gives the 2 away', () => {
    expect(shown(maskTable(all))).toEqual([
      ['work', 'x', 'x', '13'],
      ['studies', '< 5', 'x', '10'],
      ['total', '9', '14', '23'],
    ])
    expect(shown(maskTable(participants))).toEqual([['work', '7', '6', '13']])
  })

  it('masked together, the same figure is hidden in both tables', () => {
    const [first, second] = maskTables([all, participants])
    expect(shown(first)).toEqual(shown(maskTable(all)))
    expect(shown(second)).toEqual([['work', 'x', 'x', '13']])
  })

  it('a sum across tables is a line like any other', () => {
    // "Into work" (13) is shown in a table of its own and is work women + men of the other table; the
    // men's 3 is small, so with 13 and the women's 10 shown it would be 13 − 10: the 10 is hidden too.
    const parts: ReportTable = {
      id: 'sus-closing-reasons',
      title: 'parts',
      rowHeader: 'Rad',
      columns: [
        { key: 'woman', label: 'Kvinnor', kind: 'count' },
        { key: 'man', label: 'Män', kind: 'count' },
      ],
      rows: [
        {
          key: 'work',
          label: 'work',
          values: [10, 3],
          refs: ['closing:work:woman', 'closing:work:man'],
        },
      ],
    }
    const into: ReportTable = {
      id: 'sus-work-or-studies',
      title: 'into',
      rowHeader: 'Rad',
      columns: [{ key: 'into', label: 'Till arbete', kind: 'count' }],
      rows: [{ key: 'total', label: 'Totalt', values: [13], refs: ['into:total'] }],
    }
    const links = [{ total: 'into:total', parts: ['closing:work:woman', 'closing:work:man'] }]
    expect(shown(maskTables([parts, into])[0])).toEqual([['work', '10', '< 5']])
    expect(shown(maskTables([parts, into], links)[0])).toEqual([['work', 'x', '< 5']])
  })
})

describe('exports', () => {
  const table: ReportTable = {
    id: 'work-or-studies',
    title: 'Avslut till arbete eller studier',
    rowHeader: 'Tjänster',
    columns: [
      { key: 'withOutcome', label: 'Avslut med utfall', kind: 'count' },
      { key: 'into', label: 'Till arbete eller studier', kind: 'count' },
      { key: 'share', label: 'Andel', kind: 'share', from: ['into', 'withOutcome'] },
    ],
    rows: [{ key: 'total', label: '-Alla; valda', values: [30, 20, 2 / 3] }],
  }
  const masked = maskTable(table)

  it('CSV for Swedish Excel: semicolons, decimal commas, numbers unquoted, formulas defused', () => {
    expect(tableCsv(masked, 'semicolon')).toBe(
      'Tjänster;Avslut med utfall;Till arbete eller studier;Andel (%)\r\n"\'-Alla; valda";30;20;66,7\r\n',
    )
    expect(tableCsv(masked)).toBe(
      'Tjänster,Avslut med utfall,Till arbete eller studier,Andel (%)\r\n"\'-Alla; valda",30,20,66.7\r\n',
    )
    expect(reportCsv({ from: '2025-01-01', to: '2025-03-31' }, [masked], 'semicolon')).toContain(
      '\r\nAvslut till arbete eller studier\r\nTjänster;',
    )
  })

  it('workbook cells: numbers stay numbers, hidden cells are written as on the page', () => {
    expect(workbookValue({ value: 2 / 3, hidden: null })).toBeCloseTo(2 / 3, 10)
    expect(workbookValue({ value: null, hidden: 'small' })).toBe('< 5')
    expect(workbookValue({ value: null, hidden: 'complement' })).toBe('x')
    expect(workbookValue({ value: null, hidden: null })).toBeNull()
    expect(sheetName(8, 'Tid från anmälan till första kontakt: median/p90')).toBe(
      '9 Tid från anmälan till första',
    )
  })
})
