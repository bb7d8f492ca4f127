import ExcelJS from 'exceljs'

import {
  dateLabel,
  type EstimateNotes,
  type EstimateParameterKey,
  type MaskedEstimateTable,
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

/** A masked table of the report's shape, whatever its id (the estimate's too). */
type ShownTable = Omit<MaskedTable, 'id'>

/** The estimate's tables and what is said beside them (see `estimateNotes`). */
export interface WorkbookEstimate {
  notes: EstimateNotes
  tables: readonly MaskedEstimateTable[]
}

const parameterFormats: Record<EstimateParameterKey, string> = {
  taxRate: '0.00%',
  productionFactor: '0.0#',
  housingHourlyCost: '#,##0.00',
}

/**
 * The looks of a workbook's figures, one style object each: the writer works out the XML of each
 * distinct object once, where a style of every cell's own took it a third of its time.
 */
function figureStyles() {
  const looks = new Map<string, Partial<ExcelJS.Style>>()
  /** A figure as a number in its format, or a hidden one as text aligned like the figures. */
  return (cell: ExcelJS.Cell, format: string, bold = false) => {
    const key = `${typeof cell.value === 'number' ? format : 'text'}|${bold}`
    let look = looks.get(key)
    if (!look) {
      look =
        typeof cell.value === 'number' ? { numFmt: format } : { alignment: { horizontal: 'right' } }
      if (bold) look.font = { bold: true }
      looks.set(key, look)
    }
    cell.style = look
  }
}
type SetFigure = ReturnType<typeof figureStyles>

function addTableSheet(
  workbook: ExcelJS.Workbook,
  setFigure: SetFigure,
  table: ShownTable,
  name: string,
  footer?: string,
) {
  const sheet = workbook.addWorksheet(name)
  sheet.addRow([table.title]).font = { bold: true, size: 13 }
  if (table.note) sheet.addRow([table.note])
  sheet.addRow([])
  const header = sheet.addRow([table.rowHeader, ...table.columns.map((c) => c.label)])
  header.font = { bold: true }
  sheet.views = [{ state: 'frozen', ySplit: header.number, xSplit: 1 }]
  table.rows.forEach((row, r) => {
    const line = sheet.addRow([row.label, ...table.cells[r].map(workbookValue)])
    if (row.total) line.getCell(1).font = { bold: true }
    table.columns.forEach((column, c) =>
      setFigure(line.getCell(c + 2), numberFormats[column.kind], row.total),
    )
  })
  sheet.addRow([])
  sheet.addRow([maskingLegend]).font = { italic: true }
  if (footer) sheet.addRow([footer])
  sheet.getColumn(1).width = Math.min(60, Math.max(18, ...table.rows.map((r) => r.label.length)))
  table.columns.forEach((column, c) => {
    sheet.getColumn(c + 2).width = Math.min(30, Math.max(10, column.label.length + 2))
  })
}

/**
 * The estimate's sheet beside its tables: the range (masked as the effects table), the parameters with
 * their sources, who was left out and the method's assumptions.
 */
function addEstimateSheet(
  workbook: ExcelJS.Workbook,
  setFigure: SetFigure,
  notes: EstimateNotes,
  name: string,
) {
  const sheet = workbook.addWorksheet(name)
  const heading = (text: string) => (sheet.addRow([text]).font = { bold: true })
  sheet.addRow([notes.heading]).font = { bold: true, size: 13 }
  sheet.addRow([notes.intro])
  sheet.addRow([])
  for (const { label, cell } of notes.range) {
    const line = sheet.addRow([label, workbookValue(cell)])
    line.getCell(1).font = { bold: true }
    setFigure(line.getCell(2), numberFormats.amount, true)
  }
  sheet.addRow([])
  heading(notes.parametersHeading)
  if (notes.assumedNote) sheet.addRow([notes.assumedNote])
  sheet.addRow(['Parameter', 'Värde', 'Antagande', 'Källa']).font = { bold: true }
  for (const p of notes.parameters) {
    const line = sheet.addRow([p.label, p.value, p.assumed ? 'antagande' : '', p.source])
    line.getCell(2).numFmt = parameterFormats[p.key]
  }
  sheet.addRow([])
  for (const text of notes.leftOut) sheet.addRow([text])
  if (notes.leftOut.length) sheet.addRow([])
  heading('Antaganden')
  for (const text of notes.assumptions) sheet.addRow([text])
  sheet.addRow([])
  sheet.addRow([maskingLegend]).font = { italic: true }
  ;[46, 14, 12, 80].forEach((width, c) => (sheet.getColumn(c + 1).width = width))
}

/** A sheet to add: its title (for its name and the list of sheets), and how it is filled. */
type SheetOf = {
  title: string
  add: (workbook: ExcelJS.Workbook, setFigure: SetFigure, name: string) => void
}

const tableSheet = (table: ShownTable, footer?: string): SheetOf => ({
  title: table.title,
  add: (workbook, setFigure, name) => addTableSheet(workbook, setFigure, table, name, footer),
})

/** The estimate's sheets from position `at` on: what is said beside it, then its tables. */
function estimateSheets({ notes, tables }: WorkbookEstimate, at: number): SheetOf[] {
  const footer = `Parametrar, källor och antaganden: bladet "${sheetName(at, notes.heading)}".`
  return [
    {
      title: notes.heading,
      add: (workbook, setFigure, name) => addEstimateSheet(workbook, setFigure, notes, name),
    },
    ...tables.map((table) => tableSheet(table, footer)),
  ]
}

/**
 * The whole report as an Excel workbook: a first sheet on what it is (period, the masking legend, the
 * list of tables), then a sheet per table with Swedish headers, figures as numbers and every cell
 * masked exactly as on the page. With the estimate, a sheet with its range, parameters and assumptions
 * follows the report's tables, then a sheet per estimate table.
 */
export async function reportWorkbook(
  period: ReportPeriod,
  tables: readonly MaskedTable[],
  estimate?: WorkbookEstimate,
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
  const sheets = [
    ...tables.map((table) => tableSheet(table)),
    ...(estimate ? estimateSheets(estimate, tables.length) : []),
  ]
  sheets.forEach(({ title }, index) => about.addRow([sheetName(index, title), title]))
  about.getColumn(1).width = 34
  about.getColumn(2).width = 80
  const setFigure = figureStyles()
  sheets.forEach(({ title, add }, index) => add(workbook, setFigure, sheetName(index, title)))
  // Stored, not deflated: a few hundred kB rather than some tens, made in half the time (deflating
  // its sheets took as long as writing them).
  return Buffer.from(await workbook.xlsx.writeBuffer({ zip: { compression: 'STORE' } }))
}
