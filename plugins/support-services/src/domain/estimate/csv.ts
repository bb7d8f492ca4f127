/**
 * The estimate as a part of the report's CSV: its heading and range, its tables (masked, as the
 * report's), then the parameters with their sources, who was left out and the assumptions, so a reader
 * of the file sees what the figures rest on.
 */
import type { ShownCell } from '../report'
import type { EstimateNotes } from './about'
import type { MaskedEstimateTable } from './tables'

import { type CsvCell, type CsvDialect, csvRows } from '../csv'
import { tableCsv } from '../report'

/** A masked amount: "< 5" or "x" when hidden, else the number. */
const shownValue = (cell: ShownCell): CsvCell =>
  cell.hidden === 'small' ? '< 5' : cell.hidden ? 'x' : cell.value

export function estimateCsv(
  notes: EstimateNotes,
  tables: readonly MaskedEstimateTable[],
  dialect: CsvDialect = 'comma',
): string {
  const head = csvRows(
    [[notes.heading], [notes.intro], ...notes.range.map((r) => [r.label, shownValue(r.cell)])],
    dialect,
  )
  const parameters = csvRows(
    [
      [notes.parametersHeading],
      ...(notes.assumedNote ? [[notes.assumedNote]] : []),
      ['Parameter', 'Värde', 'Antagande', 'Källa'],
      ...notes.parameters.map((p) => [
        p.key === 'taxRate' ? `${p.label} (%)` : p.label,
        p.key === 'taxRate' ? Number((p.value * 100).toFixed(2)) : p.value,
        p.assumed ? 'antagande' : '',
        p.source,
      ]),
    ],
    dialect,
  )
  const after = csvRows(
    [...notes.leftOut.map((text) => [text]), ['Antaganden'], ...notes.assumptions.map((a) => [a])],
    dialect,
  )
  return [
    head,
    ...tables.map((t) => `${csvRows([[t.title]], dialect)}${tableCsv(t, dialect)}`),
    parameters,
    after,
  ].join('\r\n')
}
