import {
  areaProblems,
  districtQuestion,
  districtsOf,
  otherDistrict,
  readDistrict,
  unitsForDistrict,
  unitsServing,
  unitsServingDistrict,
} from '@stodportalen/support-services/domain'
import { describe, expect, it } from 'vitest'

// A city split between three units by district, as Göteborg is in the demo, and one municipality
// served whole.
const north = {
  name: 'Nordost',
  area: [{ municipality: '1480', districts: ['Angered', 'Östra Göteborg'] }],
}
const hisingen = {
  name: 'Hisingen',
  area: [{ municipality: '1480', districts: ['Lundby', 'Norra Hisingen', ' lundby '] }],
}
const centre = {
  name: 'Centrum',
  area: [{ municipality: '1480', districts: ['Centrum', 'angered'] }, { municipality: '1401' }],
}
const units = [north, hisingen, centre]

const names = (routed: { unit: { name: string } }[]) => routed.map((r) => r.unit.name)

describe('the districts a resident chooses from', () => {
  it('are those the units name, each once, in Swedish alphabetical order', () => {
    expect(districtsOf(units, '1480')).toEqual([
      'Angered',
      'Centrum',
      'Lundby',
      'Norra Hisingen',
      'Östra Göteborg',
    ])
  })

  it('are none where every unit serves the whole municipality, or none serves it', () => {
    expect(districtsOf(units, '1401')).toEqual([])
    expect(districtsOf(units, '0180')).toEqual([])
  })
})

describe('routing by district', () => {
  it('sends a district to the unit that names it, whatever the case', () => {
    expect(names(unitsServingDistrict(units, '1480', 'Lundby'))).toEqual(['Hisingen'])
    expect(names(unitsServingDistrict(units, '1480', 'ÖSTRA GÖTEBORG'))).toEqual(['Nordost'])
  })

  it('sends a district two units name to both', () => {
    expect(names(unitsServingDistrict(units, '1480', 'Angered'))).toEqual(['Nordost', 'Centrum'])
  })

  it('adds a unit serving the whole municipality to any district of it', () => {
    const whole = { name: 'Hela staden', area: [{ municipality: '1480' }] }
    expect(names(unitsServingDistrict([...units, whole], '1480', 'Lundby'))).toEqual([
      'Hela staden',
      'Hisingen',
    ])
  })

  it('shows every unit of the municipality to one who does not know, none before the answer', () => {
    expect(unitsForDistrict(units, '1480', { kind: 'other' })).toEqual(unitsServing(units, '1480'))
    expect(names(unitsForDistrict(units, '1480', { kind: 'other' }))).toEqual([
      'Nordost',
      'Hisingen',
      'Centrum',
    ])
    for (const kind of ['ask', 'missing', 'unknown'] as const)
      expect(unitsForDistrict(units, '1480', { kind }), kind).toEqual([])
  })
})

describe("reading the resident's answer", () => {
  const districts = districtsOf(units, '1480')

  it('takes a listed district as the list spells it', () => {
    expect(readDistrict(districts, ' norra hisingen ')).toEqual({
      kind: 'chosen',
      district: 'Norra Hisingen',
    })
  })

  it('tells no question, an empty answer, "do not know" and an unknown answer apart', () => {
    expect(readDistrict(districts, null)).toEqual({ kind: 'ask' })
    expect(readDistrict(districts, undefined)).toEqual({ kind: 'ask' })
    expect(readDistrict(districts, '  ')).toEqual({ kind: 'missing' })
    expect(readDistrict(districts, otherDistrict)).toEqual({ kind: 'other' })
    for (const bad of ['Kungsholmen', 'Lundby, Centrum', '<script>', '1480'])
      expect(readDistrict(districts, bad), bad).toEqual({ kind: 'unknown' })
  })
})

describe('the district question', () => {
  it('is asked in a split city, with its districts and the answer read against them', () => {
    expect(districtQuestion(units, '1480', 'lundby')).toEqual({
      districts: districtsOf(units, '1480'),
      answer: { kind: 'chosen', district: 'Lundby' },
    })
    expect(districtQuestion(units, '1480', undefined)?.answer).toEqual({ kind: 'ask' })
    expect(districtQuestion(units, '1480', otherDistrict)?.answer).toEqual({ kind: 'other' })
  })

  it('is not asked where units serve the whole municipality, or none does: a district counts for nothing', () => {
    for (const municipality of ['1401', '0180', 'other'])
      expect(districtQuestion(units, municipality, 'Lundby'), municipality).toBeUndefined()
  })
})

describe("a unit's area as staff edit it", () => {
  it('has no problems when each municipality has one row and its districts differ', () => {
    expect(areaProblems([...north.area, { municipality: '0381' }])).toEqual([])
  })

  it('names the row of each problem, in Swedish', () => {
    expect(
      areaProblems([
        { municipality: '9999' },
        { municipality: '1480', districts: ['Lundby', ' lundby ', ''] },
        { municipality: '1480' },
        { municipality: '1401', districts: ['Other'] },
      ]),
    ).toEqual([
      'Rad 1: välj en kommun i listan.',
      'Rad 2: en stadsdel saknar namn.',
      'Rad 2: samma stadsdel står två gånger.',
      'Rad 3: kommunen finns redan: lägg alla dess stadsdelar på samma rad.',
      `Rad 4: "${otherDistrict}" kan inte vara namnet på en stadsdel.`,
    ])
  })
})
