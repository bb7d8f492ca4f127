/**
 * The parameters of the socio-economic estimate, per year, each with where it comes from. Without a
 * year of its own the estimate uses the figures of Hudiksvall's evaluation [003], shown as assumptions.
 */

export const estimateParameterKeys = ['taxRate', 'productionFactor', 'housingHourlyCost'] as const
export type EstimateParameterKey = (typeof estimateParameterKeys)[number]

export interface EstimateParameter {
  value: number
  /** Where the figure comes from, in the staff's words. */
  source: string
}

export interface EstimateParameters {
  year: number
  /** True when no parameters were saved for the year: [003]'s figures are used as assumptions. */
  assumed: boolean
  /** Municipal and regional income tax as a share (0.33 = 33 %). */
  taxRate: EstimateParameter
  /** Salary times this = the wage with the employer's social fees: the production value. */
  productionFactor: EstimateParameter
  /** What an hour of housing support (boendestöd) costs the municipality, kr. */
  housingHourlyCost: EstimateParameter
}

export const estimateParameterLabels: Record<EstimateParameterKey, string> = {
  taxRate: 'Skattesats på ändrad beskattningsbar inkomst',
  productionFactor: 'Produktionsvärde = lön ×',
  housingHourlyCost: 'Kostnad per timme boendestöd, kr',
}

/** Where [003]'s figures come from, as the report says. */
const source003 = 'Antagande från Hudiksvalls utvärdering av IPS [003], tabell 3 och 4'

/** [003]'s figures, used for a year that has none of its own. */
export const defaultEstimateParameters = (year: number): EstimateParameters => ({
  year,
  assumed: true,
  taxRate: { value: 0.33, source: `${source003}: kommunal- och regionskatt om 33 %.` },
  productionFactor: {
    value: 1.4,
    source: `${source003}: lönen med arbetsgivarens sociala avgifter, lön × 1,4.`,
  },
  housingHourlyCost: {
    value: 470.86,
    source: `${source003}: 470,86 kr, framräknat av ekonom vid Hudiksvalls kommun (2017).`,
  },
})

/** Weeks a year that weekly housing-support hours are multiplied by, as [003] Table 4 does. */
export const weeksPerYear = 52
/** Months a year that monthly amounts are multiplied by. */
export const monthsPerYear = 12

/** A parameter's bounds: a tax rate is a share, a factor at least 1, a cost not negative. */
export const estimateParameterRanges: Record<EstimateParameterKey, { min: number; max: number }> = {
  taxRate: { min: 0, max: 1 },
  productionFactor: { min: 1, max: 3 },
  housingHourlyCost: { min: 0, max: 10_000 },
}
