// How a cell of a table is written: in Swedish for the page and print, plainly for CSV.
import type { ShownCell } from './masking'
import type { TableColumn } from './tables'

export type CellStyle = 'csv' | 'sv'

const decimals = (value: number, digits: number, style: CellStyle) => {
  const rounded = Number(value.toFixed(digits))
  return style === 'csv'
    ? String(rounded)
    : rounded.toLocaleString('sv-SE', { maximumFractionDigits: digits }).replace('-', '−')
}

/**
 * How a cell is written: "< 5" for a small count, "x" for a cell hidden by complement or computed from
 * a hidden one; shares in per cent. CSV: plain numbers with a decimal point, nothing for no value;
 * Swedish: decimal comma, "%" and "–" for no value.
 */
export function cellText(cell: ShownCell, column: TableColumn, style: CellStyle): string {
  if (cell.hidden === 'small') return '< 5'
  if (cell.hidden) return 'x'
  if (cell.value === null) return style === 'csv' ? '' : '–'
  switch (column.kind) {
    case 'share':
      return style === 'csv'
        ? decimals(cell.value * 100, 1, style)
        : `${decimals(cell.value * 100, 0, style)} %`
    case 'days':
    case 'average':
      return decimals(cell.value, 1, style)
    case 'amount':
      return decimals(cell.value, style === 'csv' ? 2 : 0, style)
    case 'difference':
      return `${style === 'sv' && cell.value > 0 ? '+' : ''}${decimals(cell.value, 0, style)}`
    default:
      return decimals(cell.value, 1, style)
  }
}
