import type { EligibilityRules } from '@stodportalen/support-services/domain'

import { describe, expect, it } from 'vitest'

import { checkAnswer, stepsFor } from '../../site/src/components/check/flow'
import { controlOf } from '../../site/src/components/referral/questions'
import {
  areaText,
  routeResident,
  type Routing,
  serviceArea,
  withUnitAreas,
} from '../../site/src/lib/units'

// The seeded units: Uppsala (a whole municipality) and a coordination association for two; plus a
// unit serving two districts of Uppsala, as a large city may be split.
const uppsala = { id: 1, name: 'Uppsala kommun', area: [{ municipality: '0380' }] }
const enkopingHabo = {
  id: 2,
  name: 'Samordningsförbundet Enköping–Håbo',
  area: [{ municipality: '0381' }, { municipality: '0305' }],
}
const south = {
  id: 3,
  name: 'Södra Uppsala',
  area: [{ municipality: '0380', districts: ['Gottsunda', 'Sävja'] }],
}
const units = [south, uppsala, enkopingHabo]

const rules: EligibilityRules = { age: { min: 18, max: 65 } }
const service = (slug: string, unit: number, status = 'open', own?: string[]) => ({
  slug,
  unit,
  status,
  rules: own ? { ...rules, residence: { municipalities: own } } : rules,
})
const services = [
  service('ips', 1),
  service('sed', 1, 'paused'),
  service('ips-enkoping-habo', 2, 'open', ['0381', '0305']),
  service('gottsunda', 3),
]

type Unit = (typeof units)[number]
type Service = (typeof services)[number]

const slugsOf = (routing: Routing<Unit, Service>) =>
  routing.kind === 'served'
    ? routing.routes.map((r) => [r.unit.name, r.districts, r.services.map((s) => s.slug)])
    : routing.kind

describe('routing a resident by municipality', () => {
  it('sends Enköping and Håbo to their association, with its open service', () => {
    for (const code of ['0381', '0305'])
      expect(slugsOf(routeResident(code, units, services))).toEqual([
        ['Samordningsförbundet Enköping–Håbo', undefined, ['ips-enkoping-habo']],
      ])
  })

  it('lists the unit serving all of a split city first, then the one serving some districts', () => {
    expect(slugsOf(routeResident('0380', units, services, 'other'))).toEqual([
      ['Uppsala kommun', undefined, ['ips']],
      ['Södra Uppsala', ['Gottsunda', 'Sävja'], ['gottsunda']],
    ])
  })

  it('asks the district in a split city, and routes by the answer', () => {
    const asked = routeResident('0380', units, services)
    expect(asked).toMatchObject({
      kind: 'served',
      routes: [],
      question: { districts: ['Gottsunda', 'Sävja'], answer: { kind: 'ask' } },
    })
    expect(slugsOf(routeResident('0380', units, services, 'sävja'))).toEqual([
      ['Uppsala kommun', undefined, ['ips']],
      ['Södra Uppsala', ['Gottsunda', 'Sävja'], ['gottsunda']],
    ])
    const onlyDistricts = [south, enkopingHabo]
    expect(slugsOf(routeResident('0380', onlyDistricts, services, 'Gottsunda'))).toEqual([
      ['Södra Uppsala', ['Gottsunda', 'Sävja'], ['gottsunda']],
    ])
  })

  it('keeps the form on an empty or unknown district, and ignores one where none is asked', () => {
    for (const [answer, kind] of [
      ['', 'missing'],
      [' ', 'missing'],
      ['Kungsholmen', 'unknown'],
      ['<script>', 'unknown'],
    ]) {
      const routing = routeResident('0380', units, services, answer)
      expect(routing, answer).toMatchObject({ kind: 'served', routes: [] })
      expect(routing.kind === 'served' && routing.question?.answer, answer).toEqual({ kind })
    }
    const whole = routeResident('0381', units, services, 'Gottsunda')
    expect(whole.kind === 'served' && whole.question, 'Enköping is not split').toBeUndefined()
    expect(slugsOf(whole)).toEqual([
      ['Samordningsförbundet Enköping–Håbo', undefined, ['ips-enkoping-habo']],
    ])
  })

  it('says plainly when no unit serves the municipality, or none was chosen', () => {
    expect(routeResident('0180', units, services)).toEqual({ kind: 'none', municipality: '0180' })
    expect(routeResident('other', units, services)).toEqual({ kind: 'other' })
  })

  it('tells an unknown or empty answer from no question asked', () => {
    expect(routeResident(null, units, services)).toEqual({ kind: 'ask' })
    expect(routeResident('', units, services)).toEqual({ kind: 'missing' })
    for (const bad of ['9999', 'Enköping', '0381; drop', '<script>'])
      expect(routeResident(bad, units, services), bad).toEqual({ kind: 'unknown' })
  })

  it('leaves out a service whose own rule does not take the municipality', () => {
    const narrow = [service('enkoping-only', 2, 'open', ['0381'])]
    expect(slugsOf(routeResident('0305', units, narrow))).toEqual([
      ['Samordningsförbundet Enköping–Håbo', undefined, []],
    ])
  })
})

describe("a service's area", () => {
  it("is its own residence rule, else its unit's area", () => {
    const [ips, , enkoping] = withUnitAreas(services, units)
    expect(ips.rules.residence).toEqual({ municipalities: ['0380'] })
    expect(enkoping.rules.residence).toEqual({ municipalities: ['0381', '0305'] })
    expect(serviceArea(services[0], uppsala)).toEqual([{ municipality: '0380' }])
    expect(serviceArea(services[2], uppsala)).toEqual([
      { municipality: '0381' },
      { municipality: '0305' },
    ])
  })

  it('reads as residents say it, in their language, a split city with its districts', () => {
    expect(areaText(enkopingHabo.area, 'sv')).toBe('Enköping eller Håbo')
    expect(areaText(enkopingHabo.area, 'en')).toBe('Enköping or Håbo')
    expect(areaText(south.area, 'sv')).toBe('Uppsala (Gottsunda, Sävja)')
  })
})

describe('long lists of choices in the form', () => {
  it('asks the municipality with a select, short lists with radios', () => {
    expect(controlOf({ kind: 'standard', field: 'municipality' } as never)).toBe('select')
    expect(controlOf({ kind: 'standard', field: 'heardFrom' } as never)).toBe('radios')
  })
})

describe('long lists of choices in the check', () => {
  it('asks the municipality with a select that takes exactly one known option', () => {
    const [municipality] = stepsFor([{ residence: { municipalities: ['0381'] } }])
    expect(municipality).toMatchObject({ id: 'municipality', kind: 'select' })
    expect(municipality.options).toHaveLength(291)
    expect(checkAnswer(municipality, ['0381'])).toEqual({ ok: true, value: ['0381'] })
    expect(checkAnswer(municipality, ['0381', '0305'])).toEqual({ ok: false, error: 'notAnOption' })
  })
})
