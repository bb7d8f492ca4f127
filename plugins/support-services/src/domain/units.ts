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
    const names = (districts ?? []).map((d) => d.trim().toLocaleLowerCase('sv'))
    if (names.some((d) => d === '')) problems.push(`${row}: en stadsdel saknar namn.`)
    if (new Set(names).size !== names.length)
      problems.push(`${row}: samma stadsdel står två gånger.`)
  }
  return problems
}
