import { parse } from 'csv-parse'
import ExcelJS from 'exceljs'
import { Readable } from 'node:stream'

import {
  type ImportCell,
  type ImportColumnKey,
  importColumnsOfHeaders,
  ImportFileError,
  type ImportRow,
} from '../../domain'

export type ImportFileKind = 'xlsx' | 'csv'

/** The kind of file by its first bytes (an XLSX is a zip) and its name; anything else is refused. */
export function importFileKind(fileName: string, firstBytes: Uint8Array): ImportFileKind {
  const zip = firstBytes[0] === 0x50 && firstBytes[1] === 0x4b
  const name = fileName.toLowerCase()
  if (zip && name.endsWith('.xlsx')) return 'xlsx'
  if (!zip && (name.endsWith('.csv') || name.endsWith('.txt'))) return 'csv'
  throw new ImportFileError(
    `Filen ”${fileName}” är varken en Excel-fil (.xlsx) eller en CSV-fil (.csv). Spara listan i något av de formaten.`,
  )
}

type Source = Buffer | AsyncIterable<Buffer>

/** The first chunk of a source, and the whole source again as a stream. */
async function peek(source: Source): Promise<{ first: Buffer; stream: Readable }> {
  if (Buffer.isBuffer(source)) return { first: source, stream: Readable.from([source]) }
  const iterator = source[Symbol.asyncIterator]()
  const head = await iterator.next()
  const first = head.done ? Buffer.alloc(0) : head.value
  async function* all() {
    if (!head.done) yield head.value
    for (let next = await iterator.next(); !next.done; next = await iterator.next())
      yield next.value
  }
  return { first, stream: Readable.from(all()) }
}

/**
 * The rows of an import file, streamed: the header row is checked first (a wrong one stops the whole
 * file), then each non-empty row is given with its spreadsheet row number (the header is row 1).
 */
export async function* readImportRows(source: Source, fileName: string): AsyncGenerator<ImportRow> {
  const { first, stream } = await peek(source)
  if (first.length === 0) throw new ImportFileError('Filen är tom.')
  const kind = importFileKind(fileName, first)
  const records = kind === 'xlsx' ? xlsxRecords(stream) : csvRecords(stream, first)
  let keys: (ImportColumnKey | undefined)[] | undefined
  let row = 0
  for await (const record of records) {
    row = record.row
    if (!keys) {
      keys = importColumnsOfHeaders(record.cells.map((c) => String(c ?? '')))
      continue
    }
    if (record.cells.every((c) => c === null || c === undefined || String(c).trim() === ''))
      continue
    const cells: ImportRow['cells'] = {}
    record.cells.forEach((cell, i) => {
      const key = keys![i]
      if (key) cells[key] = cell
    })
    yield { row, cells }
  }
  if (!keys) throw new ImportFileError('Filen är tom.')
  if (row <= 1) throw new ImportFileError('Filen har en rubrikrad men inga ärenden.')
}

interface RawRecord {
  row: number
  cells: ImportCell[]
}

/** Semicolon when the header line has more semicolons than commas (Swedish Excel), else comma. */
const separatorOf = (first: Buffer) => {
  const line = first.toString('utf8').split(/\r?\n/, 1)[0]
  return (line.match(/;/g)?.length ?? 0) > (line.match(/,/g)?.length ?? 0) ? ';' : ','
}

async function* csvRecords(stream: Readable, first: Buffer): AsyncGenerator<RawRecord> {
  const parser = stream.pipe(
    parse({ bom: true, delimiter: separatorOf(first), relax_column_count: true, info: true }),
  )
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: string[]
      info: { lines: number }
    }>)
      yield { row: info.lines, cells: record }
  } catch (error) {
    throw new ImportFileError(
      `CSV-filen kan inte läsas: ${(error as Error).message}. Kontrollera citattecknen.`,
    )
  }
}

/** A cell's plain value: rich text, formulas and links become what they show. */
function plain(value: ExcelJS.CellValue): ImportCell {
  if (value === null || value === undefined) return undefined
  if (value instanceof Date || typeof value !== 'object') return value
  if ('richText' in value) return value.richText.map((part) => part.text).join('')
  if ('result' in value) return plain(value.result as ExcelJS.CellValue)
  if ('text' in value) return String(value.text)
  return undefined
}

async function* xlsxRecords(stream: Readable): AsyncGenerator<RawRecord> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(stream, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    // Styles tell which number cells are dates.
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'emit',
  })
  try {
    for await (const worksheet of reader) {
      for await (const row of worksheet as AsyncIterable<ExcelJS.Row>) {
        const values = (row.values as ExcelJS.CellValue[]).slice(1)
        yield { row: row.number, cells: Array.from(values, plain) }
      }
      return // the first sheet holds the caseload
    }
  } catch (error) {
    if (error instanceof ImportFileError) throw error
    throw new ImportFileError(
      'Excel-filen kan inte läsas. Spara den igen som .xlsx och försök på nytt.',
    )
  }
}
