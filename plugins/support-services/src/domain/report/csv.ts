import type { ReportPeriod } from './period'
import type { TableColumn } from './tables'

import { type CsvCell, type CsvDialect, csvRows } from '../csv'
import { cellText } from './cells'
import { type MaskedTable, maskingLegend } from './masking'

const columnHeader = (column: TableColumn) =>
  column.kind === 'share' ? `${column.label} (%)` : column.label

/** A plain figure is written as a number (it stays one in a spreadsheet); "< 5", "x" and labels as text. */
const csvValue = (text: string): CsvCell => (/^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text)

/** A masked table of the report's shape, whatever its id (the estimate's too). */
type ShownTable = Omit<MaskedTable, 'id'>

const tableRows = (table: ShownTable): CsvCell[][] => [
  [table.rowHeader, ...table.columns.map(columnHeader)],
  ...table.rows.map((row, r) => [
    row.label,
    ...table.columns.map((column, c) => csvValue(cellText(table.cells[r][c], column, 'csv'))),
  ]),
]

/** One table as CSV: a header line, then one line per row. */
export function tableCsv(table: ShownTable, dialect: CsvDialect = 'comma'): string {
  return csvRows(tableRows(table), dialect)
}

/**
 * The whole report as one CSV for export: a heading line for the report, then each table under its
 * title, separated by an empty line. Every table is masked: an exported file leaves the staff room.
 */
export function reportCsv(
  period: ReportPeriod,
  tables: readonly MaskedTable[],
  dialect: CsvDialect = 'comma',
): string {
  const head = csvRows([[`Uppföljning ${period.from} – ${period.to}`], [maskingLegend]], dialect)
  return [
    head,
    ...tables.map((t) => `${csvRows([[t.title]], dialect)}${tableCsv(t, dialect)}`),
  ].join('\r\n')
}
