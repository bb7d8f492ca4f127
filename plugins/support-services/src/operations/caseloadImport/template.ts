import { stringify } from 'csv-stringify/sync'
import ExcelJS from 'exceljs'

import { csvBom, importColumns, importExampleRows } from '../../domain'

/**
 * The import template, made from the column definitions: XLSX (with an instructions sheet) and CSV
 * (semicolons and a byte order mark, as Swedish Excel writes and reads it). With `example`, the
 * synthetic example rows are filled in; in the XLSX its dates are real Excel date cells.
 */
export async function importTemplateXlsx({ example = false } = {}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('Ärenden', { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = importColumns.map((c) => ({
    header: c.header,
    key: c.key,
    width: Math.max(12, c.header.length + 4),
    ...(c.kind === 'date' && { style: { numFmt: 'yyyy-mm-dd' } }),
  }))
  sheet.getRow(1).font = { bold: true }
  if (example)
    for (const row of importExampleRows)
      sheet.addRow(
        Object.fromEntries(
          importColumns.map((c) => {
            const value = row[c.key]
            return [c.key, value && c.kind === 'date' ? new Date(`${value}T00:00:00Z`) : value]
          }),
        ),
      )
  const help = workbook.addWorksheet('Instruktioner')
  help.columns = [
    { header: 'Kolumn', width: 30 },
    { header: 'Måste fyllas i', width: 15 },
    { header: 'Vad som står i kolumnen', width: 100 },
  ]
  help.getRow(1).font = { bold: true }
  for (const c of importColumns) help.addRow([c.header, c.required ? 'Ja' : 'Nej', c.help])
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

export function importTemplateCsv({ example = false } = {}): string {
  const rows = [
    importColumns.map((c) => c.header),
    ...(example ? importExampleRows.map((row) => importColumns.map((c) => row[c.key] ?? '')) : []),
  ]
  return csvBom + stringify(rows, { delimiter: ';', record_delimiter: 'windows' })
}
