import {
  cellKey,
  hiddenAcrossUnits,
  maskReportTables,
  type ReportTable,
} from '@stodportalen/support-services/domain'
import { describe, expect, it } from 'vitest'

/** A one-column table of waiting people per service, with a total row when there are several. */
const queueTable = (perService: Record<number, number>): ReportTable => {
  const rows = Object.entries(perService).map(([id, n]) => ({
    key: `service-${id}`,
    label: `Tjänst ${id}`,
    values: [n],
  }))
  const total = rows.reduce((sum, row) => sum + row.values[0], 0)
  return {
    id: 'queue',
    title: 'Kö',
    rowHeader: 'Tjänst',
    columns: [{ key: 'waiting', label: 'Väntar', kind: 'count' }],
    rows:
      rows.length > 1
        ? [...rows, { key: 'total', label: 'Totalt', values: [total], total: true }]
        : rows,
  }
}

const unitView = (perService: Record<number, number>) => maskReportTables([queueTable(perService)])

describe('masking across units', () => {
  it('hides the whole’s total when one unit hides its count (43 − 40 would give away 3)', () => {
    // Unit A: service 1 with 40 waiting; unit B: service 2 with 3 (shown as "< 5" in B's own report).
    const whole = [queueTable({ 1: 40, 2: 3 })]
    const hidden = hiddenAcrossUnits(whole, [unitView({ 1: 40 }), unitView({ 2: 3 })])
    expect([...hidden].sort()).toEqual(
      [cellKey('queue', 'service-2', 'waiting'), cellKey('queue', 'total', 'waiting')].sort(),
    )
    const [masked] = maskReportTables(whole, hidden)
    expect(masked.cells.map((row) => row[0])).toEqual([
      { value: 40, hidden: null },
      { value: null, hidden: 'small' },
      { value: null, hidden: 'complement' },
    ])
  })

  it('without the units, the whole alone would show the total, so the rule is not vacuous', () => {
    const [masked] = maskReportTables([queueTable({ 1: 40, 2: 3 })])
    // Within one table the complement rule hides service 1 instead and shows the total 43, which is
    // safe alone but not beside unit A's own report (40).
    expect(masked.cells[2][0]).toEqual({ value: 43, hidden: null })
  })

  it('shows the total when two units hide counts that together reach 5 (3 + 4: neither can be told)', () => {
    const whole = [queueTable({ 1: 40, 2: 3, 3: 4 })]
    const hidden = hiddenAcrossUnits(whole, [
      unitView({ 1: 40 }),
      unitView({ 2: 3 }),
      unitView({ 3: 4 }),
    ])
    expect(hidden.has(cellKey('queue', 'total', 'waiting'))).toBe(false)
  })

  it('hides the total when the units that hide counts add up to fewer than 5 (1 + 2)', () => {
    const whole = [queueTable({ 1: 40, 2: 1, 3: 2 })]
    const hidden = hiddenAcrossUnits(whole, [
      unitView({ 1: 40 }),
      unitView({ 2: 1 }),
      unitView({ 3: 2 }),
    ])
    expect(hidden.has(cellKey('queue', 'total', 'waiting'))).toBe(true)
  })

  it('a unit with several services is compared by its own total row', () => {
    // Unit B has services 2 and 3 (2 + 2 = 4 in all, hidden); unit A has 40.
    const whole = [queueTable({ 1: 40, 2: 2, 3: 2 })]
    const hidden = hiddenAcrossUnits(whole, [unitView({ 1: 40 }), unitView({ 2: 2, 3: 2 })])
    expect(hidden.has(cellKey('queue', 'total', 'waiting'))).toBe(true)
  })
})
