/**
 * The socio-economic estimate, by the method of Hudiksvall's evaluation of IPS [003] Table 3 and 4: for
 * people who went from public support to work or studies, what the public no longer pays, the extra
 * tax, the production value of the work, the wage subsidies paid, and the housing support no longer
 * needed. Pure: rows per participant in, sums out; the rows say who lacked data instead of counting a
 * missing amount as zero.
 */
import type { IncomeSource } from '../profile'
import type { StartKind } from '../workStarts'

import { isJobStart } from '../workStarts'
import { type EstimateParameters, monthsPerYear, weeksPerYear } from './parameters'

/** Who paid the support before: the municipality (IFO), Försäkringskassan or Arbetsförmedlingen. */
export const estimatePayers = ['municipality', 'insurance', 'employmentService'] as const
export type EstimatePayer = (typeof estimatePayers)[number]

export const estimatePayerLabels: Record<EstimatePayer, string> = {
  municipality: 'Försörjningsstöd (kommunen, IFO)',
  insurance: 'Sjuk- eller aktivitetsersättning (Försäkringskassan)',
  employmentService: 'Aktivitetsstöd eller arbetslöshetsersättning (Arbetsförmedlingen)',
}

/** The income sources that are public support, who pays them, and whether they are taxed. */
export const publicSupport: Partial<
  Record<IncomeSource, { payer: EstimatePayer; taxed: boolean }>
> = {
  socialAssistance: { payer: 'municipality', taxed: false },
  sicknessCompensation: { payer: 'insurance', taxed: true },
  unemploymentSupport: { payer: 'employmentService', taxed: true },
}

export interface EstimateIncome {
  source: IncomeSource | null
  /** Kr a month; null when not recorded. */
  monthly: number | null
  /** Tax actually paid on it a month, when known; else worked out with the tax rate. */
  tax?: number | null
}

/** One participant who started work or studies: income before, the start, housing support. */
export interface EstimateRow {
  /** The referral's reference number: only the staff-only list of missing data shows it. */
  reference: string
  before: EstimateIncome[]
  start: {
    kind: StartKind
    monthlySalary: number | null
    /** Wage subsidy paid a month (for a job with a wage subsidy). */
    monthlyWageSubsidy: number | null
  }
  /** Hours of housing support a week before and after; null when not recorded. */
  housingHours?: { before: number | null; after: number | null }
}

export const estimateMissingLabels = {
  incomeSource: 'inkomstkälla före',
  incomeAmount: 'belopp per månad före',
  salary: 'månadslön',
  wageSubsidy: 'lönestöd per månad',
  housingAfter: 'timmar boendestöd efter',
} as const
export type EstimateMissing = keyof typeof estimateMissingLabels

/** A monthly amount and the same for a year. */
export interface Amount {
  monthly: number
  yearly: number
}

export interface SocioEconomicEstimate {
  /** People counted: from public support to work or studies, with every amount recorded. */
  people: number
  /** People who started from something else than public support (salary, student aid, none): left out. */
  notFromSupport: number
  /** Reduced payments by who paid them. */
  payments: Record<EstimatePayer, Amount & { people: number }>
  paymentsTotal: Amount
  /** Tax on the income before and after, and the difference. */
  taxBefore: Amount
  extraTax: Amount
  salaries: Amount
  /** Salary × the production factor, of `workers` people (studies have none). */
  production: Amount & { workers: number }
  wageSubsidies: Amount & { people: number }
  /** Housing support of the people counted who had some at enrolment ([003] Table 4). */
  housing: HousingSupportSaved
  /**
   * A year's effect: low, the public purse only (payments saved, extra tax and housing support less
   * the wage subsidies); high, with the production value of the work added.
   */
  range: { low: number; high: number }
  /** People left out, and what they lacked, by reference number (for the staff only). */
  missing: { reference: string; lacks: EstimateMissing[] }[]
}

const round = (kr: number) => Math.round(kr)
const amount = (monthly: number): Amount => {
  const rounded = round(monthly)
  return { monthly: rounded, yearly: rounded * monthsPerYear }
}

type BeforeAfter = { before: number; after: number; saved: number }
export interface HousingSupportSaved {
  people: number
  hoursPerWeek: BeforeAfter
  hoursPerYear: BeforeAfter
  costPerYear: BeforeAfter
}

/**
 * Housing support no longer needed, as [003] Table 4: hours a week before and after, times 52 weeks,
 * times the hourly cost (the time freed for other residents: the staff costs the same).
 */
export function housingSupport(
  rows: readonly { before: number | null; after: number | null }[],
  parameters: EstimateParameters,
): HousingSupportSaved {
  const before = rows.reduce((s, r) => s + (r.before ?? 0), 0)
  const after = rows.reduce((s, r) => s + (r.after ?? 0), 0)
  const week = { before, after, saved: before - after }
  const year = {
    before: before * weeksPerYear,
    after: after * weeksPerYear,
    saved: (before - after) * weeksPerYear,
  }
  const cost = (hours: number) => round(hours * parameters.housingHourlyCost.value)
  return {
    people: rows.length,
    hoursPerWeek: week,
    hoursPerYear: year,
    costPerYear: { before: cost(year.before), after: cost(year.after), saved: cost(year.saved) },
  }
}

/** What a row lacks for the estimate; housing support after is asked only when there was some before. */
function lacksOf(row: EstimateRow): EstimateMissing[] {
  const lacks: EstimateMissing[] = []
  if (!row.before.length || row.before.some((b) => b.source == null)) lacks.push('incomeSource')
  if (row.before.some((b) => b.source != null && publicSupport[b.source] && b.monthly == null))
    lacks.push('incomeAmount')
  if (isJobStart(row.start.kind) && row.start.monthlySalary == null) lacks.push('salary')
  if (row.start.kind === 'subsidisedJob' && row.start.monthlyWageSubsidy == null)
    lacks.push('wageSubsidy')
  if (row.housingHours?.before && row.housingHours.after == null) lacks.push('housingAfter')
  return lacks
}

const fromSupport = (row: EstimateRow) =>
  row.before.some((b) => b.source != null && publicSupport[b.source])

/**
 * The estimate over participants who started work or studies. A row that lacks an amount is listed
 * and left out (never counted as zero); a row whose income before was not public support is left out
 * as outside the method (it did not go from public support to self-support).
 *
 * As [003]: extra tax = rate × salary − the tax on the income before (the tax paid when known, else
 * rate × the taxed support); for studies the change of tax is not counted; production value = salary ×
 * factor (studies: none); amounts are rounded to whole kronor a month and a year is 12 months; housing
 * support saved = hours a week × 52 × the hourly cost.
 */
export function socioEconomicEstimate(
  rows: readonly EstimateRow[],
  parameters: EstimateParameters,
): SocioEconomicEstimate {
  const rate = parameters.taxRate.value
  const missing: SocioEconomicEstimate['missing'] = []
  let notFromSupport = 0
  const counted: EstimateRow[] = []
  for (const row of rows) {
    const lacks = lacksOf(row)
    if (lacks.length) missing.push({ reference: row.reference, lacks })
    else if (!fromSupport(row)) notFromSupport++
    else counted.push(row)
  }

  const payments = Object.fromEntries(
    estimatePayers.map((payer) => [payer, { monthly: 0, people: 0 }]),
  ) as Record<EstimatePayer, { monthly: number; people: number }>
  let taxBefore = 0
  let extraTax = 0
  let salaries = 0
  let wageSubsidies = 0
  let subsidised = 0
  let workers = 0
  for (const row of counted) {
    let rowTax = 0
    for (const b of row.before) {
      const support = b.source ? publicSupport[b.source] : undefined
      if (support) {
        payments[support.payer].monthly += b.monthly!
        payments[support.payer].people++
      }
      rowTax += b.tax ?? (support?.taxed ? rate * b.monthly! : 0)
    }
    taxBefore += rowTax
    if (isJobStart(row.start.kind)) {
      const salary = row.start.monthlySalary!
      salaries += salary
      workers++
      extraTax += rate * salary - rowTax
    }
    if (row.start.kind === 'subsidisedJob') {
      wageSubsidies += row.start.monthlyWageSubsidy!
      subsidised++
    }
  }

  const byPayer = Object.fromEntries(
    estimatePayers.map((p) => [p, { ...amount(payments[p].monthly), people: payments[p].people }]),
  ) as SocioEconomicEstimate['payments']
  const paymentsTotal = amount(estimatePayers.reduce((s, p) => s + byPayer[p].monthly, 0))
  const production = amount(salaries * parameters.productionFactor.value)
  const subsidies = amount(wageSubsidies)
  const tax = amount(extraTax)
  const housing = housingSupport(
    counted.flatMap((row) => (row.housingHours?.before ? [row.housingHours] : [])),
    parameters,
  )
  const low = paymentsTotal.yearly + tax.yearly + housing.costPerYear.saved - subsidies.yearly
  return {
    people: counted.length,
    notFromSupport,
    payments: byPayer,
    paymentsTotal,
    taxBefore: amount(taxBefore),
    extraTax: tax,
    salaries: amount(salaries),
    production: { ...production, workers },
    wageSubsidies: { ...subsidies, people: subsidised },
    housing,
    range: { low, high: low + production.yearly },
    missing,
  }
}
