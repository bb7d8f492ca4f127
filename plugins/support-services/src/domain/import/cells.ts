import { isIsoDate } from '../dates'

/**
 * A cell as the file readers give it: text from CSV, and from XLSX also numbers and dates (Excel
 * date cells). Everything is turned into plain values here, so the row check sees one shape.
 */
export type ImportCell = string | number | boolean | Date | null | undefined

/** Excel counts days from 1899-12-30 (its 1900 leap-year bug included). */
const excelEpoch = Date.UTC(1899, 11, 30)
const msPerDay = 86_400_000

const isoOf = (date: Date) => date.toISOString().slice(0, 10)

/** Text of a cell, trimmed; an empty cell is undefined. */
export function importCellText(cell: ImportCell): string | undefined {
  if (cell === null || cell === undefined) return undefined
  const text = cell instanceof Date ? isoOf(cell) : String(cell).trim()
  return text === '' ? undefined : text
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string }

const dateMessage = 'ska vara ett datum (ÅÅÅÅ-MM-DD).'

/**
 * A calendar date 'YYYY-MM-DD' from an Excel date cell (a Date at UTC midnight, or a serial day
 * number when the cell lacks a date format) or ISO text. Other writings (12/3/2024) are refused:
 * day and month order cannot be told apart, and a guess would move the history.
 */
export function cellDate(cell: ImportCell): Parsed<string> {
  if (cell instanceof Date) {
    return Number.isNaN(cell.getTime())
      ? { ok: false, message: dateMessage }
      : { ok: true, value: isoOf(cell) }
  }
  if (typeof cell === 'number' && Number.isInteger(cell) && cell > 0 && cell < 2_958_466) {
    return { ok: true, value: isoOf(new Date(excelEpoch + cell * msPerDay)) }
  }
  const text = importCellText(cell)
  // An ISO timestamp keeps its date: spreadsheets exported from other systems often add 00:00.
  const date = text?.match(/^(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2})?)?$/)?.[1]
  return date && isIsoDate(date) ? { ok: true, value: date } : { ok: false, message: dateMessage }
}

/** A birth year (four digits) or a date of birth. */
export function cellDateOrYear(
  cell: ImportCell,
): Parsed<{ dateOfBirth: string } | { birthYear: number }> {
  const text = importCellText(cell)
  if (text && /^\d{4}$/.test(text)) return { ok: true, value: { birthYear: Number(text) } }
  const date = cellDate(cell)
  return date.ok
    ? { ok: true, value: { dateOfBirth: date.value } }
    : { ok: false, message: 'ska vara ett datum (ÅÅÅÅ-MM-DD) eller ett årtal (ÅÅÅÅ).' }
}

const choiceKey = (text: string) => text.normalize('NFC').trim().toLowerCase()

const noOtherWritings: Record<string, never> = {}

/**
 * Each list's writings (label and code, then the other writings) by their key, built once per list:
 * normalising every label again for every cell of 100,000 rows cost more than the rest of the check.
 */
const choiceKeys = new WeakMap<object, WeakMap<object, Map<string, string>>>()
const writingsOf = (labels: Record<string, string>, also: Record<string, string>) => {
  let byAlso = choiceKeys.get(labels)
  if (!byAlso) choiceKeys.set(labels, (byAlso = new WeakMap()))
  let keys = byAlso.get(also)
  if (!keys) {
    keys = new Map()
    // The first list entry that matches wins, as the labels are listed; the other writings after them.
    for (const [code, label] of Object.entries(labels))
      for (const key of [choiceKey(label), choiceKey(code)]) if (!keys.has(key)) keys.set(key, code)
    for (const [writing, code] of Object.entries(also))
      if (!keys.has(writing)) keys.set(writing, code)
    byAlso.set(also, keys)
  }
  return keys
}

/**
 * One of a closed list, written as its Swedish label or its code (e.g. 'Kvinna' or 'woman'); `also`
 * adds other writings the municipalities' lists use.
 */
export function cellChoice<T extends string>(
  cell: ImportCell,
  labels: Record<T, string>,
  also: Record<string, T> = noOtherWritings,
): Parsed<T> {
  const text = importCellText(cell) ?? ''
  const found = writingsOf(labels, also).get(choiceKey(text)) as T | undefined
  return found
    ? { ok: true, value: found }
    : {
        ok: false,
        message: `”${text}” är inte ett av alternativen: ${Object.values<string>(labels).join(', ')}.`,
      }
}
