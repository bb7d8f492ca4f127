import type { MaskableTable, ShownCell } from './masking'

import { cellKey, smallCountLimit } from './masking'

/** A table as a view shows it: the report's tables, the estimate's. */
type Shown = MaskableTable & { cells: ShownCell[][] }

/**
 * A report over several units is read beside each unit's own report. Where a unit's report hides a
 * count, the whole minus the other units would give it away: so the whole hides that cell too when
 * only one unit hides it, or when the units that hide it add up to fewer than 5. (When several hide a
 * cell and together reach 5, the whole shows a sum that names none of them.) `maskTables` then hides
 * whatever else in the whole would give the cell away.
 *
 * `units` holds each unit's own tables, masked as its report shows them. A unit with one service has no
 * total row or column: its service's row or column is its total there.
 */
export function hiddenAcrossUnits(
  whole: readonly MaskableTable[],
  units: readonly (readonly Shown[])[],
): Set<string> {
  const unitCells = units.map(cellsOf)
  const hidden = new Set<string>()
  for (const table of whole)
    for (const row of table.rows)
      table.columns.forEach((column, c) => {
        if (column.kind !== 'count' || row.values[c] == null) return
        const inUnits = unitCells.map((cellOf) => cellOf(table.id, row.key, column.key))
        const hiding = inUnits.filter((cell) => cell?.hidden)
        const sum = hiding.reduce((total, cell) => total + cell!.original, 0)
        if (hiding.length === 1 || (hiding.length > 1 && sum < smallCountLimit))
          hidden.add(cellKey(table.id, row.key, column.key))
      })
  return hidden
}

/**
 * A unit's cells by table, row and column key, the lone service standing in for a total; undefined
 * when it has none. Indexed once per unit: the whole asks for every one of its cells.
 */
function cellsOf(tables: readonly Shown[]) {
  const byId = new Map(
    tables.map((table) => [
      table.id,
      { table, row: positionOf(table.rows), column: positionOf(table.columns) },
    ]),
  )
  return (id: string, rowKey: string, columnKey: string) => {
    const found = byId.get(id)
    if (!found) return undefined
    const r = found.row(rowKey)
    const c = found.column(columnKey)
    if (r === -1 || c === -1) return undefined
    const { table } = found
    return { hidden: table.cells[r][c].hidden !== null, original: table.rows[r].values[c] ?? 0 }
  }
}

/** The position of an item by its key (the first with it); a lone service's for `total`. */
function positionOf(items: readonly { key: string }[]) {
  const positions = new Map<string, number>()
  items.forEach((item, i) => {
    if (!positions.has(item.key)) positions.set(item.key, i)
  })
  const services = items.flatMap((item, i) => (/^service-\d+$/.test(item.key) ? [i] : []))
  const loneService = services.length === 1 ? services[0] : -1
  return (key: string) => positions.get(key) ?? (key === 'total' ? loneService : -1)
}
