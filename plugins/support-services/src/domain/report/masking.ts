import type { ByGender } from './figures'
import type { ReportTable } from './tables'

// Small numbers: the "< 5" rule, and masking by complement so a small count cannot be worked out from a sum.
import { publicCount, type PublicCount } from '../queue'

export type MaskedByGender = Record<keyof ByGender, PublicCount>

/** A by-gender count for a public or exported view: every cell below 5 becomes "< 5". */
export function maskByGender(counts: ByGender): MaskedByGender {
  return {
    woman: publicCount(counts.woman),
    man: publicCount(counts.man),
    other: publicCount(counts.other),
    notStated: publicCount(counts.notStated),
    total: publicCount(counts.total),
  }
}

/** How a count cell is printed in a public or exported table: "< 5" or the number. */
export function formatPublicCount(count: PublicCount): string {
  return count.kind === 'fewerThan' ? '< 5' : String(count.value)
}

/** Why a cell is not shown: below 5; hidden so a small cell cannot be worked out from a sum; computed from a hidden cell. */
export type HiddenReason = 'small' | 'complement' | 'derived'

export interface ShownCell {
  /** The figure, or null when there is none (no share of nothing) or it is hidden. */
  value: number | null
  hidden: HiddenReason | null
}

/** What masking reads of a table: any table of the report's shape, whatever its id. */
export type MaskableTable = Omit<ReportTable, 'id'> & { id: string }

export interface MaskedTable extends ReportTable {
  /** Per row, per column. */
  cells: ShownCell[][]
}

/** A cell by its table, row and column keys (as `maskTables`' `alsoHidden` names them). */
export const cellKey = (table: string, row: string, column: string) => `${table}/${row}/${column}`

/** Counts below this are never shown in an exported or printed view. */
export const smallCountLimit = 5

/** The groups of count cells of which one is the sum of the others: `[row, column]` pairs, the total last. */
function sumLines(table: MaskableTable): [number, number][][] {
  const lines: [number, number][][] = []
  const column = (key: string) => table.columns.findIndex((c) => c.key === key)
  if (table.rowSum) {
    const parts = table.rowSum.parts.map(column)
    const total = column(table.rowSum.total)
    table.rows.forEach((_, r) =>
      lines.push([...parts.map((c): [number, number] => [r, c]), [r, total]]),
    )
  }
  const totalRow = table.rows.findIndex((row) => row.total)
  if (totalRow !== -1) {
    const others = table.rows.map((_, r) => r).filter((r) => r !== totalRow)
    table.columns.forEach((c, ci) => {
      if (c.kind === 'count')
        lines.push([...others.map((r): [number, number] => [r, ci]), [totalRow, ci]])
    })
  }
  return lines
}

/**
 * A sum between figures of different tables, by their `refs`: `total` is the sum of `parts`. Used only
 * when every one of them is shown in some table (else nothing can be worked out from it).
 */
export interface SumLink {
  total: string
  parts: string[]
}

/** A count cell of one of several tables: `[table, row, column]`. */
type Cell = [number, number, number]

/** Where each ref is shown, as count cells. */
function refCells(tables: readonly MaskableTable[]): Map<string, Cell[]> {
  const cells = new Map<string, Cell[]>()
  tables.forEach((table, t) =>
    table.rows.forEach((row, r) =>
      row.refs?.forEach((ref, c) => {
        if (!ref || table.columns[c]?.kind !== 'count') return
        cells.set(ref, [...(cells.get(ref) ?? []), [t, r, c]])
      }),
    ),
  )
  return cells
}

/**
 * The lines of several tables: each table's own sums; the same figure shown in two places (a line of
 * two: hiding one hides the other); and the sums between tables.
 */
function allLines(tables: readonly MaskableTable[], links: readonly SumLink[]): Cell[][] {
  const lines: Cell[][] = tables.flatMap((table, t) =>
    sumLines(table).map((line) => line.map(([r, c]): Cell => [t, r, c])),
  )
  const byRef = refCells(tables)
  for (const same of byRef.values())
    for (let i = 1; i < same.length; i++) lines.push([same[i - 1], same[i]])
  for (const link of links) {
    const shown = [...link.parts, link.total].map((ref) => byRef.get(ref)?.[0])
    if (shown.every(Boolean)) lines.push(shown as Cell[])
  }
  return lines
}

/**
 * Masks tables for a public, printed or exported view: every count below 5 is hidden ("< 5"); where a
 * row or column has a total and only one of its cells is hidden, that cell could be worked out by
 * subtraction, so the smallest other cell of that line is hidden too ("x"), and so on until no line
 * gives one away; figures computed from a hidden count (a share, a median) are hidden with it. Tables
 * masked together also keep each other's secrets: a figure shown in two tables (the same `refs`) is
 * hidden in both or neither, and a sum across tables (`links`) is a line like any other. Cells in
 * `alsoHidden` (by `cellKey`) start hidden, as sums would give away what another view hides.
 */
export function maskTables<T extends MaskableTable = ReportTable>(
  tables: readonly T[],
  links: readonly SumLink[] = [],
  alsoHidden: ReadonlySet<string> = new Set(),
): (T & { cells: ShownCell[][] })[] {
  const cells: ShownCell[][][] = tables.map((table) =>
    table.rows.map((row) =>
      table.columns.map((column, c): ShownCell => {
        const value = row.values[c] ?? null
        const small = column.kind === 'count' && value !== null && value < smallCountLimit
        if (small) return { value: null, hidden: 'small' }
        if (alsoHidden.has(cellKey(table.id, row.key, column.key)))
          return { value: null, hidden: 'complement' }
        return { value, hidden: null }
      }),
    ),
  )
  const at = ([t, r, c]: Cell) => cells[t][r][c]
  const original = ([t, r, c]: Cell) => tables[t].rows[r].values[c] ?? 0
  const lines = allLines(tables, links)
  for (let changed = true; changed;) {
    changed = false
    for (const line of lines) {
      const hidden = line.filter((cell) => at(cell).hidden)
      if (hidden.length !== 1) continue
      const parts = line.slice(0, -1).filter((cell) => !at(cell).hidden)
      const candidates = parts.length ? parts : line.slice(-1).filter((cell) => !at(cell).hidden)
      if (!candidates.length) continue
      const [t, r, c] = candidates.reduce((least, cell) =>
        original(cell) < original(least) ? cell : least,
      )
      cells[t][r][c] = { value: null, hidden: 'complement' }
      changed = true
    }
  }
  return tables.map((table, t) => {
    table.columns.forEach((column, c) => {
      if (!column.from) return
      const sources = column.from.map((key) => table.columns.findIndex((col) => col.key === key))
      cells[t].forEach((row) => {
        if (sources.some((s) => row[s].hidden)) row[c] = { value: null, hidden: 'derived' }
      })
    })
    return { ...table, cells: cells[t] }
  })
}

/** Masks one table on its own (see `maskTables`). */
export const maskTable = (table: ReportTable): MaskedTable => maskTables([table])[0]

/** The legend under every exported table. */
export const maskingLegend =
  '< 5 = färre än 5. x = dolt, så att ett litet tal inte kan räknas fram ur en summa.'
