import type { EligibilityRules } from './eligibility'

import { isMunicipalityCode } from './municipalities'

/**
 * A unit is a provider (a municipality's department, a coordination association) that owns services
 * and serves an area: whole municipalities, or only some districts of a large city. Residents are
 * routed by where they live and never need to know which unit that is.
 */
export interface UnitArea {
  /** SCB municipality code. */
  municipality: string
  /** Only these districts of the municipality; none listed: the whole municipality. */
  districts?: readonly string[]
}

export interface RoutedUnit<U> {
  unit: U
  /** The districts it serves there; undefined when it serves the whole municipality. */
  districts?: readonly string[]
}

/**
 * The units that serve residents of a municipality: those serving all of it first, then those serving
 * some of its districts (the resident recognises their own district in the list). Empty: no unit here.
 */
export function unitsServing<U extends { area: readonly UnitArea[] }>(
  units: readonly U[],
  municipality: string,
): RoutedUnit<U>[] {
  const routed = units.flatMap((unit) =>
    unit.area
      .filter((a) => a.municipality === municipality)
      .map((a) => ({ unit, districts: a.districts?.length ? a.districts : undefined })),
  )
  return routed.sort(
    (a, b) => Number(a.districts !== undefined) - Number(b.districts !== undefined),
  )
}

/**
 * A service's rules as the resident meets them: a service whose own rules say nothing about where one
 * lives takes the residents of its unit's area.
 */
export function rulesWithUnitArea(
  rules: EligibilityRules,
  area: readonly UnitArea[] | undefined,
): EligibilityRules {
  if (rules.residence || !area?.length) return rules
  const municipalities = [...new Set(area.map((a) => a.municipality))]
  return { ...rules, residence: { municipalities } }
}

/** The answer "I don't know / another district": every unit serving the municipality is shown. */
export const otherDistrict = 'other'

const districtKey = (name: string) => name.trim().toLocaleLowerCase('sv')

/** Staff-facing problems in an area as edited (Swedish, as the admin is), or none. */
export function areaProblems(area: readonly UnitArea[]): string[] {
  const problems: string[] = []
  const seen = new Set<string>()
  for (const [index, { municipality, districts }] of area.entries()) {
    const row = `Rad ${index + 1}`
    if (!isMunicipalityCode(municipality)) problems.push(`${row}: välj en kommun i listan.`)
    else if (seen.has(municipality))
      problems.push(`${row}: kommunen finns redan: lägg alla dess stadsdelar på samma rad.`)
    seen.add(municipality)
    const names = (districts ?? []).map(districtKey)
    if (names.some((d) => d === '')) problems.push(`${row}: en stadsdel saknar namn.`)
    // The site's answer "Vet inte / annan" is sent as this word: a district of that name could not be chosen.
    if (names.includes(otherDistrict))
      problems.push(`${row}: "${otherDistrict}" kan inte vara namnet på en stadsdel.`)
    if (new Set(names).size !== names.length)
      problems.push(`${row}: samma stadsdel står två gånger.`)
  }
  return problems
}

/**
 * The districts a resident chooses from where units serve only parts of a municipality, each once
 * (spelt as the first unit spells it) in Swedish alphabetical order. Empty: the question is not asked.
 */
export function districtsOf(units: readonly { area: readonly UnitArea[] }[], municipality: string) {
  const byKey = new Map<string, string>()
  for (const { districts } of unitsServing(units, municipality))
    for (const name of districts ?? [])
      if (!byKey.has(districtKey(name))) byKey.set(districtKey(name), name.trim())
  return [...byKey.values()].sort((a, b) => a.localeCompare(b, 'sv'))
}

/** The district in the list that an answer names (case and spaces aside), or undefined. */
export const districtNamed = (districts: readonly string[], answer: string) =>
  districts.find((name) => districtKey(name) === districtKey(answer))

/**
 * The units serving a resident of one district: those serving the whole municipality, then those
 * naming the district.
 */
export function unitsServingDistrict<U extends { area: readonly UnitArea[] }>(
  units: readonly U[],
  municipality: string,
  district: string,
): RoutedUnit<U>[] {
  return unitsServing(units, municipality).filter(
    ({ districts }) =>
      !districts || districts.some((name) => districtKey(name) === districtKey(district)),
  )
}

/** A resident's answer to "which district do you live in?", read against the districts offered. */
export type DistrictAnswer =
  { kind: 'ask' | 'missing' | 'unknown' | 'other' } | { kind: 'chosen'; district: string }

export function readDistrict(
  districts: readonly string[],
  answer: string | null | undefined,
): DistrictAnswer {
  if (answer === null || answer === undefined) return { kind: 'ask' }
  if (answer.trim() === '') return { kind: 'missing' }
  if (answer.trim() === otherDistrict) return { kind: 'other' }
  const district = districtNamed(districts, answer)
  return district ? { kind: 'chosen', district } : { kind: 'unknown' }
}

/**
 * The units to show for a district answer: the ones serving that district; all serving the
 * municipality when the resident does not know or lives elsewhere; none until answered.
 */
export function unitsForDistrict<U extends { area: readonly UnitArea[] }>(
  units: readonly U[],
  municipality: string,
  answer: DistrictAnswer,
): RoutedUnit<U>[] {
  if (answer.kind === 'chosen') return unitsServingDistrict(units, municipality, answer.district)
  return answer.kind === 'other' ? unitsServing(units, municipality) : []
}

/** Where units serve only parts of a municipality: the districts offered and the resident's answer. */
export interface DistrictQuestion {
  districts: string[]
  answer: DistrictAnswer
}

/**
 * The district question for a municipality and the answer given, wherever a resident is routed (the
 * find page, the check's result). Undefined where it is not asked: an answer to it then counts for
 * nothing, so a changed municipality drops a district of another city.
 */
export function districtQuestion(
  units: readonly { area: readonly UnitArea[] }[],
  municipality: string,
  answer: string | null | undefined,
): DistrictQuestion | undefined {
  const districts = districtsOf(units, municipality)
  return districts.length > 0 ? { districts, answer: readDistrict(districts, answer) } : undefined
}
