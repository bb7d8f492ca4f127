/**
 * The socio-economic estimate as tables for the report page: reduced payments by payer, the year's
 * effects with the range, and housing support. Every amount is a sum over some people, so it is shown
 * only where its count of people is (5 or more), and the range only when every part of it is (or is
 * of nobody): else a hidden part could be worked out from the range and the parts shown.
 */
import type { MaskableTable, ShownCell, TableColumn } from '../report'
import type { SocioEconomicEstimate } from './compute'

import { maskTables } from '../report'
import { estimatePayerLabels, estimatePayers } from './compute'

export const estimateTableIds = [
  'estimate-payments',
  'estimate-effects',
  'estimate-housing',
] as const
export type EstimateTableId = (typeof estimateTableIds)[number]

export interface EstimateTable extends MaskableTable {
  id: EstimateTableId
}
export type MaskedEstimateTable = EstimateTable & { cells: ShownCell[][] }

const people: TableColumn = { key: 'people', label: 'Personer', kind: 'count' }
const kronor = (key: string, label: string): TableColumn => ({
  key,
  label,
  kind: 'amount',
  from: ['people'],
})

/** The rows of the effects table that the range is made of, and the range rows themselves. */
const lowParts = ['payments', 'tax', 'housing', 'subsidies']
const rangeRows = { low: lowParts, high: [...lowParts, 'production'] }

export function estimateTables(estimate: SocioEconomicEstimate): EstimateTable[] {
  const { payments, paymentsTotal, extraTax, housing, wageSubsidies, production, range } = estimate
  const n = estimate.people
  return [
    {
      id: 'estimate-payments',
      title: 'Minskade utbetalningar av offentlig försörjning',
      note: 'Det personerna fick per månad före inskrivningen, som inte längre betalas ut.',
      rowHeader: 'Ersättning före',
      columns: [people, kronor('monthly', 'Kr per månad'), kronor('yearly', 'Kr per år')],
      rows: [
        ...estimatePayers.map((payer) => ({
          key: payer,
          label: estimatePayerLabels[payer],
          values: [payments[payer].people, payments[payer].monthly, payments[payer].yearly],
        })),
        {
          key: 'total',
          label: 'Totalt',
          total: true,
          values: [
            estimatePayers.reduce((s, p) => s + payments[p].people, 0),
            paymentsTotal.monthly,
            paymentsTotal.yearly,
          ],
        },
      ],
    },
    {
      id: 'estimate-effects',
      title: 'Samhällsekonomisk effekt per år, som ett intervall',
      note: 'Lågt: bara offentliga finanser. Högt: med arbetets produktionsvärde (lön med sociala avgifter).',
      rowHeader: 'Post',
      columns: [people, kronor('yearly', 'Kr per år')],
      rows: [
        { key: 'payments', label: 'Minskade utbetalningar', values: [n, paymentsTotal.yearly] },
        { key: 'tax', label: 'Ökade skatteintäkter', values: [n, extraTax.yearly] },
        {
          key: 'housing',
          label: 'Minskat boendestöd',
          values: [housing.people, housing.costPerYear.saved],
        },
        {
          key: 'subsidies',
          label: 'Utbetalda lönestöd (avgår)',
          values: [wageSubsidies.people, -wageSubsidies.yearly],
        },
        { key: 'low', label: 'Lågt: offentliga finanser', values: [n, range.low] },
        {
          key: 'production',
          label: 'Ökat produktionsvärde',
          values: [production.workers, production.yearly],
        },
        { key: 'high', label: 'Högt: med produktionsvärde', values: [n, range.high] },
      ],
    },
    {
      id: 'estimate-housing',
      title: 'Boendestöd före och efter',
      note: 'Timmar per vecka gånger 52 veckor gånger kostnaden per timme.',
      rowHeader: 'Boendestöd',
      columns: [
        people,
        kronor('week', 'Timmar per vecka'),
        kronor('year', 'Timmar per år'),
        kronor('cost', 'Kr per år'),
      ],
      rows: (['before', 'after', 'saved'] as const).map((key) => ({
        key,
        label: { before: 'Vid inskrivningen', after: 'Efter starten', saved: 'Minskning' }[key],
        values: [
          housing.people,
          housing.hoursPerWeek[key],
          housing.hoursPerYear[key],
          housing.costPerYear[key],
        ],
      })),
    },
  ]
}

/** A row hidden whose people were some (a hidden row of nobody adds nothing to work out). */
const hiddenSome = (table: MaskedEstimateTable, key: string) => {
  const r = table.rows.findIndex((row) => row.key === key)
  return table.cells[r].some((cell) => cell.hidden) && (table.rows[r].values[0] ?? 0) > 0
}

/**
 * Masks the estimate's tables as the report's (counts below 5, complements, amounts with their
 * count), and hides a range row when any row it sums is hidden.
 */
export function maskEstimateTables(
  tables: readonly EstimateTable[],
  alsoHidden?: ReadonlySet<string>,
): MaskedEstimateTable[] {
  const masked = maskTables(tables, [], alsoHidden)
  const effects = masked.find((t) => t.id === 'estimate-effects')
  if (!effects) return masked
  for (const [key, parts] of Object.entries(rangeRows)) {
    if (!parts.some((part) => hiddenSome(effects, part))) continue
    const r = effects.rows.findIndex((row) => row.key === key)
    effects.cells[r] = effects.cells[r].map((cell, c) =>
      cell.hidden || effects.columns[c].kind === 'count'
        ? cell
        : { value: null, hidden: 'derived' },
    )
  }
  return masked
}
