import {
  importColumnByKey,
  type ImportColumnKey,
  importColumnOfHeader,
  importColumns,
} from './columns'
import {
  checkImportRow,
  type ImportContext,
  type ImportedReferral,
  type ImportRow,
  type ImportRowError,
} from './row'

/** A file that cannot be checked row by row: one message that names what is wrong. */
export class ImportFileError extends Error {
  override name = 'ImportFileError'
}

/** The largest file the import takes (about 100,000 rows of the template). */
export const importMaxBytes = 50 * 1024 * 1024

/**
 * The column of each header cell, in the file's order (undefined for an empty header cell). Unknown
 * headers and missing required columns are refused together, so one round of fixing is enough.
 */
export function importColumnsOfHeaders(
  headers: readonly string[],
): (ImportColumnKey | undefined)[] {
  const keys = headers.map((h) => (h.trim() === '' ? undefined : importColumnOfHeader(h)?.key))
  const unknown = headers.filter((h, i) => h.trim() !== '' && keys[i] === undefined)
  const missing = importColumns.filter((c) => c.required && !keys.includes(c.key))
  const twice = importColumns.filter((c) => keys.filter((k) => k === c.key).length > 1)
  const problems = [
    unknown.length > 0 && `okända kolumner: ${unknown.map((h) => `”${h.trim()}”`).join(', ')}`,
    missing.length > 0 && `kolumner som saknas: ${missing.map((c) => `”${c.header}”`).join(', ')}`,
    twice.length > 0 &&
      `kolumner som finns två gånger: ${twice.map((c) => `”${c.header}”`).join(', ')}`,
  ].filter(Boolean)
  if (problems.length > 0)
    throw new ImportFileError(
      `Filens rubrikrad stämmer inte med mallen: ${problems.join('; ')}. Ladda ner mallen och använd dess rubriker.`,
    )
  return keys
}

/** A row's verdict: ready to import, wrong (with its errors), or imported before (never changed). */
export type ImportRowResult =
  | { row: number; state: 'ready'; referral: ImportedReferral }
  | { row: number; state: 'alreadyImported'; caseId: string }
  | { row: number; state: 'errors'; errors: ImportRowError[] }

export interface ImportCounts {
  ready: number
  errors: number
  alreadyImported: number
}

/** Folds checked rows into the counts the admin sees. */
export function importCounts(results: Iterable<ImportRowResult>): ImportCounts {
  const counts: ImportCounts = { ready: 0, errors: 0, alreadyImported: 0 }
  for (const result of results) counts[result.state === 'ready' ? 'ready' : result.state]++
  return counts
}

/**
 * Checks rows one at a time (so a large file streams through): each row on its own, then against the
 * rows before it in the file (a case id twice) and against earlier imports (`imported`).
 */
export class ImportChecker {
  private readonly seen = new Map<string, number>()

  constructor(
    private readonly context: ImportContext,
    private readonly imported: (serviceId: number | string, caseId: string) => boolean,
  ) {}

  check(row: ImportRow): ImportRowResult {
    const checked = checkImportRow(row, this.context)
    if (!checked.ok) return { row: row.row, state: 'errors', errors: checked.errors }
    const { caseId, serviceId } = checked.referral
    const key = `${serviceId}\u0000${caseId}`
    const earlier = this.seen.get(key)
    if (earlier !== undefined)
      return {
        row: row.row,
        state: 'errors',
        errors: [
          {
            row: row.row,
            column: importColumnByKey.caseId.header,
            message: `Ärende-id ”${caseId}” finns redan på rad ${earlier} för samma tjänst.`,
          },
        ],
      }
    this.seen.set(key, row.row)
    if (this.imported(serviceId, caseId)) return { row: row.row, state: 'alreadyImported', caseId }
    return { row: row.row, state: 'ready', referral: checked.referral }
  }
}
