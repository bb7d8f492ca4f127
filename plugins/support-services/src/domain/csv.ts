import { stringify } from 'csv-stringify/sync'

/**
 * CSV for files that leave the system (the follow-up report, the read audit), written by csv-stringify:
 * comma-separated, CRLF line ends, a field quoted when it holds a comma, a quote, a line break or a
 * semicolon (the separator of a Swedish spreadsheet). A text cell that begins with `=`, `+`, `-`, `@`,
 * tab or CR gets a leading `'`, so a spreadsheet never runs it as a formula (a service's, partner's or
 * user's name is typed by staff). Numbers stay numbers: written as digits, they cannot hold a formula.
 */
export type CsvCell = string | number | null | undefined

/** The UTF-8 byte order mark a file starts with, so a spreadsheet reads å, ä and ö. */
export const csvBom = '\uFEFF'

/**
 * The two ways a spreadsheet reads CSV: `comma` (comma-separated, decimal point: the standard, and
 * English Excel) and `semicolon` (semicolon-separated, decimal comma: what Excel expects where Swedish
 * is the system language, so each figure lands in its own cell and stays a number).
 */
export type CsvDialect = 'comma' | 'semicolon'

/** Rows as CSV, each ended by CRLF; an empty or missing cell is an empty field. */
export const csvRows = (
  rows: readonly (readonly CsvCell[])[],
  dialect: CsvDialect = 'comma',
): string =>
  stringify(rows as CsvCell[][], {
    escape_formulas: true,
    record_delimiter: 'windows',
    quoted_match: dialect === 'comma' ? /[\r\n;]/ : /[\r\n]/,
    ...(dialect === 'semicolon' && {
      delimiter: ';',
      cast: { number: (value: number) => String(value).replace('.', ',') },
    }),
  })

/** One row as a CSV line, ended by CRLF. */
export const csvLine = (cells: readonly CsvCell[]): string => csvRows([cells])

/** One field as it is written in a line. */
export const csvField = (cell: CsvCell): string => csvLine([cell]).slice(0, -2)
