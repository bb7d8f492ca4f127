import type { Payload } from 'payload'

import { sql, type SQL } from '@payloadcms/db-postgres/drizzle'

import { slugs } from '../../defaults'
import {
  checkReportPeriod,
  defaultEstimateParameters,
  type EstimateParameters,
  type EstimateRow,
  estimateTables,
  hiddenAcrossUnits,
  type IncomeSource,
  type MaskedEstimateTable,
  maskEstimateTables,
  type SocioEconomicEstimate,
  socioEconomicEstimate,
  type StartKind,
} from '../../domain'
import { replicaRunner, type SqlRunner, tables } from '../sql'
import { servicesByUnit } from './maskedTables'

export interface EstimateArgs {
  /** The period, 'YYYY-MM-DD', both days included. */
  from: string
  to: string
  /** The services; empty or missing means all. */
  serviceIds?: readonly number[]
}

const list = (values: readonly number[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )

type Row = {
  serviceId: number
  reference: string
  incomeSource: IncomeSource | null
  monthlyIncome: null | number | string
  housingBefore: null | number | string
  kind: StartKind
  monthlySalary: null | number | string
  monthlyWageSubsidy: null | number | string
  housingAfter: null | number | string
}
const numberOrNull = (value: null | number | string) => (value == null ? null : Number(value))

/**
 * The estimate's rows with the service of each: each participant of the chosen services (not merged)
 * whose latest job or study start dated in the period had not ended by its last day, with their latest
 * profile (the income before and housing support at enrolment). One read of the period's range of
 * `referral_starts`, which carries each start's referral, end and profile (migration referral_starts).
 */
const serviceEstimateRows = async (
  run: SqlRunner,
  { from, to, serviceIds = [] }: EstimateArgs,
): Promise<{ serviceId: number; row: EstimateRow }[]> => {
  const inServices: SQL = serviceIds.length ? sql`s.service_id IN (${list(serviceIds)})` : sql`true`
  const { rows } = await run(sql`
    SELECT * FROM (
      SELECT DISTINCT ON (s.referral_id) s.service_id AS "serviceId", s.reference,
             s.profile_income_source AS "incomeSource", s.profile_monthly_income AS "monthlyIncome",
             s.profile_housing_support_hours AS "housingBefore", s.kind, s.monthly_salary AS "monthlySalary",
             s.monthly_wage_subsidy AS "monthlyWageSubsidy", s.housing_support_hours AS "housingAfter"
      FROM ${tables.referralStarts} s
      WHERE s.day BETWEEN ${from}::date AND ${to}::date AND ${inServices}
        AND (s.end_day IS NULL OR s.end_day > ${to}::date)
      ORDER BY s.referral_id, s.day DESC, s.id DESC
    ) latest
    -- The staff's list of those who lack data, in order.
    ORDER BY reference`)
  return (rows as unknown as Row[]).map((row) => ({
    serviceId: row.serviceId,
    row: {
      reference: row.reference,
      before: [{ source: row.incomeSource, monthly: numberOrNull(row.monthlyIncome) }],
      start: {
        kind: row.kind,
        monthlySalary: numberOrNull(row.monthlySalary),
        monthlyWageSubsidy: numberOrNull(row.monthlyWageSubsidy),
      },
      housingHours: {
        before: numberOrNull(row.housingBefore),
        after: numberOrNull(row.housingAfter),
      },
    },
  }))
}

/** The estimate's rows (see serviceEstimateRows). */
export const estimateRows = async (run: SqlRunner, args: EstimateArgs): Promise<EstimateRow[]> =>
  (await serviceEstimateRows(run, args)).map(({ row }) => row)

const noSource = 'Ingen källa angiven.'

/** The parameters saved for `year`, or [003]'s figures as assumptions. */
export const estimateParameters = async (
  payload: Payload,
  year: number,
): Promise<EstimateParameters> => {
  const { docs } = await payload.find({
    collection: slugs.estimateParameters,
    where: { year: { equals: year } },
    limit: 1,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const saved = docs[0]
  if (!saved) return defaultEstimateParameters(year)
  const parameter = (value: number, source: null | string | undefined) => ({
    value: Number(value),
    source: source?.trim() || noSource,
  })
  return {
    year,
    assumed: false,
    taxRate: parameter(saved.taxRate, saved.taxRateSource),
    productionFactor: parameter(saved.productionFactor, saved.productionFactorSource),
    housingHourlyCost: parameter(saved.housingHourlyCost, saved.housingHourlyCostSource),
  }
}

/**
 * The estimate with its tables masked as every view shows them: the report page and the report's CSV
 * and Excel take it from here, so their figures and hidden cells are the same. Over several units it
 * is also masked against each unit's own estimate, as the report's tables are (see maskedReportTables):
 * each unit's estimate is made from its services' share of the same rows, read once.
 */
export const shownEstimateReport = async (
  payload: Payload,
  args: EstimateArgs,
  /** The services by unit, when the caller has read them (servicesByUnit). */
  byUnit?: readonly (readonly number[])[],
): Promise<{
  estimate: SocioEconomicEstimate
  parameters: EstimateParameters
  tables: MaskedEstimateTable[]
}> => {
  const problem = checkReportPeriod(args)
  if (problem) throw new RangeError(problem)
  const [parameters, rows, units] = await Promise.all([
    estimateParameters(payload, Number(args.to.slice(0, 4))),
    serviceEstimateRows(replicaRunner(payload), args),
    byUnit ?? servicesByUnit(payload, args.serviceIds ?? []),
  ])
  const estimateOf = (serviceIds: readonly number[] | null) =>
    socioEconomicEstimate(
      rows.filter((r) => !serviceIds || serviceIds.includes(r.serviceId)).map(({ row }) => row),
      parameters,
    )
  const estimate = estimateOf(null)
  const tables = estimateTables(estimate)
  if (units.length < 2) return { estimate, parameters, tables: maskEstimateTables(tables) }
  const unitTables = units.map((serviceIds) =>
    maskEstimateTables(estimateTables(estimateOf(serviceIds))),
  )
  return {
    estimate,
    parameters,
    tables: maskEstimateTables(tables, hiddenAcrossUnits(tables, unitTables)),
  }
}
