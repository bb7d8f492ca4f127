import ExcelJS from 'exceljs'

import {
  dateLabel,
  type MaskedTable,
  maskingLegend,
  type ReportPeriod,
  type ShownCell,
  type TableColumn,
} from '../domain'

/** Excel's number formats per kind of column: shares in per cent, days and averages with one decimal. */
const numberFormats: Record<TableColumn['kind'], string> = {
  count: '0',
  plain: '0.#',
  share: '0%',
  days: '0.0',
  average: '0.0',
  difference: '+0;-0;0',
  amount: '#,##0',
}

/**
 * A cell as the workbook holds it: a figure as a number (formatted by its column), a hidden one as the
 * page writes it ("< 5", "x"), no figure as an empty cell.
 */
export const workbookValue = (cell: ShownCell): number | string | null => {
  if (cell.hidden === 'small') return '< 5'
  if (cell.hidden) return 'x'
  return cell.value
}

/** A sheet's name: its number and the table's title, within Excel's 31 characters and allowed signs. */
export const sheetName = (index: number, title: string) =>
  `${index + 1} ${title.replace(/[:\\/?*[\]]/g, '')}`.slice(0, 31).trim()

function addTableSheet(workbook: ExcelJS.Workbook, table: MaskedTable, index: number) {
  const sheet = workbook.addWorksheet(sheetName(index, table.title))
  sheet.addRow([table.title]).font = { bold: true, size: 13 }
  if (table.note) sheet.addRow([table.note])
  sheet.addRow([])
  const header = sheet.addRow([table.rowHeader, ...table.columns.map((c) => c.label)])
  header.font = { bold: true }
  sheet.views = [{ state: 'frozen', ySplit: header.number, xSplit: 1 }]
  table.rows.forEach((row, r) => {
    const line = sheet.addRow([row.label, ...table.cells[r].map(workbookValue)])
    if (row.total) line.font = { bold: true }
    table.columns.forEach((column, c) => {
      const cell = line.getCell(c + 2)
      if (typeof cell.value === 'number') cell.numFmt = numberFormats[column.kind]
      else cell.alignment = { horizontal: 'right' }
    })
  })
  sheet.addRow([])
  sheet.addRow([maskingLegend]).font = { italic: true }
  sheet.getColumn(1).width = Math.min(60, Math.max(18, ...table.rows.map((r) => r.label.length)))
  table.columns.forEach((column, c) => {
    sheet.getColumn(c + 2).width = Math.min(30, Math.max(10, column.label.length + 2))
  })
}

/**
 * The whole report as an Excel workbook: a first sheet on what it is (period, the masking legend, the
 * list of tables), then a sheet per table with Swedish headers, figures as numbers and every cell
 * masked exactly as on the page.
 */
export async function reportWorkbook(
  period: ReportPeriod,
  tables: readonly MaskedTable[],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Stödportalen'
  const about = workbook.addWorksheet('Om rapporten')
  about.addRow([`Uppföljning ${dateLabel(period.from)} – ${dateLabel(period.to)}`]).font = {
    bold: true,
    size: 14,
  }
  about.addRow([maskingLegend])
  about.addRow([
    'Andelar räknas av ej avrundade tal och visas i procent; dolda tal och det som räknas ur dem visas aldrig.',
  ])
  about.addRow([])
  about.addRow(['Blad', 'Tabell']).font = { bold: true }
  tables.forEach((table, index) => about.addRow([sheetName(index, table.title), table.title]))
  about.getColumn(1).width = 34
  about.getColumn(2).width = 80
  tables.forEach((table, index) => addTableSheet(workbook, table, index))
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
