import { parse } from 'csv-parse/sync'

/** A downloaded CSV's lines and fields, read by the same library the import uses (BOM and all). */
export const parseCsv = (text: string): string[][] =>
  parse(text, { bom: true, relax_column_count: true, skip_empty_lines: false })
