import {
  districtQuestion,
  type DistrictQuestion,
  type EligibilityRules,
  htmlLang,
  isMunicipalityCode,
  type Locale,
  municipalityName,
  otherMunicipality,
  rulesWithUnitArea,
  type UnitArea,
  unitsForDistrict,
  unitsServing,
} from '@stodportalen/support-services/domain'

/**
 * Routing residents to the unit that serves where they live, from what the site loaded at build
 * time (pure: the find page, the check's result and the service pages share it).
 */

interface UnitLike {
  id: number
  area: readonly UnitArea[]
}

interface ServiceLike {
  unit: number
  status: string
  rules: EligibilityRules
}

export const unitOf = <U extends UnitLike>(service: { unit: number }, units: readonly U[]) =>
  units.find((unit) => unit.id === service.unit)

/** The services with the rules residents meet: one without a residence rule takes its unit's area. */
export const withUnitAreas = <S extends ServiceLike>(
  services: readonly S[],
  units: readonly UnitLike[],
): S[] =>
  services.map((service) => ({
    ...service,
    rules: rulesWithUnitArea(service.rules, unitOf(service, units)?.area),
  }))

/** Where a service takes residents from: its own residence rule, else its unit's area. */
export function serviceArea(service: ServiceLike, unit: UnitLike | undefined): UnitArea[] {
  const own = service.rules.residence?.municipalities
  return own?.length ? own.map((municipality) => ({ municipality })) : [...(unit?.area ?? [])]
}

export interface Route<U, S> {
  unit: U
  /** The districts the unit serves there; undefined: the whole municipality. */
  districts?: readonly string[]
  /** The unit's open services that take residents of this municipality. */
  services: S[]
}

/** What the find page answers to its `kommun` (and, in a split city, `stadsdel`) parameters. */
export type Routing<U, S> =
  | { kind: 'ask' }
  | { kind: 'missing' }
  | { kind: 'unknown' }
  | { kind: 'other' }
  | { kind: 'none'; municipality: string }
  | { kind: 'served'; municipality: string; routes: Route<U, S>[]; question?: DistrictQuestion }

export function routeResident<U extends UnitLike, S extends ServiceLike>(
  answer: string | null | undefined,
  units: readonly U[],
  services: readonly S[],
  districtAnswer?: string | null,
): Routing<U, S> {
  if (answer === null || answer === undefined) return { kind: 'ask' }
  const code = answer.trim()
  if (code === '') return { kind: 'missing' }
  if (code === otherMunicipality) return { kind: 'other' }
  if (!isMunicipalityCode(code)) return { kind: 'unknown' }
  const serving = unitsServing(units, code)
  if (serving.length === 0) return { kind: 'none', municipality: code }
  const question = districtQuestion(units, code, districtAnswer)
  const routes = (question ? unitsForDistrict(units, code, question.answer) : serving).map(
    ({ unit, districts }) => ({
      unit,
      districts,
      services: withUnitAreas(services, units).filter(
        (service) =>
          service.unit === unit.id &&
          service.status === 'open' &&
          (service.rules.residence?.municipalities ?? [code]).includes(code),
      ),
    }),
  )
  return { kind: 'served', municipality: code, routes, ...(question && { question }) }
}

/** The message a district answer needs (a key of the units' catalog), or none. */
export const districtErrorKey = (question: DistrictQuestion | undefined) =>
  question?.answer.kind === 'missing'
    ? ('error.districtRequired' as const)
    : question?.answer.kind === 'unknown'
      ? ('error.districtUnknown' as const)
      : undefined

/** An area as residents read it: "Enköping or Håbo", a split city with its districts in brackets. */
export function areaText(area: readonly UnitArea[], locale: Locale): string {
  const lang = htmlLang(locale)
  const names = area.map(({ municipality, districts }) => {
    const name = municipalityName(municipality) ?? municipality
    return districts?.length
      ? `${name} (${new Intl.ListFormat(lang, { type: 'unit' }).format(districts)})`
      : name
  })
  return new Intl.ListFormat(lang, { type: 'disjunction' }).format(names)
}
