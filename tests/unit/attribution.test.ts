import {
  type AttributionRows,
  attributionTables,
  cellText,
  maskTable,
  shapeAttribution,
  tableCsv,
} from '@stodportalen/support-services/domain'
import { describe, expect, it } from 'vitest'

/**
 * A hand-made period of outreach. Activity 2 logs event 7, so the event's referrals count with it;
 * event 8 was never logged; activity 3 is older than the period (named by a referral, its people and
 * hours belong to another period); GONE99 is the code of a deleted activity.
 */
const rows: AttributionRows = {
  activities: [
    {
      id: 1,
      title: 'Mottagning Norr',
      date: '2025-03-01',
      arena: 'psychiatricClinic',
      code: 'KNRR22',
      eventId: null,
      peopleReached: 20,
      hours: 5,
      inPeriod: true,
    },
    {
      id: 2,
      title: 'Jobbmässa',
      date: '2025-04-10',
      arena: 'jobFair',
      code: 'MASSA2',
      eventId: 7,
      peopleReached: 100,
      hours: 8,
      inPeriod: true,
    },
    {
      id: 3,
      title: 'Skolträff',
      date: '2024-11-05',
      arena: 'school',
      code: 'SKRA33',
      eventId: null,
      peopleReached: 40,
      hours: 3,
      inPeriod: false,
    },
    {
      id: 4,
      title: 'Vårdcentral',
      date: '2025-02-01',
      arena: 'primaryCare',
      code: 'PRMM44',
      eventId: null,
      peopleReached: 10,
      hours: 2,
      inPeriod: true,
    },
  ],
  events: [
    { id: 7, title: 'Jobbmässan i Gävle', code: 'EVNT77' },
    { id: 8, title: 'Öppet hus', code: 'EVNT88' },
  ],
  referrals: [
    {
      code: 'KNRR22',
      activityId: 1,
      eventId: null,
      referrals: 3,
      enrolled: 2,
      intoWorkOrStudies: 1,
    },
    {
      code: 'MASSA2',
      activityId: 2,
      eventId: null,
      referrals: 2,
      enrolled: 1,
      intoWorkOrStudies: 0,
    },
    {
      code: 'EVNT77',
      activityId: null,
      eventId: 7,
      referrals: 4,
      enrolled: 2,
      intoWorkOrStudies: 1,
    },
    {
      code: 'EVNT88',
      activityId: null,
      eventId: 8,
      referrals: 1,
      enrolled: 0,
      intoWorkOrStudies: 0,
    },
    {
      code: 'SKRA33',
      activityId: 3,
      eventId: null,
      referrals: 2,
      enrolled: 1,
      intoWorkOrStudies: 1,
    },
    {
      code: 'GONE99',
      activityId: null,
      eventId: null,
      referrals: 1,
      enrolled: 0,
      intoWorkOrStudies: 0,
    },
    {
      code: null,
      activityId: null,
      eventId: null,
      referrals: 6,
      enrolled: 3,
      intoWorkOrStudies: 2,
    },
  ],
}

const f = (
  peopleReached: number,
  hours: number,
  referrals: number,
  enrolled: number,
  intoWorkOrStudies: number,
  referralsPer10Hours: number | null,
) => ({ peopleReached, hours, referrals, enrolled, intoWorkOrStudies, referralsPer10Hours })

describe('attribution', () => {
  const attribution = shapeAttribution(rows)

  it('per activity: its own code and the code of the event it logs; older activities bring referrals, not hours', () => {
    expect(attribution.byActivity.map((line) => [line.key, line.figures])).toEqual([
      // Date order. 3: 2 referrals, its 40 people and 3 h were in an earlier period.
      ['activity-3', f(0, 0, 2, 1, 1, null)],
      // 4: no referrals in 2 h: 0 per 10 h.
      ['activity-4', f(10, 2, 0, 0, 0, 0)],
      // 1: 3 referrals in 5 h: 3 / 5 × 10 = 6.
      ['activity-1', f(20, 5, 3, 2, 1, 6)],
      // 2: its own 2 + event 7's 4 = 6 referrals in 8 h: 6 / 8 × 10 = 7.5.
      ['activity-2', f(100, 8, 6, 3, 1, 7.5)],
      ['event', f(0, 0, 1, 0, 0, null)],
      ['removed', f(0, 0, 1, 0, 0, null)],
      ['none', f(0, 0, 6, 3, 2, null)],
    ])
  })

  it('per arena, in the arenas’ order, then what no activity brought', () => {
    expect(attribution.byArena.map((line) => [line.key, line.figures])).toEqual([
      ['psychiatricClinic', f(20, 5, 3, 2, 1, 6)],
      ['primaryCare', f(10, 2, 0, 0, 0, 0)],
      ['school', f(0, 0, 2, 1, 1, null)],
      ['jobFair', f(100, 8, 6, 3, 1, 7.5)],
      ['event', f(0, 0, 1, 0, 0, null)],
      ['removed', f(0, 0, 1, 0, 0, null)],
      ['none', f(0, 0, 6, 3, 2, null)],
    ])
  })

  it('per campaign: each code on its own row, the event’s apart from the activity that logged it', () => {
    expect(
      attribution.byCampaign.map((line) => [line.code, line.kind, line.title, line.figures]),
    ).toEqual([
      ['SKRA33', 'activity', 'Skolträff', f(0, 0, 2, 1, 1, null)],
      ['PRMM44', 'activity', 'Vårdcentral', f(10, 2, 0, 0, 0, 0)],
      ['KNRR22', 'activity', 'Mottagning Norr', f(20, 5, 3, 2, 1, 6)],
      // Only its own code's 2 referrals in 8 h: 2.5.
      ['MASSA2', 'activity', 'Jobbmässa', f(100, 8, 2, 1, 0, 2.5)],
      ['EVNT77', 'event', 'Jobbmässan i Gävle', f(0, 0, 4, 2, 1, null)],
      ['EVNT88', 'event', 'Öppet hus', f(0, 0, 1, 0, 0, null)],
      ['GONE99', 'removed', null, f(0, 0, 1, 0, 0, null)],
      [null, 'none', null, f(0, 0, 6, 3, 2, null)],
    ])
  })

  it('totals: everything, and what came through a campaign link', () => {
    // 130 people, 15 h; 3+6+2+0+1+1+6 = 19 referrals, 9 enrolled, 5 into work or studies; 19/15×10.
    expect(attribution.all).toEqual(f(130, 15, 19, 9, 5, (19 / 15) * 10))
    // Without the 6 (3 enrolled, 2 closed into work or studies) that came without a campaign.
    expect(attribution.campaigns).toEqual(f(130, 15, 13, 6, 3, (13 / 15) * 10))
  })

  it('nothing to attribute gives empty views and no rate', () => {
    const empty = shapeAttribution({ activities: [], events: [], referrals: [] })
    expect(empty.byArena).toEqual([])
    expect(empty.byCampaign).toEqual([])
    expect(empty.all).toEqual(f(0, 0, 0, 0, 0, null))
  })
})

describe('attribution tables', () => {
  const tables = attributionTables(shapeAttribution(rows)).map(maskTable)
  const printed = (id: string) => {
    const table = tables.find((t) => t.id === id)!
    return table.rows.map((row, r) => [
      row.label,
      ...table.columns.map((column, c) => cellText(table.cells[r][c], column, 'sv')),
    ])
  }

  it('the funnel, masked like every table', () => {
    expect(printed('attribution-funnel')).toEqual([
      ['Nådda personer', '130'],
      ['Anmälningar', '13'],
      ['Inskrivna', '6'],
      ['Arbete eller studier', '< 5'],
    ])
  })

  it('per arena, with a total and the rate hidden where its referrals are', () => {
    expect(printed('attribution-arena')).toEqual([
      ['Psykiatrisk mottagning', '20', '5', '< 5', '< 5', '< 5', 'x'],
      ['Primärvård', '10', '2', '< 5', '< 5', '< 5', 'x'],
      ['Skola', '< 5', '0', '< 5', '< 5', '< 5', 'x'],
      ['Jobbmässa', '100', '8', '6', '< 5', '< 5', '7,5'],
      ['Evenemang som inte loggats som aktivitet', '< 5', '0', '< 5', '< 5', '< 5', 'x'],
      ['Borttagen kampanj', '< 5', '0', '< 5', '< 5', '< 5', 'x'],
      ['Utan kampanj', '< 5', '0', '6', '< 5', '< 5', '–'],
      ['Totalt', '130', '15', '19', '9', '5', '12,7'],
    ])
  })

  it('per campaign as CSV: the code and what it names', () => {
    const table = tables.find((t) => t.id === 'attribution-campaign')!
    const lines = tableCsv(table).split('\r\n')
    expect(lines[0]).toBe(
      'Kampanj,Nådda personer,Timmar,Anmälningar,Inskrivna,Avslutade till arbete eller studier,Anmälningar per 10 timmar',
    )
    expect(lines).toContain('GONE99 – borttagen kampanj,< 5,0,< 5,< 5,< 5,x')
    expect(lines).toContain('EVNT77 – Jobbmässan i Gävle,< 5,0,< 5,< 5,< 5,x')
  })
})
