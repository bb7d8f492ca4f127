import type { ReactNode } from 'react'

/**
 * The report's charts: server-rendered SVG drawn with d3-scale and d3-shape (the D3 project's scales
 * and path generators: pure functions, no DOM, nothing sent to the browser). Each chart draws the
 * table it belongs to exactly as that table is shown, so a count hidden in the table ("< 5", "x") is
 * not drawn either; the table itself, next to the chart, is what screen readers read.
 */
import { scaleBand, scaleLinear, scalePoint } from 'd3-scale'
import { line } from 'd3-shape'

import { cellText, type MaskedTable } from '../../domain'

const width = 640
const height = 260
const margin = { top: 22, right: 12, bottom: 40, left: 44 }
const plotBottom = height - margin.bottom
const plotRight = width - margin.right

/** Series colours (CSS variables of the report's stylesheet, with a dark-theme variant each). */
export const seriesColour = (index: number) => `var(--report-series-${index % 5})`

interface Series {
  label: string
  colour: string
  values: (number | null)[]
}

interface ChartProps {
  table: MaskedTable
  /** The id of the element that names the chart (its caption). */
  labelledBy: string
  /** The id of the data table that holds the chart's figures. */
  describedBy: string
}

const rowsWithout = (table: MaskedTable, keepTotalRow = false) =>
  table.rows.map((row, index) => ({ row, index })).filter(({ row }) => keepTotalRow || !row.total)

const columnValues = (table: MaskedTable, key: string, keepTotalRow = false) => {
  const c = table.columns.findIndex((column) => column.key === key)
  return rowsWithout(table, keepTotalRow).map(({ index }) => table.cells[index][c].value)
}

const yScale = (series: readonly Series[]) => {
  const max = Math.max(1, ...series.flatMap((s) => s.values.filter((v): v is number => v !== null)))
  return scaleLinear().domain([0, max]).nice().range([plotBottom, margin.top])
}

/** Horizontal grid lines with their values on the left. */
function YAxis({ y }: { y: ReturnType<typeof yScale> }) {
  const ticks = y.ticks(5).filter(Number.isInteger)
  return (
    <g className="report-chart__axis">
      {ticks.map((tick) => (
        <g key={tick}>
          <line
            x1={margin.left}
            x2={plotRight}
            y1={y(tick)}
            y2={y(tick)}
            className="report-chart__grid"
          />
          <text x={margin.left - 6} y={y(tick)} dy="0.32em" textAnchor="end">
            {tick.toLocaleString('sv-SE')}
          </text>
        </g>
      ))}
    </g>
  )
}

/** Labels under the plot, thinned out so they never overlap. */
function XLabels({ labels, x }: { labels: readonly string[]; x: (label: string) => number }) {
  const every = Math.ceil(labels.length / 12)
  return (
    <g className="report-chart__axis">
      <line
        x1={margin.left}
        x2={plotRight}
        y1={plotBottom}
        y2={plotBottom}
        className="report-chart__baseline"
      />
      {labels.map((label, i) =>
        i % every === 0 ? (
          <text key={`${label}-${i}`} x={x(label)} y={plotBottom + 16} textAnchor="middle">
            {label}
          </text>
        ) : null,
      )}
    </g>
  )
}

function Legend({ series }: { series: readonly Series[] }) {
  if (series.length < 2) return null
  return (
    <ul className="report-chart__legend" aria-hidden="true">
      {series.map((s) => (
        <li key={s.label}>
          <span className="report-chart__swatch" style={{ background: s.colour }} />
          {s.label}
        </li>
      ))}
    </ul>
  )
}

function Svg({
  labelledBy,
  describedBy,
  children,
}: Omit<ChartProps, 'table'> & { children: ReactNode }) {
  return (
    <svg
      className="report-chart__svg"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      preserveAspectRatio="xMidYMid meet"
    >
      {children}
    </svg>
  )
}

/** Short labels for the x axis: "jan 2025" for months, "31 jan" for dates. */
const shortLabel = (label: string) => {
  const parts = label.split(' ')
  return parts.length === 3
    ? `${parts[0]} ${parts[1].slice(0, 3)}`
    : `${parts[0].slice(0, 3)} ${parts[1]}`
}

/** Lines over time, one per series; a hidden point breaks its line. */
export function LineChart({
  table,
  labelledBy,
  describedBy,
  columns,
}: ChartProps & { columns: string[] }) {
  const labels = rowsWithout(table).map(({ row }) => shortLabel(row.label))
  const series = columns.map((key, i) => ({
    label: table.columns.find((c) => c.key === key)!.label,
    colour: seriesColour(i),
    values: columnValues(table, key),
  }))
  const x = scalePoint<string>()
    .domain(labels)
    .range([margin.left + 16, plotRight - 16])
  const y = yScale(series)
  return (
    <>
      <Legend series={series} />
      <Svg labelledBy={labelledBy} describedBy={describedBy}>
        <YAxis y={y} />
        <XLabels labels={labels} x={(l) => x(l) ?? 0} />
        {series.map((s) => {
          const points = s.values.map((value, i) => ({ value, at: x(labels[i]) ?? 0 }))
          const path = line<(typeof points)[number]>()
            .defined((p) => p.value !== null)
            .x((p) => p.at)
            .y((p) => y(p.value ?? 0))(points)
          return (
            <g key={s.label}>
              <path d={path ?? ''} fill="none" stroke={s.colour} strokeWidth={2.5} />
              {points.map((p, i) =>
                p.value === null ? null : (
                  <circle key={i} cx={p.at} cy={y(p.value)} r={3.5} fill={s.colour} />
                ),
              )}
            </g>
          )
        })}
      </Svg>
    </>
  )
}

/** Vertical bars per row, grouped when there is more than one series; each bar carries its value. */
export function BarChart({
  table,
  labelledBy,
  describedBy,
  columns,
  markers = [],
}: ChartProps & { columns: string[]; markers?: readonly TargetMarker[] }) {
  const rows = rowsWithout(table)
  const labels = rows.map(({ row }) => (rows.length > 8 ? shortLabel(row.label) : row.label))
  const series = columns.map((key, i) => ({
    label: table.columns.find((c) => c.key === key)!.label,
    colour: seriesColour(i),
    values: columnValues(table, key),
  }))
  const x = scaleBand<string>().domain(labels).range([margin.left, plotRight]).padding(0.2)
  const inner = scaleBand<number>()
    .domain(series.map((_, i) => i))
    .range([0, x.bandwidth()])
    .padding(0.08)
  const y = yScale(series)
  const texts = columns.map((key) => {
    const c = table.columns.findIndex((column) => column.key === key)
    return rows.map(({ index }) => table.cells[index][c])
  })
  return (
    <>
      <Legend series={series} />
      <Svg labelledBy={labelledBy} describedBy={describedBy}>
        <YAxis y={y} />
        {series.map((s, si) =>
          s.values.map((value, i) => {
            const left = (x(labels[i]) ?? 0) + (inner(si) ?? 0)
            const shown = shownValue(texts[si][i])
            return (
              <g key={`${s.label}-${i}`}>
                {value !== null && value > 0 ? (
                  <rect
                    x={left}
                    y={y(value)}
                    width={inner.bandwidth()}
                    height={plotBottom - y(value)}
                    fill={s.colour}
                  />
                ) : null}
                {inner.bandwidth() >= 14 ? (
                  <text
                    x={left + inner.bandwidth() / 2}
                    y={(value !== null ? y(value) : plotBottom) - 4}
                    textAnchor="middle"
                    className="report-chart__value"
                  >
                    {shown}
                  </text>
                ) : null}
              </g>
            )
          }),
        )}
        <XLabels labels={labels} x={(l) => (x(l) ?? 0) + x.bandwidth() / 2} />
        {markers.map((m, i) => {
          const at =
            (x(labels[m.row]) ?? 0) - (x.paddingInner() * x.step()) / 2 + m.fraction * x.step()
          return (
            <g key={m.label}>
              <line
                x1={at}
                x2={at}
                y1={margin.top - 4}
                y2={plotBottom}
                className="report-chart__target"
              />
              <text x={at + 4} y={margin.top + 8 + i * 14} className="report-chart__target-label">
                {m.label}
              </text>
            </g>
          )
        })}
      </Svg>
    </>
  )
}

/** A cell as its table shows it: a hidden count as "< 5" or "x", never its number. */
const shownValue = (cell: MaskedTable['cells'][number][number]) =>
  cell.hidden === 'small' ? '< 5' : cell.hidden ? 'x' : (cell.value ?? 0).toLocaleString('sv-SE')

/**
 * One row per table row: its label on the left, a bar where `bar` places it (none for a hidden or
 * zero count), and the value after the bar.
 */
function RowBars({
  table,
  labelledBy,
  describedBy,
  column,
  rowHeight,
  labelWidth,
  bar,
  colour,
}: ChartProps & {
  column: string
  rowHeight: number
  labelWidth: number
  /** Where the bar of a value starts and how wide it is, given the largest value. */
  bar: (value: number, max: number) => { x: number; width: number }
  colour: (row: number) => string
}) {
  const rows = rowsWithout(table)
  const c = table.columns.findIndex((col) => col.key === column)
  const chartHeight = rows.length * rowHeight + 8
  const max = Math.max(1, ...rows.map(({ index }) => table.cells[index][c].value ?? 0))
  return (
    <svg
      className="report-chart__svg"
      viewBox={`0 0 ${width} ${chartHeight}`}
      role="img"
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
    >
      {rows.map(({ row, index }, i) => {
        const cell = table.cells[index][c]
        const top = 4 + i * rowHeight
        const placed = cell.value ? bar(cell.value, max) : { x: labelWidth, width: 0 }
        return (
          <g key={row.key} className="report-chart__axis">
            <text x={labelWidth - 8} y={top + rowHeight / 2} dy="0.32em" textAnchor="end">
              {row.label}
            </text>
            {placed.width > 0 ? (
              <rect
                x={placed.x}
                y={top + 3}
                width={placed.width}
                height={rowHeight - 6}
                fill={colour(i)}
              />
            ) : null}
            <text
              x={placed.x + placed.width + 6}
              y={top + rowHeight / 2}
              dy="0.32em"
              className="report-chart__value"
            >
              {shownValue(cell)}
            </text>
          </g>
        )
      })}
    </svg>
  )
}

/** One horizontal bar per row with its label on the left: for categories with long names. */
export function HorizontalBarChart(props: ChartProps & { column: string }) {
  const labelWidth = 210
  return (
    <RowBars
      {...props}
      rowHeight={24}
      labelWidth={labelWidth}
      bar={(value, max) => {
        const x = scaleLinear()
          .domain([0, max])
          .nice()
          .range([labelWidth, width - 56])
        return { x: labelWidth, width: x(value) - labelWidth }
      }}
      colour={() => seriesColour(0)}
    />
  )
}

/**
 * A funnel: one centred bar per step, as wide as its count, so each step's share of the one above shows
 * as narrowing; the count beside it. A hidden count ("< 5", "x") draws no bar, only its text.
 */
export function FunnelChart(props: ChartProps & { column: string }) {
  const labelWidth = 190
  // Room for the count beside the widest bar.
  const plotWidth = width - labelWidth - 56
  const centre = labelWidth + plotWidth / 2
  return (
    <RowBars
      {...props}
      rowHeight={34}
      labelWidth={labelWidth}
      bar={(value, max) => {
        const half = (value / max) * (plotWidth / 2)
        return { x: centre - half, width: 2 * half }
      }}
      colour={seriesColour}
    />
  )
}

/** A target drawn across a chart: a dashed line with its text, so it never rests on colour alone. */
export interface TargetMarker {
  /** The row (bar) the target falls in, and how far into it, 0–1 (1: the gap after it). */
  row: number
  fraction: number
  label: string
}

/**
 * Bars against targets: one horizontal bar per row (all services too) with the value beside it, and a
 * dashed tick at the row's target with "mål …" written after the value. A hidden value draws no bar;
 * its target is still drawn. Shares run from 0 to 100 %, counts to the largest value or target.
 */
export function TargetBarChart({
  table,
  labelledBy,
  describedBy,
  column,
  target,
}: ChartProps & { column: string; target: string }) {
  const labelWidth = 190
  const rowHeight = 34
  const rows = rowsWithout(table, true)
  const c = table.columns.findIndex((col) => col.key === column)
  const t = table.columns.findIndex((col) => col.key === target)
  const isShare = table.columns[c].kind === 'share'
  const max = isShare
    ? 1
    : Math.max(
        1,
        ...rows.flatMap(({ index }) => [
          table.cells[index][c].value ?? 0,
          table.cells[index][t].value ?? 0,
        ]),
      )
  const x = scaleLinear()
    .domain([0, max])
    .nice()
    .range([labelWidth, width - 150])
  const chartHeight = rows.length * rowHeight + 8
  return (
    <svg
      className="report-chart__svg"
      viewBox={`0 0 ${width} ${chartHeight}`}
      role="img"
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
    >
      {rows.map(({ row, index }, i) => {
        const cell = table.cells[index][c]
        const goal = table.cells[index][t]
        const top = 4 + i * rowHeight
        const end = cell.value ? x(cell.value) : labelWidth
        const text = `${cellText(cell, table.columns[c], 'sv')}${
          goal.value === null ? '' : ` · mål ${cellText(goal, table.columns[t], 'sv')}`
        }`
        return (
          <g key={row.key} className="report-chart__axis">
            <text x={labelWidth - 8} y={top + rowHeight / 2} dy="0.32em" textAnchor="end">
              {row.label}
            </text>
            {end > labelWidth ? (
              <rect
                x={labelWidth}
                y={top + 6}
                width={end - labelWidth}
                height={rowHeight - 12}
                fill={seriesColour(row.total ? 1 : 0)}
              />
            ) : null}
            {goal.value === null ? null : (
              <line
                x1={x(goal.value)}
                x2={x(goal.value)}
                y1={top + 1}
                y2={top + rowHeight - 1}
                className="report-chart__target"
              />
            )}
            <text
              x={Math.max(end, goal.value === null ? 0 : x(goal.value)) + 6}
              y={top + rowHeight / 2}
              dy="0.32em"
              className="report-chart__value"
            >
              {text}
            </text>
          </g>
        )
      })}
    </svg>
  )
}
